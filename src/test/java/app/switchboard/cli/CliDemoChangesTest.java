package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes on the Demo environment through the engine: the app's confirmation rules (demo asks
 * before switching off), server refusals, and the shared activity log. A reference sandbox with
 * the Demo's seed and clock names the same entities and entitlements the Demo serves.
 */
class CliDemoChangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    CliHarness cli;
    Sandbox reference;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
        reference = Sandbox.start(CliHarness.demoSandbox());
    }

    @AfterEach
    void tearDown() {
        reference.close();
    }

    @Test
    void switchingOnNeedsNoConfirmationInDemoAndIsRecordedWithItsReason() throws Exception {
        DerEntity ev = captureOff(true);
        CliHarness.Result on = cli.run("entities", "feature", ev.id().toString(), "CaptureChargeSessions", "on",
                "--reason", "ticket 4711");
        assertThat(on.code()).as(on.err()).isZero();
        assertThat(on.out()).contains("CaptureChargeSessions is now on in Demo");

        JsonNode activity = JSON.readTree(cli.run("activity", "--format", "json").out());
        assertThat(activity.size()).isEqualTo(1);
        JsonNode entry = activity.get(0);
        assertThat(entry.get("targetId").asText()).isEqualTo(ev.id().toString());
        assertThat(entry.get("outcome").asText()).isEqualTo("succeeded");
        assertThat(entry.get("reason").asText()).isEqualTo("ticket 4711");
        assertThat(entry.get("before").asText()).isEqualTo("off");
        assertThat(entry.get("after").asText()).isEqualTo("on");
    }

    @Test
    void switchingOffWithoutYesAndWithoutATerminalIsRefusedAndSendsNothing() throws Exception {
        DerEntity ev = captureOn();
        CliHarness.Result off = cli.run("entities", "feature", ev.id().toString(), "CaptureChargeSessions", "off");
        assertThat(off.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(off.err()).contains("add --yes").contains("Nothing was changed");
        JsonNode entry = JSON.readTree(cli.run("activity", "--format", "json").out()).get(0);
        assertThat(entry.get("outcome").asText()).isEqualTo("cancelled");
        assertThat(entry.get("after").asText()).as("still as it was").isEqualTo("on");

        CliHarness.Result yes = cli.run("entities", "feature", ev.id().toString(), "CaptureChargeSessions", "off", "--yes");
        assertThat(yes.code()).as(yes.err()).isZero();
        assertThat(yes.out()).contains("is now off in Demo");
    }

    @Test
    void onATerminalTheOperatorIsAskedAndMayDecline() {
        DerEntity ev = captureOn();
        ScriptedTerminal terminal = new ScriptedTerminal().answering("n");
        cli.terminal = terminal;
        CliHarness.Result declined = cli.run("entities", "feature", ev.id().toString(), "CaptureChargeSessions", "off");
        assertThat(declined.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(declined.err()).contains("About to set 1 switch to OFF in Demo (demo), taking a capability away:").contains(ev.identifier()).contains("Not confirmed");
        assertThat(terminal.prompts).containsExactly("Go ahead? [y/N] ");

        cli.terminal = new ScriptedTerminal().answering("y");
        assertThat(cli.run("entities", "feature", ev.id().toString(), "CaptureChargeSessions", "off").code()).isZero();
    }

    @Test
    void aServerRefusalEndsWithExitCodeThreeAndTheServersWords() throws Exception {
        DerEntity battery = reference.derStore().entities().stream().filter(e -> e.type().equals("Battery")).findFirst().orElseThrow();
        CliHarness.Result refused = cli.run("entities", "feature", battery.id().toString(), "CaptureChargeSessions", "on");
        assertThat(refused.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("DER Connect refused").contains("(400)");
        JsonNode entry = JSON.readTree(cli.run("activity", "--target", battery.id().toString(), "--format", "json").out()).get(0);
        assertThat(entry.get("outcome").asText()).isEqualTo("refused");
        assertThat(entry.get("httpStatus").asInt()).isEqualTo(400);
    }

    @Test
    void anEntitlementIsSwitchedThroughItsSubscription() throws Exception {
        FynnModel.Subscription subscription = reference.fynnStore().subscriptions().get(0);
        FynnModel.Entitlement active = reference.fynnStore().entitlementsOfSubscription(subscription).stream()
                .filter(e -> e.status(CliHarness.CLOCK.instant()).equals("active")).findFirst().orElseThrow();
        CliHarness.Result off = cli.run("entitlements", "set", active.id(), "off", "--subscription", subscription.id(),
                "--yes", "--reason", "customer cancelled");
        assertThat(off.code()).as(off.err()).isZero();
        assertThat(off.out()).contains("subscription " + subscription.number()).contains("is now inactive");

        CliHarness.Result already = cli.run("entitlements", "set", active.id(), "on", "-s", subscription.id());
        assertThat(already.code()).isZero();
        assertThat(already.out()).contains("already active").contains("nothing was sent");

        CliHarness.Result wrongSubscription = cli.run("entitlements", "set", "no-such-entitlement", "on", "-s", subscription.id());
        assertThat(wrongSubscription.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("entitlements", "set", active.id(), "on").code()).as("subscription missing").isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void activityFiltersBySinceTargetAndEnvironment() throws Exception {
        DerEntity ev = captureOff(true);
        cli.run("entities", "feature", ev.id().toString(), "CaptureChargeSessions", "on");
        assertThat(JSON.readTree(cli.run("activity", "--since", "1h", "--format", "json").out()).size()).isEqualTo(1);
        assertThat(JSON.readTree(cli.run("activity", "--since", "2026-11-21", "--format", "json").out()).size()).isZero();
        assertThat(JSON.readTree(cli.run("activity", "--target", ev.identifier().toLowerCase(), "--format", "json").out()).size())
                .isEqualTo(1);
        assertThat(JSON.readTree(cli.run("activity", "--target", "nothing-like-it", "--format", "json").out()).size()).isZero();
        assertThat(JSON.readTree(cli.run("activity", "--env", "Demo", "--format", "json").out()).size()).isEqualTo(1);
        assertThat(cli.run("activity", "--since", "last tuesday").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("activity").out()).contains("Fleet").contains("enable");
    }

    private DerEntity captureOff(boolean withBattery) {
        return reference.derStore().entities().stream()
                .filter(e -> e.type().equals(DerEntity.EV) && !e.lacksBatteryCapacity() == withBattery)
                .filter(e -> !reference.derStore().capture(e.id()).enabled())
                .findFirst().orElseThrow();
    }

    private DerEntity captureOn() {
        return reference.derStore().entities().stream()
                .filter(e -> reference.derStore().capture(e.id()).enabled()).findFirst().orElseThrow();
    }
}
