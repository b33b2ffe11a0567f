package app.switchboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.paths.AppPaths;
import app.switchboard.testsupport.CaseInsensitiveSecretStore;
import java.util.List;
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

    private SecretStoreChoice choice() {
        return new SecretStoreChoice(new AppPaths(home.resolve("config"), home.resolve("data")));
    }

    /** The encrypted file stands in as a memory store; the count says whether it was ever opened. */
    private final java.util.concurrent.atomic.AtomicInteger fileOpened = new java.util.concurrent.atomic.AtomicInteger();

    private SecretStore file() {
        fileOpened.incrementAndGet();
        return new InMemorySecretStore();
    }

    @Test
    void aKeychainChosenOnceIsRememberedAndWhenSlowLaterIsReportedNeverSwappedForTheFile() {
        CaseInsensitiveSecretStore keychain = new CaseInsensitiveSecretStore();
        SecretStore first = SecretStores.choose(choice(), () -> KeychainProbe.answered(keychain), this::file, false);
        first.put("switchboard/Prod/der-client-secret", "s3cret");
        assertThat(choice().remembered()).contains(SecretStore.Kind.KEYCHAIN);

        java.util.Deque<KeychainProbe> answers = new java.util.ArrayDeque<>(List.of(
                KeychainProbe.slow(SecretStores.KEYCHAIN_PROBE_TIMEOUT), KeychainProbe.slow(SecretStores.KEYCHAIN_PROBE_TIMEOUT),
                KeychainProbe.answered(keychain)));
        SecretStore nextRun = SecretStores.choose(choice(), answers::poll, this::file, false);

        assertThat(nextRun.kind()).isEqualTo(SecretStore.Kind.KEYCHAIN);
        assertThatThrownBy(() -> nextRun.get("switchboard/Prod/der-client-secret"))
                .isInstanceOfSatisfying(SecretStoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("The OS keychain, where your secrets are kept, is not answering "
                                    + "(it did not answer within 3 s); nothing was read or stored.")
                            .contains("allow it")
                            .contains("write ENCRYPTED_FILE in place of KEYCHAIN in "
                                    + home.resolve("config").resolve(SecretStoreChoice.FILE_NAME));
                });
        assertThat(fileOpened).as("no new master passphrase is asked for").hasValue(0);
        assertThat(nextRun.get("switchboard/Prod/der-client-secret")).as("answered once unlocked").contains("s3cret");
    }

    @Test
    void noKeychainAtAllChoosesTheFileOnceAndDoesNotAskTheKeychainAgain() {
        SecretStore first = SecretStores.choose(choice(), () -> KeychainProbe.none("No available keyring backend found"),
                this::file, false);
        assertThat(first.kind()).isEqualTo(SecretStore.Kind.MEMORY);
        assertThat(choice().remembered()).contains(SecretStore.Kind.ENCRYPTED_FILE);

        SecretStores.choose(choice(), () -> {
            throw new AssertionError("the keychain is not asked again");
        }, this::file, false);
        assertThat(fileOpened).hasValue(2);
    }

    @Test
    void aSlowKeychainOnTheFirstRunIsNotTakenForNoKeychain() {
        SecretStore first = SecretStores.choose(choice(), () -> KeychainProbe.slow(SecretStores.KEYCHAIN_PROBE_TIMEOUT),
                this::file, false);

        assertThat(first.kind()).isEqualTo(SecretStore.Kind.KEYCHAIN);
        assertThat(first.where().english()).isEqualTo("OS keychain, not answering (it did not answer within 3 s)");
        assertThat(choice().remembered()).isEmpty();
        assertThat(fileOpened).hasValue(0);
    }

    @Test
    void aRememberedKeychainThatFailsSaysWhyAndWhatToDo() {
        choice().remember(SecretStore.Kind.KEYCHAIN);
        SecretStore store = SecretStores.choose(choice(), () -> KeychainProbe.none("org.freedesktop.DBus.Error.ServiceUnknown"),
                this::file, false);

        assertThatThrownBy(() -> store.put("k", "v")).hasMessageStartingWith("The OS keychain, where your secrets are kept, "
                + "cannot be used (org.freedesktop.DBus.Error.ServiceUnknown); nothing was read or stored. Unlock the keychain");
        assertThat(fileOpened).hasValue(0);
        assertThat(choice().remembered()).contains(SecretStore.Kind.KEYCHAIN);
    }

    @Test
    void askingForTheEncryptedFileReplacesARememberedKeychain() {
        choice().remember(SecretStore.Kind.KEYCHAIN);

        SecretStores.choose(choice(), () -> {
            throw new AssertionError("the keychain is not asked");
        }, this::file, true);

        assertThat(choice().remembered()).contains(SecretStore.Kind.ENCRYPTED_FILE);
        assertThat(fileOpened).hasValue(1);
    }

    @Test
    void aHangingKeychainIsWaitedForAgainNotAskedAgainAndAPromptAnsweredLateCounts() throws Exception {
        java.util.concurrent.ExecutorService executor = Executors.newCachedThreadPool();
        java.util.concurrent.CountDownLatch promptAnswered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        CaseInsensitiveSecretStore keychain = new CaseInsensitiveSecretStore();
        try {
            java.util.function.Supplier<KeychainProbe> prober = KeychainSecretStore.prober(executor, Duration.ofMillis(300), () -> {
                opened.incrementAndGet();
                promptAnswered.await();
                return keychain;
            });

            assertThat(prober.get().result()).isEqualTo(KeychainProbe.Result.SLOW);
            assertThat(prober.get().result()).isEqualTo(KeychainProbe.Result.SLOW);
            promptAnswered.countDown();
            KeychainProbe answered = java.util.stream.Stream.generate(prober).limit(50)
                    .filter(p -> p.result() == KeychainProbe.Result.ANSWERED).findFirst().orElseThrow();

            assertThat(answered.store()).isSameAs(keychain);
            assertThat(opened).as("one attempt, waited for three times").hasValue(1);
        } finally {
            executor.shutdownNow();
        }
    }
}
