package app.switchboard.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Issues and checks DER Connect access tokens: JWT-shaped, HMAC-signed, expiring on the sandbox clock. */
final class DerTokens {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;
    private final long lifetimeSeconds;
    private final byte[] signingKey = new byte[32];
    private final Map<String, Instant> issued = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    DerTokens(Clock clock, long lifetimeSeconds) {
        this.clock = clock;
        this.lifetimeSeconds = lifetimeSeconds;
        random.nextBytes(signingKey);
    }

    long lifetimeSeconds() {
        return lifetimeSeconds;
    }

    String issue(String clientId) {
        Instant now = clock.instant();
        Instant expires = now.plusSeconds(lifetimeSeconds);
        issued.values().removeIf(expiry -> !expiry.isAfter(now));
        byte[] nonce = new byte[9];
        random.nextBytes(nonce);
        String header = B64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", clientId);
        claims.put("aud", "esp");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        claims.put("jti", B64.encodeToString(nonce));
        String payload = B64.encodeToString(SandboxJson.write(claims));
        String token = header + "." + payload + "." + sign(header + "." + payload);
        issued.put(token, expires);
        return token;
    }

    /** True when {@code token} was issued here and has not expired on the sandbox clock. */
    boolean isValid(String token) {
        Instant expiry = issued.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Forgets every token, as if the authorization server had been restarted. */
    void revokeAll() {
        issued.clear();
    }

    private String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
