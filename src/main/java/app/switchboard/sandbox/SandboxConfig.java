package app.switchboard.sandbox;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link Sandbox}. Credentials left {@code null} are generated at random on start,
 * so a Demo environment never ships a fixed secret.
 *
 * @param port                 TCP port on 127.0.0.1; 0 picks any free port
 * @param seed                 seed of the generated data; equal seeds give equal data
 * @param scale                multiplies every seed count (1 = demo size, 100 = benchmark size)
 * @param tokenLifetimeSeconds lifetime of DER Connect access tokens
 * @param clock                "now" of the sandbox: seed dates and entitlement status follow it
 * @param faults               fault injection in force from the first request on
 * @param documentedOnly       serve only the operations the contracts mark as documented; the
 *                             inferred ones answer as if they did not exist (DER 404, Fynn 405)
 * @param fynnErrors           the shape of Fynn's error bodies at start (switchable while running)
 */
public record SandboxConfig(int port, long seed, int scale, long tokenLifetimeSeconds, Clock clock,
                            FaultSettings faults, String clientId, String clientSecret,
                            String fynnApiKey, String fynnReadOnlyKey, boolean documentedOnly,
                            FynnErrorShape fynnErrors) {

    public SandboxConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        if (tokenLifetimeSeconds < 1) {
            throw new IllegalArgumentException("token lifetime must be at least 1 s, was " + tokenLifetimeSeconds);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(fynnErrors, "fynnErrors");
    }

    /** Demo defaults: any port, seed 42, scale 1, one-hour tokens, system clock, no faults. */
    public static SandboxConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().port(port).seed(seed).scale(scale).tokenLifetimeSeconds(tokenLifetimeSeconds)
                .clock(clock).faults(faults).clientId(clientId).clientSecret(clientSecret)
                .fynnApiKey(fynnApiKey).fynnReadOnlyKey(fynnReadOnlyKey).documentedOnly(documentedOnly)
                .fynnErrors(fynnErrors);
    }

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", seed=" + seed + ", scale=" + scale
                + ", tokenLifetimeSeconds=" + tokenLifetimeSeconds + ", clock=" + clock + ", faults=" + faults
                + ", documentedOnly=" + documentedOnly + ", fynnErrors=" + fynnErrors
                + ", clientId=" + clientId + ", secrets=" + (clientSecret == null ? "generated" : "configured") + "]";
    }

    public static final class Builder {
        private int port;
        private long seed = 42;
        private int scale = 1;
        private long tokenLifetimeSeconds = 3600;
        private Clock clock = Clock.systemUTC();
        private FaultSettings faults = FaultSettings.none();
        private String clientId;
        private String clientSecret;
        private String fynnApiKey;
        private String fynnReadOnlyKey;
        private boolean documentedOnly;
        private FynnErrorShape fynnErrors = FynnErrorShape.PROBLEM_JSON;

        private Builder() {
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder scale(int scale) {
            this.scale = scale;
            return this;
        }

        public Builder tokenLifetimeSeconds(long seconds) {
            this.tokenLifetimeSeconds = seconds;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder faults(FaultSettings faults) {
            this.faults = faults;
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        public Builder fynnApiKey(String key) {
            this.fynnApiKey = key;
            return this;
        }

        public Builder fynnReadOnlyKey(String key) {
            this.fynnReadOnlyKey = key;
            return this;
        }

        /** Only what the vendors document: the day-one view of a real environment. */
        public Builder documentedOnly(boolean only) {
            this.documentedOnly = only;
            return this;
        }

        public Builder fynnErrors(FynnErrorShape shape) {
            this.fynnErrors = shape;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(port, seed, scale, tokenLifetimeSeconds, clock, faults, clientId, clientSecret,
                    fynnApiKey, fynnReadOnlyKey, documentedOnly, fynnErrors);
        }
    }
}
