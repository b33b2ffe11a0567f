package app.switchboard.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.credentials.SecretStore;
import app.switchboard.network.SystemProxies;
import app.switchboard.network.TlsSetup;
import app.switchboard.network.TrustStores;
import app.switchboard.text.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfTestChecksTest {
    @TempDir
    Path dir;

    /** A store whose keys compare after {@code normalise}: without case like Windows Credential Manager, or exactly. */
    private static class FakeStore implements SecretStore {
        private final Map<String, String> entries = new ConcurrentHashMap<>();
        private final UnaryOperator<String> normalise;

        FakeStore(UnaryOperator<String> normalise) {
            this.normalise = normalise;
        }

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(entries.get(normalise.apply(key)));
        }

        @Override
        public void put(String key, String secret) {
            entries.put(normalise.apply(key), secret);
        }

        @Override
        public void remove(String key) {
            entries.remove(normalise.apply(key));
        }

        @Override
        public Kind kind() {
            return Kind.KEYCHAIN;
        }

        @Override
        public Words where() {
            return Words.verbatim("test store");
        }
    }

    @Test
    void aCaseInsensitiveStoreLikeWindowsKeepsTheSecretThroughTheAppsCaseOnlyRename() {
        FakeStore store = new FakeStore(key -> key.toLowerCase(Locale.ROOT));

        CheckResult result = SecretStoreCheck.run(store);

        assertThat(result.passed()).as(result.detail()).isTrue();
        assertThat(store.entries).isEmpty();
    }

    @Test
    void theSecretCheckFailsWhenTheStoreLosesWhatWasWritten() {
        FakeStore store = new FakeStore(key -> key.toLowerCase(Locale.ROOT)) {
            @Override
            public void put(String key, String secret) {
                // a keychain that answers but keeps nothing
            }
        };

        CheckResult result = SecretStoreCheck.run(store);

        assertThat(result.passed()).isFalse();
        assertThat(result.detail()).startsWith("the secret was gone when reading back what was just stored");
    }

    @Test
    void theSecretCheckLeavesNothingBehindInAStoreThatWorks() {
        FakeStore store = new FakeStore(UnaryOperator.identity());

        CheckResult result = SecretStoreCheck.run(store);

        assertThat(result.passed()).as(result.detail()).isTrue();
        assertThat(store.entries).isEmpty();
    }

    @Test
    void theActivityLogCheckFailsWhenNoSecondProcessCanBeStarted() {
        CheckResult result = ActivityLogCheck.run(dir, arguments -> {
            throw new IOException("this process's launcher cannot be found to start a second one");
        });

        assertThat(result.passed()).isFalse();
        assertThat(result.detail()).contains("launcher cannot be found");
    }

    @Test
    void theNetworkCheckFailsOnWindowsWhenTheRuntimeCannotReadTheCertificateStore() {
        SystemProxies.honour();
        TlsSetup withoutMscapi = TlsSetup.of(TrustStores.operatingSystem("Windows 11", List.of()));

        CheckResult result = NetworkCheck.run(() -> withoutMscapi, "Windows 11");

        assertThat(result.passed()).isFalse();
        assertThat(result.detail()).contains("certificate store could not be read").contains("Windows-ROOT");
    }
}
