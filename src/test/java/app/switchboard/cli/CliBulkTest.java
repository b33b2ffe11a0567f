package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulk FILE.csv} against a test environment on a standalone sandbox, whose state the test reads directly. */
@ExtendWith(SecretsInEncryptedFile.class)
class CliBulkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    CliHarness cli;
    Sandbox server;
    List<DerEntity> evs;
    DerEntity alreadyOn;
    DerEntity battery;
    FynnModel.Subscription subscription;
    FynnModel.Entitlement entitlement;

    @BeforeEach
    void setUp() {
        server = Sandbox.start(SandboxConfig.builder().clock(CliHarness.CLOCK).build());
        cli = new CliHarness(home);
        cli.variables.put("SB_PASS", "bulk passphrase");
        cli.variables.put("DER_SECRET", server.clientSecret());
        cli.variables.put("FYNN_KEY", server.fynnApiKey());
        CliHarness.Result added = cli.run("env", "add", "Test", "--risk", "test", "--der-api-url", server.derApiUrl(),
                "--der-token-url", server.derTokenUrl(), "--der-client-id", server.clientId(), "--fynn-url", server.fynnUrl(),
                "--der-secret-env", "DER_SECRET", "--fynn-key-env", "FYNN_KEY", "--passphrase-env", "SB_PASS");
        assertThat(added.code()).as(added.err()).isZero();
        evs = server.derStore().entities().stream()
                .filter(e -> e.type().equals(DerEntity.EV) && !e.lacksBatteryCapacity())
                .filter(e -> !server.derStore().capture(e.id()).enabled()).limit(2).toList();
        alreadyOn = server.derStore().entities().stream().filter(e -> server.derStore().capture(e.id()).enabled())
                .findFirst().orElseThrow();
        battery = server.derStore().entities().stream().filter(e -> e.type().equals("Battery")).findFirst().orElseThrow();
        subscription = server.fynnStore().subscriptions().get(0);
        entitlement = server.fynnStore().entitlementsOfSubscription(subscription).stream()
                .filter(e -> e.status(CliHarness.CLOCK.instant()).equals("active")).findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aDryRunShowsThePreviewAndSendsNothing() throws Exception {
        CliHarness.Result dry = cli.run("bulk", file().toString(), "--dry-run", "--env", "Test", "--passphrase-env", "SB_PASS");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("will change (off → on)", "already on", "not eligible: DER Connect has no entity",
                "will change (active → inactive)", "Dry run: nothing was sent.")
                .contains("4 will change, 1 already in that state, 1 not eligible.");
        evs.forEach(e -> assertThat(server.derStore().capture(e.id()).enabled()).isFalse());
        assertThat(JSON.readTree(cli.run("activity", "--format", "json").out())).isEmpty();
    }

    @Test
    void theBatchRunsWithItsReasonsAndReportsEveryResult() throws Exception {
        CliHarness.Result run = cli.run("bulk", file().toString(), "--yes", "--env", "Test", "--passphrase-env", "SB_PASS");
        assertThat(run.code()).as("one line was refused by the server").isEqualTo(ExitCodes.REFUSED);
        evs.forEach(e -> assertThat(server.derStore().capture(e.id()).enabled()).isTrue());
        assertThat(server.fynnStore().entitlement(entitlement.id()).orElseThrow().enabled()).isFalse();
        assertThat(run.out()).contains("3 succeeded, 1 refused, 0 failed, 0 changed meanwhile, 0 not started.");
        assertThat(run.err()).contains("[1/4]", "[4/4]");

        JsonNode activity = JSON.readTree(cli.run("activity", "--env", "Test", "--format", "json").out());
        assertThat(activity).hasSize(4);
        assertThat(activity).allSatisfy(e -> assertThat(e.get("batch").asText()).isNotBlank());
        assertThat(activity).filteredOn(e -> e.get("api").asText().equals("Fynn"))
                .singleElement().satisfies(e -> assertThat(e.get("reason").asText()).isEqualTo("contract ended, see CRM"));
        assertThat(activity).filteredOn(e -> e.get("targetId").asText().equals(evs.get(0).id().toString()))
                .singleElement().satisfies(e -> assertThat(e.get("reason").asText()).isEqualTo("fleet rollout"));
    }

    @Test
    void withoutYesAndWithoutATerminalTheBatchIsRefused() throws Exception {
        CliHarness.Result refused = cli.run("bulk", file().toString(), "--env", "Test", "--passphrase-env", "SB_PASS");
        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("add --yes");
        evs.forEach(e -> assertThat(server.derStore().capture(e.id()).enabled()).isFalse());
    }

    @Test
    void aFileWithProblemsIsRejectedLineByLineBeforeAnythingIsSent() throws Exception {
        Path bad = home.resolve("bad.csv");
        Files.writeString(bad, "api,target id,feature,state,reason\nder," + evs.get(0).id() + ",CaptureChargeSessions,maybe\n"
                + "sap,x,y,on\nder,only-three,columns\n");
        CliHarness.Result rejected = cli.run("bulk", bad.toString(), "--yes", "--env", "Test", "--passphrase-env", "SB_PASS");
        assertThat(rejected.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(rejected.err()).contains("Line 2: \"maybe\" is neither on nor off", "Line 3: unknown api \"sap\"",
                "Line 4: expected 4 or 5 columns");
        assertThat(cli.run("bulk", home.resolve("missing.csv").toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(server.derStore().capture(evs.get(0).id()).enabled()).isFalse();
    }

    @Test
    void aFileExcelSavedAsAnsiWithSemicolonsRunsWithANoteAndKeepsItsUmlauts() throws Exception {
        Path file = home.resolve("excel.csv");
        Files.write(file, String.join("\r\n",
                "api;target id;feature or entitlement;on/off;reason",
                "der;" + evs.get(0).id() + ";CaptureChargeSessions;on;Kündigung für Müller, siehe CRM") .concat("\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        CliHarness.Result run = cli.run("bulk", file.toString(), "--yes", "--env", "Test", "--passphrase-env", "SB_PASS");

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.err()).contains("Note: excel.csv is not UTF-8; it was read as Windows-1252 (ANSI)");
        assertThat(server.derStore().capture(evs.get(0).id()).enabled()).isTrue();
        JsonNode activity = JSON.readTree(cli.run("activity", "--env", "Test", "--format", "json").out());
        assertThat(activity).singleElement().satisfies(e ->
                assertThat(e.get("reason").asText()).isEqualTo("Kündigung für Müller, siehe CRM"));
    }

    @Test
    void theOneQuestionOnATerminalStatesEveryBatchIncludingTheOneSwitchingOff() throws Exception {
        ScriptedTerminal terminal = new ScriptedTerminal().answering("y");
        cli.terminal = terminal;

        CliHarness.Result run = cli.run("bulk", file().toString(), "--env", "Test", "--passphrase-env", "SB_PASS");

        assertThat(terminal.prompts).as("asked once for the whole file").hasSize(1);
        assertThat(run.err()).contains("About to set 3 switches ON and 1 switch OFF in 2 batches in Test (test):",
                "Batch 1: 3 switches ON (reason: fleet rollout)",
                "Batch 2: 1 switch OFF, taking capabilities away (reason: contract ended, see CRM)");
        assertThat(run.err().indexOf("Batch 2")).as("the switch-off is stated before the question")
                .isLessThan(run.err().indexOf("[1/"));
        evs.forEach(e -> assertThat(server.derStore().capture(e.id()).enabled()).isTrue());
        assertThat(server.fynnStore().entitlement(entitlement.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void aSwitchNamedOnTwoLinesIsRefusedWithBothLineNumbersBeforeAnythingIsSent() throws Exception {
        Path twice = home.resolve("twice.csv");
        String ev = evs.get(0).id().toString();
        Files.writeString(twice, String.join("\n", "api,target id,feature,state",
                "der," + ev + ",CaptureChargeSessions,on",
                "der," + evs.get(1).id() + ",CaptureChargeSessions,on",
                "der," + ev + ",CaptureChargeSessions,off",
                "fynn," + subscription.id() + "," + entitlement.id() + ",off",
                "fynn," + subscription.id() + "," + entitlement.id() + ",off") + "\n");

        CliHarness.Result refused = cli.run("bulk", twice.toString(), "--yes", "--env", "Test", "--passphrase-env", "SB_PASS");

        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("Lines 2, 4 all name entity " + ev + " / CaptureChargeSessions and contradict "
                + "each other (on, off)", "Lines 5, 6 all name subscription " + subscription.id());
        evs.forEach(e -> assertThat(server.derStore().capture(e.id()).enabled()).isFalse());
        assertThat(server.fynnStore().entitlement(entitlement.id()).orElseThrow().enabled()).isTrue();
    }

    private Path file() throws Exception {
        Path file = home.resolve("changes.csv");
        Files.writeString(file, String.join("\r\n",
                "api,target id,feature or entitlement,on/off,reason",
                "der," + evs.get(0).id() + ",CaptureChargeSessions,on,fleet rollout",
                "der," + evs.get(1).id() + ",CaptureChargeSessions,on,fleet rollout",
                "der," + alreadyOn.id() + ",CaptureChargeSessions,on,fleet rollout",
                "der," + battery.id() + ",CaptureChargeSessions,on,fleet rollout",
                "der,00000000-0000-4000-8000-000000000000,CaptureChargeSessions,on,fleet rollout",
                "fynn," + subscription.id() + "," + entitlement.id() + ",off,\"contract ended, see CRM\"") + "\r\n");
        return file;
    }
}
