package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.testsupport.LogCapture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production environment added through the command line, pointing at a standalone sandbox:
 * secrets from standard input and variables, the encrypted secret file unlocked by
 * {@code --passphrase-env}, the production confirmation rule, and no secret anywhere it should
 * not be.
 */
@ExtendWith(SecretsInEncryptedFile.class)
class CliProductionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT_SECRET = "prod-client-secret-91ac3e";
    private static final String FYNN_KEY = "sbx_live_prod-key-0d5f17";
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path home;
    CliHarness cli;
    Sandbox server;
    final List<CliHarness.Result> results = new ArrayList<>();

    @BeforeEach
    void setUp() {
        server = Sandbox.start(SandboxConfig.builder().clock(CliHarness.CLOCK).clientSecret(CLIENT_SECRET)
                .fynnApiKey(FYNN_KEY).build());
        cli = new CliHarness(home);
        cli.variables.put("SB_PASS", PASSPHRASE);
        cli.stdin = CLIENT_SECRET + "\n" + FYNN_KEY + "\n";
        CliHarness.Result added = run("env", "add", "Prod", "--risk", "production",
                "--der-api-url", server.derApiUrl(), "--der-token-url", server.derTokenUrl(),
                "--der-client-id", server.clientId(), "--fynn-url", server.fynnUrl(),
                "--secrets-from-stdin", "--passphrase-env", "SB_PASS");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added Prod (production), 2 secret(s) stored");
        cli.stdin = "";
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void theNewEnvironmentIsListedAndItsConnectionTestPasses() throws Exception {
        JsonNode environments = JSON.readTree(run("env", "list", "--format", "json").out());
        assertThat(environments).extracting(e -> e.get("name").asText()).containsExactly("Demo", "Prod");
        assertThat(environments.get(1).get("risk").asText()).isEqualTo("production");
        assertThat(environments.get(1).get("derApiUrl").asText()).isEqualTo(server.derApiUrl());

        CliHarness.Result test = run("env", "test", "Prod", "--passphrase-env", "SB_PASS");
        assertThat(test.code()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("Token OK").contains("Key OK");
    }

    @Test
    void aProductionChangeNeedsTheEnvironmentsNameAndYes() {
        DerEntity ev = evWithCaptureOff();
        String id = ev.id().toString();
        CliHarness.Result none = run("entities", "feature", id, "CaptureChargeSessions", "on", "--env", "Prod",
                "--passphrase-env", "SB_PASS");
        assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("needs --confirm-env Prod and --yes");
        CliHarness.Result onlyYes = run("entities", "feature", id, "CaptureChargeSessions", "on", "--env", "Prod",
                "--passphrase-env", "SB_PASS", "--yes");
        assertThat(onlyYes.code()).isEqualTo(ExitCodes.USAGE);
        CliHarness.Result wrongName = run("entities", "feature", id, "CaptureChargeSessions", "on", "--env", "Prod",
                "--passphrase-env", "SB_PASS", "--yes", "--confirm-env", "Staging");
        assertThat(wrongName.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrongName.err()).contains("does not match the environment Prod");
        assertThat(server.derStore().capture(ev.id()).enabled()).as("nothing reached the server").isFalse();

        CliHarness.Result confirmed = run("entities", "feature", id, "CaptureChargeSessions", "on", "--env", "Prod",
                "--passphrase-env", "SB_PASS", "--yes", "--confirm-env", "Prod", "--reason", "INC-2231");
        assertThat(confirmed.code()).as(confirmed.err()).isZero();
        assertThat(server.derStore().capture(ev.id()).enabled()).isTrue();
    }

    @Test
    void onATerminalProductionAsksForTheEnvironmentsNameAndThePassphrase() {
        DerEntity ev = evWithCaptureOff();
        ScriptedTerminal terminal = new ScriptedTerminal().answering(PASSPHRASE, "prod", PASSPHRASE, "Prod");
        cli.terminal = terminal;
        CliHarness.Result wrongCase = run("entities", "feature", ev.id().toString(), "CaptureChargeSessions", "on", "--env", "Prod");
        assertThat(wrongCase.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(server.derStore().capture(ev.id()).enabled()).isFalse();
        CliHarness.Result typed = run("entities", "feature", ev.id().toString(), "CaptureChargeSessions", "on", "--env", "Prod");
        assertThat(typed.code()).as(typed.err()).isZero();
        assertThat(server.derStore().capture(ev.id()).enabled()).isTrue();
        assertThat(terminal.prompts).contains("Type the environment's name (Prod) to confirm: ")
                .anySatisfy(p -> assertThat(p).startsWith("Master passphrase of "));
    }

    @Test
    void withoutTerminalOrPassphraseVariableTheSecretFileStaysLocked() {
        CliHarness.Result locked = run("entities", "list", "--env", "Prod");
        assertThat(locked.code()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(locked.err()).contains("needs its master passphrase").contains("--passphrase-env");
        CliHarness.Result unset = run("entities", "list", "--env", "Prod", "--passphrase-env", "NOT_SET");
        assertThat(unset.code()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(unset.err()).contains("NOT_SET").contains("is not set");
        cli.variables.put("WRONG", "not the passphrase");
        assertThat(run("entities", "list", "--env", "Prod", "--passphrase-env", "WRONG").code()).isEqualTo(ExitCodes.AUTHENTICATION);
    }

    @Test
    void rejectedCredentialsEndWithExitCodeFour() {
        cli.variables.put("BAD_SECRET", "not-the-secret");
        assertThat(run("env", "edit", "Prod", "--der-secret-env", "BAD_SECRET", "--passphrase-env", "SB_PASS").code()).isZero();
        CliHarness.Result rejected = run("entities", "list", "--env", "Prod", "--passphrase-env", "SB_PASS");
        assertThat(rejected.code()).isEqualTo(ExitCodes.AUTHENTICATION);
        CliHarness.Result test = run("env", "test", "Prod", "--passphrase-env", "SB_PASS");
        assertThat(test.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(test.out()).contains("Client secret rejected").contains("Key OK");
    }

    @Test
    void secretsAreNeverEchoedLoggedOrWrittenInTheClear() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            FynnModel.Subscription subscription = server.fynnStore().subscriptions().get(0);
            String entitlement = server.fynnStore().entitlementsOfSubscription(subscription).get(0).id();
            run("env", "list");
            run("env", "test", "--env", "Prod", "--passphrase-env", "SB_PASS");
            run("entities", "list", "--env", "Prod", "--passphrase-env", "SB_PASS");
            run("entitlements", "set", entitlement, "off", "-s", subscription.id(), "--env", "Prod", "--passphrase-env",
                    "SB_PASS", "--yes", "--confirm-env", "Prod");
            run("activity", "--format", "json");
            run("entities", "list", "--env", "Demo");
            run("env", "test", "Demo");
            cli.variables.put("BAD_SECRET", CLIENT_SECRET + "-revoked");
            run("env", "edit", "Prod", "--der-secret-env", "BAD_SECRET", "--passphrase-env", "SB_PASS");
            run("entities", "list", "--env", "Prod", "--passphrase-env", "SB_PASS");
            run("env", "remove", "Prod", "--yes", "--passphrase-env", "SB_PASS");

            StringBuilder seen = new StringBuilder(logs.text()).append(cli.filesText());
            results.forEach(r -> seen.append(r.all()));
            assertThat(seen.toString()).doesNotContain(CLIENT_SECRET, FYNN_KEY, PASSPHRASE, CliHarness.DEMO_SECRET,
                    CliHarness.DEMO_KEY);
            assertThat(cli.files()).anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo("secrets.json"));
        }
    }

    @Test
    void removingAnEnvironmentNeedsYesWithoutATerminal() throws Exception {
        assertThat(run("env", "remove", "Prod").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("env", "remove", "Demo", "--yes").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("env", "add", "Prod", "--risk", "test").code()).as("names are unique").isEqualTo(ExitCodes.USAGE);
        var prod = new app.switchboard.credentials.JsonEnvironmentStore(cli.paths).find("Prod").orElseThrow();
        var scans = app.switchboard.ops.review.ReviewScans.in(cli.paths);
        scans.save(prod, new app.switchboard.ops.review.ReviewSnapshot(java.time.Instant.EPOCH, 0, List.of(), List.of(),
                List.of(), java.time.Duration.ZERO));
        assertThat(scans.fileOf(prod)).exists();
        CliHarness.Result removed = run("env", "remove", "Prod", "--yes", "--passphrase-env", "SB_PASS");
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(JSON.readTree(run("env", "list", "--format", "json").out())).hasSize(1);
        assertThat(scans.fileOf(prod)).as("its kept review scan goes with it").doesNotExist();
    }

    private CliHarness.Result run(String... args) {
        CliHarness.Result result = cli.run(args);
        results.add(result);
        return result;
    }

    private DerEntity evWithCaptureOff() {
        return server.derStore().entities().stream()
                .filter(e -> e.type().equals(DerEntity.EV) && !e.lacksBatteryCapacity())
                .filter(e -> !server.derStore().capture(e.id()).enabled()).findFirst().orElseThrow();
    }
}
