package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.FynnErrorShape;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seeds' two jobs from the command line against a sandbox that serves only what the vendors
 * document: no entity list, no entity read, no feature read; Fynn answering errors in each shape.
 */
@ExtendWith(SecretsInEncryptedFile.class)
class CliDocumentedOnlyTest {
    private static final String CLIENT_SECRET = "doc-client-secret-5e1a";
    private static final String FYNN_KEY = "sbx_live_doc-key-77c2";
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path home;
    Sandbox server;
    CliHarness cli;

    private void start(FynnErrorShape shape) {
        server = Sandbox.start(SandboxConfig.builder().clock(CliHarness.CLOCK).clientSecret(CLIENT_SECRET)
                .fynnApiKey(FYNN_KEY).documentedOnly(true).fynnErrors(shape).build());
        cli = new CliHarness(home);
        CliHarness.Result added = cli.addEnvironment("Documented", server.derApiUrl(), server.derTokenUrl(),
                server.clientId(), server.fynnUrl(), CLIENT_SECRET, FYNN_KEY, PASSPHRASE);
        assertThat(added.code()).as(added.all()).isZero();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliHarness.Result run(String... args) {
        return cli.runIn("Documented", args);
    }

    @ParameterizedTest
    @EnumSource(FynnErrorShape.class)
    void bothJobsWorkWithOnlyTheDocumentedOperations(FynnErrorShape shape) {
        start(shape);
        DerEntity ev = server.derStore().entities().stream().filter(e -> e.type().equals("EV") && !e.lacksBatteryCapacity()
                && !"Aiways".equals(e.brand()) && !server.derStore().capture(e.id()).enabled())
                .findFirst().orElseThrow();

        CliHarness.Result test = cli.run("env", "test", "Documented", "--format", "csv", "--passphrase-env", "SB_PASS");
        assertThat(test.out()).contains("Token OK").contains("does not offer the undocumented entity list")
                .contains("the entity list (GET /v1/entities) is not offered")
                .contains("reading an entity's features (GET /v1/entities/{entityId}/features) is not offered")
                .contains("Key OK");

        CliHarness.Result feature = run("entities", "feature", ev.id().toString(), "CaptureChargeSessions", "on", "--yes");
        assertThat(feature.code()).as(feature.all()).isZero();
        assertThat(feature.out()).contains("is now on").contains("not verified before the write");
        assertThat(server.derStore().capture(ev.id()).enabled()).isTrue();
        assertThat(run("activity", "--format", "csv").out()).contains("Not verified before the write");

        FynnModel.Entitlement entitlement = server.fynnStore().allEntitlements().stream()
                .filter(e -> e.enabled() && e.validUntil() == null && (e.validFrom() == null
                        || e.validFrom().isBefore(CliHarness.CLOCK.instant())))
                .findFirst().orElseThrow();
        String subscription = server.fynnStore().item(entitlement.itemId()).orElseThrow().subscriptionId();
        CliHarness.Result set = run("entitlements", "set", entitlement.id(), "off", "--subscription", subscription, "--yes");
        assertThat(set.code()).as(set.all()).isZero();
        assertThat(set.out()).contains("is now inactive");
        assertThat(server.fynnStore().entitlement(entitlement.id()).orElseThrow().enabled()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aBulkFileSwitchesEntitiesTheServerCannotBeAskedAboutInsteadOfCallingThemMissing() throws Exception {
        start(FynnErrorShape.PROBLEM_JSON);
        java.util.List<DerEntity> evs = server.derStore().entities().stream().filter(e -> e.type().equals("EV")
                && !e.lacksBatteryCapacity() && !"Aiways".equals(e.brand()) && !server.derStore().capture(e.id()).enabled())
                .limit(2).toList();
        Path file = home.resolve("changes.csv");
        java.nio.file.Files.writeString(file, "api,target id,feature,on/off,reason\n"
                + evs.stream().map(e -> "der," + e.id() + ",CaptureChargeSessions,on,fleet rollout\n")
                .collect(java.util.stream.Collectors.joining()));

        CliHarness.Result dry = run("bulk", file.toString(), "--dry-run");
        CliHarness.Result bulk = run("bulk", file.toString(), "--yes");

        assertThat(dry.all()).doesNotContain("has no entity").contains("2 will change");
        assertThat(bulk.code()).as(bulk.all()).isZero();
        assertThat(bulk.out()).contains("2 succeeded");
        evs.forEach(e -> assertThat(server.derStore().capture(e.id()).enabled()).isTrue());
    }
}
