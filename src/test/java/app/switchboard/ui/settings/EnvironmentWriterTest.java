package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.testsupport.CaseInsensitiveSecretStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renames against a keychain that compares names ignoring case, as Windows Credential Manager does. */
class EnvironmentWriterTest {
    private static final EnvironmentWriter.SecretChange KEEP = new EnvironmentWriter.SecretChange(null, false);
    private final Environment staging = new Environment("staging", "#ef6c00", RiskLevel.STAGING,
            "https://api.example.com/connect", "https://signin.example.com/token", "client", "esp",
            "https://coreapi.example.com", false);
    private final InMemoryEnvironmentStore environments = new InMemoryEnvironmentStore(List.of(staging));
    private final CaseInsensitiveSecretStore keychain = new CaseInsensitiveSecretStore();

    private void storeSecrets() {
        keychain.put(staging.derSecretKey(), "der-secret");
        keychain.put(staging.fynnKeyKey(), "fynn-key");
    }

    @Test
    void renamingByCaseOnlyKeepsBothSecrets() {
        storeSecrets();
        Environment renamed = staging.withName("Staging");

        new EnvironmentWriter(environments, keychain).save(renamed, "staging", KEEP, KEEP);

        assertThat(keychain.get(renamed.derSecretKey())).contains("der-secret");
        assertThat(keychain.get(renamed.fynnKeyKey())).contains("fynn-key");
        assertThat(environments.list()).extracting(Environment::name).containsExactly("Staging");
    }

    @Test
    void renamingByCaseOnlyWithANewSecretStoresTheNewOne() {
        storeSecrets();
        Environment renamed = staging.withName("STAGING");

        new EnvironmentWriter(environments, keychain).save(renamed, "staging",
                new EnvironmentWriter.SecretChange("new-der-secret", false), KEEP);

        assertThat(keychain.get(renamed.derSecretKey())).contains("new-der-secret");
        assertThat(keychain.get(renamed.fynnKeyKey())).contains("fynn-key");
    }

    @Test
    void aRenameTheKeychainRefusesPutsTheOldSecretBack() {
        storeSecrets();
        keychain.refusingPutsTo(key -> key.startsWith("switchboard/Staging EU/"));
        Environment renamed = staging.withName("Staging EU");

        assertThatThrownBy(() -> new EnvironmentWriter(environments, keychain).save(renamed, "staging", KEEP, KEEP))
                .hasMessageContaining("refused");

        assertThat(keychain.get(staging.derSecretKey())).contains("der-secret");
        assertThat(keychain.get(staging.fynnKeyKey())).contains("fynn-key");
    }

    @Test
    void renamingToAnotherNameMovesTheSecretsAndLeavesNoneUnderTheOldName() {
        storeSecrets();
        Environment renamed = staging.withName("Staging EU");

        new EnvironmentWriter(environments, keychain).save(renamed, "staging", KEEP, KEEP);

        assertThat(keychain.keysLowerCase()).containsExactlyInAnyOrder("switchboard/staging eu/der-client-secret",
                "switchboard/staging eu/fynn-api-key");
        assertThat(keychain.get(renamed.derSecretKey())).contains("der-secret");
    }
}
