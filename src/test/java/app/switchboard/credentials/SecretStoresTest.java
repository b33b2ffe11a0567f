package app.switchboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.paths.AppPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoresTest {
    @TempDir
    Path home;

    @Test
    void choosingAStoreNeverHangsAndFallsBackToTheEncryptedFile() {
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread thread = Executors.defaultThreadFactory().newThread(r);
            thread.setDaemon(true);
            return thread;
        });
        try {
            AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
            long start = System.nanoTime();
            SecretStore store = SecretStores.choose(paths, new ScriptedPrompt(), executor);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            System.out.println("[figure] secret store on this machine: " + store.kind() + " — " + store.description()
                    + " (chosen in " + took.toMillis() + " ms)");
            // the probe is abandoned after its timeout; the generous bound only guards against a hang
            assertThat(took).isLessThan(SecretStores.KEYCHAIN_PROBE_TIMEOUT.plusSeconds(10));
            if (store.kind() == SecretStore.Kind.ENCRYPTED_FILE) {
                assertThat(store.description()).contains(home.resolve("data").resolve(EncryptedFileSecretStore.FILE_NAME).toString());
            } else {
                assertThat(store.kind()).isEqualTo(SecretStore.Kind.KEYCHAIN);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void demoCredentialsStayInMemoryWhileOthersGoToThePersistentStore() {
        InMemorySecretStore persistent = new InMemorySecretStore();
        DemoAwareSecretStore store = new DemoAwareSecretStore(persistent);
        Environment demo = DemoEnvironment.at("http://127.0.0.1:1", "demo");
        Environment prod = new Environment("Prod", "#c62828", RiskLevel.PRODUCTION, "https://a", "https://b", "id", "esp",
                "https://c", true);

        store.put(demo.derSecretKey(), "demo-secret");
        store.put(prod.derSecretKey(), "prod-secret");

        assertThat(store.get(demo.derSecretKey())).contains("demo-secret");
        assertThat(persistent.get(demo.derSecretKey())).isEmpty();
        assertThat(persistent.get(prod.derSecretKey())).contains("prod-secret");
    }
}
