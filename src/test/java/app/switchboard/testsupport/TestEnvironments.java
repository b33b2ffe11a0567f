package app.switchboard.testsupport;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SecretStore;

/** Environments and secrets pointing at a {@link FakeServer}. */
public final class TestEnvironments {
    public static final String TOKEN_PATH = "/am/oauth2/realms/root/realms/difesp/access_token";
    public static final String CLIENT_SECRET = "s3cr3t-client-value-7781";
    public static final String FYNN_KEY = "fynn-key-abcdef-4417";

    private TestEnvironments() {
    }

    /** The console's context with one environment pointing at {@code server}: English, light, background work on the calling thread. */
    public static app.switchboard.AppContext sameThreadContext(java.nio.file.Path home, FakeServer server) {
        Environment environment = pointingAt(server);
        return app.switchboard.AppContext.builder(new app.switchboard.paths.AppPaths(home.resolve("config"), home.resolve("data")))
                .environments(new app.switchboard.credentials.InMemoryEnvironmentStore(java.util.List.of(environment)))
                .secrets(secretsFor(environment))
                .locale(java.util.Locale.ENGLISH)
                .appearance(() -> false)
                .sameThreadTasks()
                .build();
    }

    public static Environment pointingAt(FakeServer server) {
        return new Environment("Test", "#00796b", RiskLevel.TEST, server.url("/der"), server.url(TOKEN_PATH),
                "client-1", "esp", server.url("/fynn"), false);
    }

    public static SecretStore secretsFor(Environment environment) {
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(environment.derSecretKey(), CLIENT_SECRET);
        secrets.put(environment.fynnKeyKey(), FYNN_KEY);
        return secrets;
    }

    public static String token(String value, int expiresIn) {
        return "{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + ",\"scope\":\"esp\"}";
    }

    public static String entity(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"EV\",\"brand\":\"Tesla\",\"identifier\":\"VIN1\","
                + "\"created\":\"2024-03-14T09:21:05Z\",\"name\":\"Fleet car\",\"parentId\":null,\"isOnline\":true,"
                + "\"properties\":null,\"lastSeen\":\"2025-01-20T07:45:12Z\"}";
    }
}
