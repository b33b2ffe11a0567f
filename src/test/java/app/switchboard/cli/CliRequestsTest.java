package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ops.ApprovalRig;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.TeamDatabaseExtension;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on two computers, each with the command line: alice's change in a production
 * environment that needs approval becomes a request, bob approves it under the usual production
 * confirmation, and alice sees the outcome.
 */
@ExtendWith(SecretsInEncryptedFile.class)
class CliRequestsTest {
    private static final Pattern REQUEST_ID = Pattern.compile("change request ([0-9a-f-]{36})");

    @RegisterExtension
    static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();

    @TempDir
    Path aliceHome;
    @TempDir
    Path bobHome;
    Sandbox server;
    CliHarness alice;
    CliHarness bob;
    FynnModel.Subscription subscription;
    FynnModel.Entitlement entitlement;

    @BeforeAll
    static void database() throws Exception {
        ApprovalRig.prepare(TEAM);
    }

    @BeforeEach
    void setUp() {
        server = Sandbox.start(SandboxConfig.builder().clock(CliHarness.CLOCK).build());
        alice = computerOf(aliceHome, "alice");
        bob = computerOf(bobHome, "bob");
        subscription = server.fynnStore().subscriptions().get(0);
        entitlement = server.fynnStore().entitlementsOfSubscription(subscription).stream()
                .filter(e -> e.status(CliHarness.CLOCK.instant()).equals("active")).findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliHarness computerOf(Path home, String person) {
        CliHarness cli = new CliHarness(home);
        cli.variables.put("SB_PASS", person + " passphrase");
        cli.variables.put("DER_SECRET", server.clientSecret());
        cli.variables.put("FYNN_KEY", server.fynnApiKey());
        CliHarness.Result added = cli.run("env", "add", "Prod", "--risk", "production", "--approval", "EVERY_CHANGE",
                "--der-api-url", server.derApiUrl(), "--der-token-url", server.derTokenUrl(),
                "--der-client-id", server.clientId(), "--fynn-url", server.fynnUrl(),
                "--der-secret-env", "DER_SECRET", "--fynn-key-env", "FYNN_KEY", "--passphrase-env", "SB_PASS");
        assertThat(added.code()).as(added.all()).isZero();
        CliHarness.Result connected = cli.run("team", "connect", "--host", "127.0.0.1", "--port", String.valueOf(TEAM.port()),
                "--database", TEAM.database(), "--user", person, "--desk", person + "-laptop", "--no-password",
                "--passphrase-env", "SB_PASS");
        assertThat(connected.code()).as(connected.all()).isZero();
        return cli;
    }

    private boolean activeOnServer() {
        return server.fynnStore().entitlement(entitlement.id()).orElseThrow().status(CliHarness.CLOCK.instant()).equals("active");
    }

    @Test
    void aProductionChangeBecomesARequestThatOnlyAnotherPersonApprovesUnderTheUsualConfirmation() {
        CliHarness.Result asked = alice.run("entitlements", "set", entitlement.id(), "off", "-s", subscription.id(),
                "--env", "Prod", "--reason", "contract ended", "--yes", "--confirm-env", "Prod", "--passphrase-env", "SB_PASS");
        Matcher id = REQUEST_ID.matcher(asked.all());
        assertThat(id.find()).as(asked.all()).isTrue();
        String request = id.group(1);
        assertThat(asked.all()).contains("awaiting approval").contains("nothing was sent yet");
        assertThat(server.faults().writesAccepted()).isZero();
        assertThat(activeOnServer()).isTrue();

        CliHarness.Result own = alice.run("requests", "approve", request, "--env", "Prod", "--yes", "--confirm-env", "Prod",
                "--passphrase-env", "SB_PASS");
        assertThat(own.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(own.err()).contains("Nobody approves their own change request");

        CliHarness.Result listed = bob.run("requests", "list", "--passphrase-env", "SB_PASS");
        assertThat(listed.out()).contains(request).contains("open").contains("alice").contains("contract ended");

        CliHarness.Result unconfirmed = bob.run("requests", "approve", request, "--env", "Prod", "--passphrase-env", "SB_PASS");
        assertThat(unconfirmed.code()).as(unconfirmed.all()).isNotZero();
        assertThat(unconfirmed.err()).contains("stays open");
        assertThat(bob.run("requests", "show", request, "--passphrase-env", "SB_PASS").out()).contains(": open");

        CliHarness.Result approved = bob.run("requests", "approve", request, "--env", "Prod", "--yes", "--confirm-env", "Prod",
                "--comment", "checked", "--passphrase-env", "SB_PASS");
        assertThat(approved.code()).as(approved.all()).isZero();
        assertThat(approved.out()).contains("applied (1 of 1 switches changed)");
        assertThat(server.faults().writesAccepted()).isEqualTo(1);
        assertThat(activeOnServer()).isFalse();

        CliHarness.Result seen = alice.run("requests", "show", request, "--passphrase-env", "SB_PASS");
        assertThat(seen.out()).contains(": applied").contains("Decided by bob").contains("active → inactive")
                .contains("[SUCCEEDED");
    }

    @Test
    void anApplyAtTimeInIsoSchedulesTheRequestAndABadOrPastOneIsRefusedInWordsWithNothingRequested() {
        CliHarness.Result bad = alice.run("entitlements", "set", entitlement.id(), "off", "-s", subscription.id(),
                "--env", "Prod", "--reason", "not a time yet", "--yes", "--confirm-env", "Prod", "--apply-at",
                "tomorrow 9", "--passphrase-env", "SB_PASS");
        assertThat(bad.code()).as(bad.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--apply-at \"tomorrow 9\" is not a time: write ISO-8601, e.g. 2026-12-08T09:00 (in your"
                + " time zone, ").contains("or 2026-12-08T08:00:00Z. Nothing was changed.");
        CliHarness.Result past = alice.run("entitlements", "set", entitlement.id(), "off", "-s", subscription.id(),
                "--env", "Prod", "--reason", "not a time yet", "--yes", "--confirm-env", "Prod", "--apply-at",
                "2020-01-01T09:00:00Z", "--passphrase-env", "SB_PASS");
        assertThat(past.code()).as(past.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(past.err()).contains("--apply-at 2020-01-01T09:00:00Z has passed").contains("give a time to come");
        assertThat(bob.run("requests", "list", "--passphrase-env", "SB_PASS").out()).doesNotContain("not a time yet");

        java.time.Instant at = java.time.Instant.now().plus(java.time.Duration.ofDays(2))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        CliHarness.Result asked = alice.run("entitlements", "set", entitlement.id(), "off", "-s", subscription.id(),
                "--env", "Prod", "--reason", "contract ends on Wednesday", "--yes", "--confirm-env", "Prod",
                "--apply-at", at.atOffset(java.time.ZoneOffset.ofHours(1)).toString(), "--passphrase-env", "SB_PASS");
        Matcher id = REQUEST_ID.matcher(asked.all());
        assertThat(id.find()).as(asked.all()).isTrue();
        assertThat(alice.run("requests", "show", id.group(1), "--passphrase-env", "SB_PASS").out())
                .contains("Apply at " + at);

        CliHarness.Result approved = bob.run("requests", "approve", id.group(1), "--env", "Prod", "--yes",
                "--confirm-env", "Prod", "--passphrase-env", "SB_PASS");
        assertThat(approved.code()).as(approved.all()).isZero();
        assertThat(server.faults().writesAccepted()).as("approved, waiting for its time").isZero();
        assertThat(activeOnServer()).isTrue();
    }

    @Test
    void anApplyAtTimeWhereNoApprovalIsNeededIsRefusedInsteadOfIgnored() {
        CliHarness.Result added = alice.run("env", "add", "Test", "--risk", "test",
                "--der-api-url", server.derApiUrl(), "--der-token-url", server.derTokenUrl(),
                "--der-client-id", server.clientId(), "--fynn-url", server.fynnUrl(),
                "--der-secret-env", "DER_SECRET", "--fynn-key-env", "FYNN_KEY", "--passphrase-env", "SB_PASS");
        assertThat(added.code()).as(added.all()).isZero();

        CliHarness.Result refused = alice.run("entitlements", "set", entitlement.id(), "off", "-s", subscription.id(),
                "--env", "Test", "--yes", "--apply-at", "2099-01-01T09:00", "--passphrase-env", "SB_PASS");

        assertThat(refused.code()).as(refused.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("--apply-at is for changes that need approval; Test sends this change when it"
                + " is confirmed. Nothing was changed.");
        assertThat(server.faults().writesAccepted()).isZero();
        assertThat(activeOnServer()).isTrue();
    }

    @Test
    void aBulkFileWithAnApplyAtTimeBecomesOneScheduledRequest() throws Exception {
        java.nio.file.Path file = aliceHome.resolve("changes.csv");
        java.nio.file.Files.writeString(file, "api,target id,feature or entitlement,on/off,reason\r\n"
                + "fynn," + subscription.id() + "," + entitlement.id() + ",off,contract ends on Friday\r\n");
        java.time.Instant at = java.time.Instant.now().plus(java.time.Duration.ofDays(3))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

        CliHarness.Result asked = alice.run("bulk", file.toString(), "--env", "Prod", "--yes", "--confirm-env", "Prod",
                "--apply-at", at.toString(), "--passphrase-env", "SB_PASS");

        assertThat(asked.code()).as(asked.all()).isZero();
        assertThat(asked.out()).as("a request is no failure").contains("awaiting approval")
                .doesNotContain("failed  ").contains("0 failed").contains("1 awaiting approval (nothing sent yet)");
        Matcher id = REQUEST_ID.matcher(asked.out());
        assertThat(id.find()).as(asked.all()).isTrue();
        assertThat(alice.run("requests", "show", id.group(1), "--passphrase-env", "SB_PASS").out())
                .contains("Apply at " + at).contains("contract ends on Friday");
        assertThat(server.faults().writesAccepted()).isZero();
    }
}
