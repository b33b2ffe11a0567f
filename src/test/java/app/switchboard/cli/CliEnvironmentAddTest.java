package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.credentials.EncryptedFileSecretStore;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.JsonEnvironmentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code env add} checks first, stores secrets last and leaves nothing behind when it fails. */
@ExtendWith(SecretsInEncryptedFile.class)
class CliEnvironmentAddTest {
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path home;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
        cli.variables.put("SB_PASS", PASSPHRASE);
    }

    private CliHarness.Result add(String name, String derApiUrl, boolean withSecrets) {
        cli.stdin = withSecrets ? "der-secret-1\nfynn-key-1\n" : "";
        return withSecrets
                ? cli.run("env", "add", name, "--risk", "test", "--der-api-url", derApiUrl,
                "--der-token-url", "https://signin.example.com/token", "--der-client-id", "client",
                "--fynn-url", "https://coreapi.example.com", "--secrets-from-stdin", "--passphrase-env", "SB_PASS")
                : cli.run("env", "add", name, "--risk", "test", "--der-api-url", derApiUrl,
                "--der-token-url", "https://signin.example.com/token", "--der-client-id", "client",
                "--fynn-url", "https://coreapi.example.com", "--passphrase-env", "SB_PASS");
    }

    private EncryptedFileSecretStore secretFile() {
        return FixedPassphrase.secretFile(cli, PASSPHRASE);
    }

    private Environment named(String name) {
        return new JsonEnvironmentStore(cli.paths).find(name).orElseThrow();
    }

    @Test
    void aHugeLinePipedInAsTheSecretsIsRefusedInWordsAndNothingIsAdded() throws Exception {
        cli.stdin = "x".repeat(3_000_000) + "\nfynn-key-1\n";

        CliHarness.Result refused = cli.run("env", "add", "Staging", "--risk", "test", "--der-api-url",
                "https://api.example.com/connect", "--der-token-url", "https://signin.example.com/token",
                "--der-client-id", "client", "--fynn-url", "https://coreapi.example.com", "--secrets-from-stdin",
                "--passphrase-env", "SB_PASS");

        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("longer than any secret").doesNotContain("xxxxxxxx");
        assertThat(new JsonEnvironmentStore(cli.paths).find("Staging")).isEmpty();
        assertThat(secretFile().get("switchboard/Staging/fynn-api-key")).isEmpty();
    }

    @Test
    void secretsOnStandardInputWithWindowsLineEndsAreStoredWithoutTheCarriageReturn() throws Exception {
        cli.stdin = "der-secret-1\r\nfynn-key-1\r\n";

        CliHarness.Result added = cli.run("env", "add", "Staging", "--risk", "test", "--der-api-url",
                "https://api.example.com/connect", "--der-token-url", "https://signin.example.com/token",
                "--der-client-id", "client", "--fynn-url", "https://coreapi.example.com", "--secrets-from-stdin",
                "--passphrase-env", "SB_PASS");

        assertThat(added.code()).as(added.all()).isZero();
        assertThat(secretFile().get("switchboard/Staging/der-client-secret")).contains("der-secret-1");
        assertThat(secretFile().get("switchboard/Staging/fynn-api-key")).contains("fynn-key-1");
    }

    @Test
    void anAddThatCannotSaveTheEnvironmentStoresNoSecretAndALaterAddReusesNone() throws Exception {
        secretFile().put("switchboard/Other/der-client-secret", "unrelated");
        Path environments = Files.createDirectories(cli.paths.config()).resolve(JsonEnvironmentStore.FILE_NAME);
        Files.writeString(environments, "{ damaged");

        CliHarness.Result failed = add("Staging", "https://api.example.com/connect", true);

        assertThat(failed.code()).isNotZero();
        assertThat(secretFile().get("switchboard/Staging/der-client-secret")).isEmpty();
        assertThat(secretFile().get("switchboard/Staging/fynn-api-key")).isEmpty();

        Files.delete(environments);
        CliHarness.Result again = add("Staging", "https://api.example.com/connect", false);
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out()).contains("Added Staging (test), 0 secret(s) stored");
        assertThat(secretFile().get(named("Staging").derSecretKey())).isEmpty();
        assertThat(secretFile().get(named("Staging").fynnKeyKey())).isEmpty();
    }

    @Test
    void invalidSettingsAreRefusedBeforeAnySecretIsReadOrStored() {
        CliHarness.Result refused = add("Staging", "http://api.example.com/connect", true);

        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("DER Connect API URL must use https");
        assertThat(Files.exists(cli.paths.data().resolve(EncryptedFileSecretStore.FILE_NAME))).isFalse();
        assertThat(new JsonEnvironmentStore(cli.paths).find("Staging")).isEmpty();
    }

    @Test
    void secretsLeftUnderTheNameByAnEarlierVersionAreNotAdopted() {
        secretFile().put("switchboard/Staging/der-client-secret", "left over");
        secretFile().put("switchboard/Staging/fynn-api-key", "left over");

        CliHarness.Result added = add("Staging", "https://api.example.com/connect", false);

        assertThat(added.code()).as(added.all()).isZero();
        assertThat(secretFile().get("switchboard/Staging/der-client-secret")).isEmpty();
        assertThat(secretFile().get("switchboard/Staging/fynn-api-key")).isEmpty();
    }
}
