package app.switchboard.cli;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.TestEnvironments.TOKEN_PATH;
import static app.switchboard.testsupport.TestEnvironments.token;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a server that answers a change with another state, with none, or about
 * another item: never "is now", never exit 0.
 */
@ExtendWith(SecretsInEncryptedFile.class)
class CliTruthfulStateTest {
    private static final String ID = "5a554157-5a5a-4547-384c-423033333139";
    private static final String OTHER = "8667fb97-68f2-485a-87c7-f3bdfa9482e1";
    private static final String PASSPHRASE = "correct horse battery staple";
    /** Every page the same seven subscriptions, and always 10,000 pages announced. */
    static final String ENDLESS_SUBSCRIPTIONS = "{\"data\":[" + java.util.stream.IntStream.rangeClosed(1, 7)
            .mapToObj(n -> "{\"id\":\"sub-" + n + "\",\"number\":\"S-" + n + "\",\"status\":\"active\"}")
            .collect(java.util.stream.Collectors.joining(",")) + "],\"meta\":{\"pagination\":{\"totalItems\":70000,"
            + "\"itemsPerPage\":7,\"currentPage\":1,\"lastPage\":10000,\"pageTotalItems\":7}}}";

    @TempDir
    Path home;
    CliHarness cli;
    final FakeServer server = new FakeServer();
    final AtomicInteger patches = new AtomicInteger();
    volatile String featuresRead = "[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":false}]";
    volatile String patchAnswer = "[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":false}]";
    volatile String entityId = ID;

    @BeforeEach
    void setUp() {
        server.answer(this::answer);
        cli = new CliHarness(home);
        cli.variables.put("SB_PASS", PASSPHRASE);
        cli.stdin = TestEnvironments.CLIENT_SECRET + "\n" + TestEnvironments.FYNN_KEY + "\n";
        CliHarness.Result added = cli.run("env", "add", "Fake", "--risk", "test",
                "--der-api-url", server.url("/der"), "--der-token-url", server.url(TOKEN_PATH),
                "--der-client-id", "client", "--fynn-url", server.url("/fynn"),
                "--secrets-from-stdin", "--passphrase-env", "SB_PASS");
        assertThat(added.code()).as(added.err()).isZero();
        cli.stdin = "";
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private MockResponse answer(RecordedRequest r) {
        String path = r.getUrl().encodedPath();
        Function<String, MockResponse> ok = body -> json(200, body);
        if (path.equals(TOKEN_PATH)) {
            return ok.apply(token("t", 3600));
        }
        if (path.endsWith("/features") && "PATCH".equals(r.getMethod())) {
            patches.incrementAndGet();
            return ok.apply(patchAnswer);
        }
        if (path.endsWith("/features")) {
            return featuresRead == null ? json(404, "{\"errors\":[{\"message\":\"no route\"}]}") : ok.apply(featuresRead);
        }
        if (path.equals("/fynn/subscriptions")) {
            return ok.apply(ENDLESS_SUBSCRIPTIONS);
        }
        if (path.startsWith("/der/v1/entities/")) {
            return ok.apply(TestEnvironments.entity(entityId));
        }
        return json(404, "{\"errors\":[{\"message\":\"no route\"}]}");
    }

    private CliHarness.Result switchOn() {
        return switchTo("on");
    }

    private CliHarness.Result switchTo(String state) {
        return cli.run("entities", "feature", ID, "CaptureChargeSessions", state, "--yes", "--env", "Fake",
                "--passphrase-env", "SB_PASS");
    }

    @Test
    void aSwitchOnAnsweredOffExitsNotAppliedAndSaysSo() {
        CliHarness.Result result = switchOn();

        assertThat(result.code()).as(result.all()).isEqualTo(ExitCodes.NOT_APPLIED);
        assertThat(result.all()).contains("the server did not apply it: asked for on, it answers off")
                .doesNotContain("is now");
        CliHarness.Result log = cli.run("activity", "--format", "csv", "--passphrase-env", "SB_PASS");
        assertThat(log.out()).contains("not_applied");
    }

    @Test
    void aStateReadAsNullIsWrittenNotReportedAsAlreadyDone() {
        featuresRead = "[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":null}]";

        CliHarness.Result result = switchTo("off");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(patches).hasValue(1);
        assertThat(result.all()).doesNotContain("already").contains("could not be read")
                .contains("not verified before the write");
    }

    @Test
    void anAnswerAboutAnotherEntityIsRefusedInWords() {
        entityId = OTHER;

        CliHarness.Result result = switchOn();

        assertThat(result.code()).isNotZero();
        assertThat(patches).hasValue(0);
        assertThat(result.err()).contains("answered about " + OTHER + " instead of " + ID);
    }

    @Test
    void endlessRepeatingPagesStopAtOnceWithAWarningAndTheirOwnExitCode() {
        CliHarness.Result result = cli.run("subscriptions", "list", "--env", "Fake", "--passphrase-env", "SB_PASS");

        assertThat(result.code()).as(result.all()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(result.err()).contains("Warning: Fynn sent page 2 with nothing but items already listed");
        assertThat(result.out().split("S-3", -1)).hasSize(2);
        assertThat(server.count(FakeServer.pathStartsWith("/fynn/subscriptions"))).isLessThanOrEqualTo(10);
    }

    @Test
    void diagnoseprintsAReportForAContractDifferenceWithSecretsMasked() {
        featuresRead = null;

        CliHarness.Result plain = switchOn();
        CliHarness.Result diagnosed = cli.run("entities", "show", ID, "--env", "Fake", "--passphrase-env", "SB_PASS",
                "--diagnose");

        assertThat(plain.all()).doesNotContain("Switchboard diagnostic report");
        assertThat(diagnosed.err()).contains("Switchboard diagnostic report", "Request: GET /der/v1/entities/{entityId}/features",
                "Status: 404", "Response headers:", "no route").doesNotContain(TestEnvironments.CLIENT_SECRET)
                .doesNotContain("Bearer t");
    }
}
