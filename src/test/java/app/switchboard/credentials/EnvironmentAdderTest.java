package app.switchboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.testsupport.CaseInsensitiveSecretStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentAdderTest {
    private final InMemoryEnvironmentStore environments = new InMemoryEnvironmentStore(List.of());
    private final Environment staging = new Environment("ACME staging", "#ef6c00", RiskLevel.STAGING,
            "https://api.example.com/connect", "https://signin.example.com/token", "client", "esp",
            "https://coreapi.example.com", false);

    @Test
    void aSecretThatCannotBeStoredTakesBackTheEnvironmentAndTheSecretStoredBeforeIt() {
        CaseInsensitiveSecretStore secrets = new CaseInsensitiveSecretStore().refusingPutsTo(k -> k.endsWith("fynn-api-key"));

        assertThatThrownBy(() -> new EnvironmentAdder(environments, secrets).add(staging, "der-secret", "fynn-key"))
                .hasMessageContaining("refused");

        assertThat(environments.find(staging.name())).isEmpty();
        assertThat(secrets.get(staging.derSecretKey())).isEmpty();
    }

    @Test
    void invalidSettingsWriteNeitherTheEnvironmentNorItsSecrets() {
        InMemorySecretStore secrets = new InMemorySecretStore();
        Environment plainHttp = new Environment("ACME staging", "#ef6c00", RiskLevel.STAGING,
                "http://api.example.com/connect", staging.derTokenUrl(), "client", "esp", staging.fynnUrl(), false);

        assertThatThrownBy(() -> new EnvironmentAdder(environments, secrets).add(plainHttp, "der-secret", "fynn-key"))
                .isInstanceOf(EnvironmentAdder.InvalidEnvironmentException.class)
                .hasMessage("The environment ACME staging was not added: DER Connect API URL must use https: "
                        + "credentials are never sent unencrypted to another machine.");

        assertThat(environments.find(plainHttp.name())).isEmpty();
        assertThat(secrets.get(plainHttp.derSecretKey())).isEmpty();
        assertThat(secrets.get(plainHttp.fynnKeyKey())).isEmpty();
    }

    @Test
    void aNameTakenMeanwhileStoresNoSecret() {
        environments.save(staging.withName("acme STAGING"));
        InMemorySecretStore secrets = new InMemorySecretStore();

        assertThatThrownBy(() -> new EnvironmentAdder(environments, secrets).add(staging, "der-secret", "fynn-key"))
                .isInstanceOf(EnvironmentExistsException.class);
        assertThat(secrets.get(staging.derSecretKey())).isEmpty();
    }

    @Test
    void secretsLeftByAnEarlierEnvironmentOfTheSameNameAreNotAdopted() {
        InMemorySecretStore secrets = new InMemorySecretStore();
        secrets.put(staging.derSecretKey(), "left over");
        secrets.put(staging.fynnKeyKey(), "left over too");

        EnvironmentAdder.Added added = new EnvironmentAdder(environments, secrets).add(staging, null, "new fynn key");

        assertThat(added.stored()).isEqualTo(1);
        assertThat(secrets.get(staging.derSecretKey())).isEmpty();
        assertThat(secrets.get(staging.fynnKeyKey())).contains("new fynn key");
        assertThat(environments.find(staging.name())).contains(staging);
    }
}
