package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.credentials.EncryptedFileSecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code env add} and {@code env edit} apply the client's plain-http rule before anything is stored. */
@ExtendWith(SecretsInEncryptedFile.class)
class CliEnvironmentUrlTest {
    @TempDir
    Path home;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
        cli.variables.put("SB_PASS", "url passphrase");
        cli.variables.put("DER_SECRET", "der-secret-0123456789");
        cli.variables.put("FYNN_KEY", "fynn-key-0123456789");
    }

    @Test
    void addingAnEnvironmentWithPlainHttpToALookAlikeNameIsRefusedAndStoresNoSecret() {
        CliHarness.Result refused = cli.run("env", "add", "Staging", "--risk", "staging",
                "--der-api-url", "http://127.example.com/der", "--der-token-url", "https://signin.example/token",
                "--der-client-id", "c", "--fynn-url", "https://fynn.example", "--der-secret-env", "DER_SECRET",
                "--fynn-key-env", "FYNN_KEY", "--passphrase-env", "SB_PASS");

        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("The environment Staging was not added: DER Connect API URL must use https");
        assertThat(cli.run("env", "list", "--format", "csv").out()).doesNotContain("Staging");
        assertThat(Files.exists(cli.paths.data().resolve(EncryptedFileSecretStore.FILE_NAME))).as("no secret stored").isFalse();
    }

    @Test
    void editingAUrlToPlainHttpElsewhereIsRefusedAndTheEnvironmentKeepsItsUrl() {
        CliHarness.Result added = cli.run("env", "add", "Staging", "--risk", "staging",
                "--der-api-url", "https://der.example/der", "--der-token-url", "https://signin.example/token",
                "--der-client-id", "c", "--fynn-url", "http://127.0.0.1:8080/fynn", "--der-secret-env", "DER_SECRET",
                "--fynn-key-env", "FYNN_KEY", "--passphrase-env", "SB_PASS");
        assertThat(added.code()).as(added.err()).isZero();

        CliHarness.Result refused = cli.run("env", "edit", "Staging", "--fynn-url", "http://127.0.0.1.nip.io/fynn");

        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("Fynn URL must use https");
        assertThat(cli.run("env", "list", "--format", "csv").out()).contains("http://127.0.0.1:8080/fynn")
                .doesNotContain("nip.io");
    }
}
