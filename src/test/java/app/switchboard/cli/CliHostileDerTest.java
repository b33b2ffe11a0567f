package app.switchboard.cli;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.TestEnvironments.TOKEN_PATH;
import static app.switchboard.testsupport.TestEnvironments.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * The command line against a hostile DER Connect, and a careless operator's bulk files, from an
 * adversarial review: each test is one attack that the code before its fix lost (a Java error
 * instead of the server's words, a request to another resource, a state claimed from a
 * contradictory answer, part of a secret in a diagnostic report, a crashed JVM), or one that held.
 */
class CliHostileDerTest extends HostileCliRig {
    @Test
    void aRateLimitAskingToWaitLongerThanTimeIsReportedAsARateLimit() {
        der = r -> new MockResponse.Builder().code(429).addHeader("Retry-After", "99999999999")
                .addHeader("Content-Type", "application/json").body("{\"errors\":[{\"message\":\"slow down\"}]}").build();

        CliHarness.Result result = run("entities", "show", ID);

        assertThat(result.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("is limiting how fast Switchboard may call it", "slow down")
                .doesNotContainIgnoringCase("overflow");
    }

    @Test
    void aRateLimitWithAnHttpDateFarInTheFutureIsReportedAsARateLimit() {
        der = r -> new MockResponse.Builder().code(503).addHeader("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT")
                .addHeader("Content-Type", "text/html").body("<html><body>Down for maintenance</body></html>").build();

        CliHarness.Result result = run("entities", "show", ID);

        assertThat(result.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("Down for maintenance").doesNotContainIgnoringCase("overflow");
    }

    @Test
    void aTokenSaidToLiveLongerThanTimeIsUsed() {
        tokenAnswer = token("t", 0).replace("\"expires_in\":0", "\"expires_in\":9223372036854775807");
        der = r -> r.getUrl().encodedPath().endsWith("/features")
                ? features("[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":true}]")
                : json(200, TestEnvironments.entity(ID));

        CliHarness.Result result = run("entities", "show", ID);

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Fleet car", "CaptureChargeSessions");
    }

    @Test
    void anIdMadeOfDotsIsNeverSentAsAPathToAnotherResource() {
        der = r -> r.getUrl().encodedPath().endsWith("/features")
                ? features("[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":true}]")
                : json(200, TestEnvironments.entity(ID));

        CliHarness.Result parent = run("entities", "feature", "..", "CaptureChargeSessions", "off", "--yes");
        CliHarness.Result same = run("entities", "feature", ".", "CaptureChargeSessions", "off", "--yes");

        assertThat(parent.code()).isNotZero();
        assertThat(same.code()).isNotZero();
        assertThat(parent.err()).contains("'..'");
        assertThat(server.requests()).noneMatch(r -> !r.getUrl().encodedPath().equals(TOKEN_PATH)
                && !r.getUrl().encodedPath().matches("/der/v1/entities/[^/]+(/features)?"));
        assertThat(server.count(r -> "PATCH".equals(r.getMethod()))).isZero();
    }

    @Test
    void aFeatureListedTwiceWithOppositeStatesIsUnknownNotAlreadyDone() {
        AtomicInteger patches = new AtomicInteger();
        der = r -> {
            if ("PATCH".equals(r.getMethod())) {
                patches.incrementAndGet();
                return features("[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":true}]");
            }
            return r.getUrl().encodedPath().endsWith("/features")
                    ? features("[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":true},"
                    + "{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":false}]")
                    : json(200, TestEnvironments.entity(ID));
        };

        CliHarness.Result result = run("entities", "feature", ID, "CaptureChargeSessions", "on", "--yes");

        assertThat(result.all()).doesNotContain("already").contains("could not be read");
        assertThat(patches).hasValue(1);
    }

    @Test
    void aWriteAnsweredWithTheFeatureBothOnAndOffIsNotReportedAsDone() {
        der = r -> {
            if ("PATCH".equals(r.getMethod())) {
                return features("[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":true},"
                        + "{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":false}]");
            }
            return r.getUrl().encodedPath().endsWith("/features")
                    ? features("[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":false}]")
                    : json(200, TestEnvironments.entity(ID));
        };

        CliHarness.Result result = run("entities", "feature", ID, "CaptureChargeSessions", "on", "--yes");

        assertThat(result.code()).as(result.all()).isEqualTo(ExitCodes.NOT_APPLIED);
        assertThat(result.all()).doesNotContain("is now");
    }

    @Test
    void aWriteAnsweredWithoutTheFeatureIsNotReportedAsDone() {
        for (String answer : java.util.List.of("[]", "[{\"feature\":\"SomethingNew\",\"isEnabled\":false}]")) {
            der = r -> {
                if ("PATCH".equals(r.getMethod())) {
                    return features(answer);
                }
                return r.getUrl().encodedPath().endsWith("/features")
                        ? features("[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":true}]")
                        : json(200, TestEnvironments.entity(ID));
            };

            CliHarness.Result result = run("entities", "feature", ID, "CaptureChargeSessions", "off", "--yes");

            assertThat(result.code()).as(result.all()).isEqualTo(ExitCodes.NOT_APPLIED);
            assertThat(result.all()).doesNotContain("is now").doesNotContain("answers off");
        }
    }

    @Test
    void aRedirectLoopEndsInWordsWithinItsBound() {
        der = r -> new MockResponse.Builder().code(302).addHeader("Location", r.getUrl().encodedPath()).build();

        CliHarness.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("entities", "show", ID));

        assertThat(result.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("DER Connect").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(server.count(FakeServer.pathStartsWith("/der"))).isLessThanOrEqualTo(100);
    }

    @Test
    void credentialsRejectedHalfwayThroughAListingEndInTheAuthenticationExitCode() {
        AtomicInteger pages = new AtomicInteger();
        der = r -> r.getUrl().queryParameter("continuationToken") == null
                ? json(200, "{\"data\":[" + TestEnvironments.entity(ID) + "],\"meta\":{\"continuationToken\":\"next\"}}")
                : pages.incrementAndGet() > 0 ? json(401, "{\"errors\":[{\"message\":\"token revoked\"}]}") : null;

        CliHarness.Result result = run("entities", "list");

        assertThat(result.code()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(result.err()).contains("token revoked");
        // the rejected token is renewed once, not for ever
        assertThat(pages.get()).isEqualTo(2);
    }

    @Test
    void aBulkFileOfGigabytesIsRefusedInWordsNotReadIntoMemory() throws Exception {
        Path huge = home.resolve("huge.csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: takes no room on disk
        }

        CliHarness.Result result = run("bulk", huge.toString(), "--dry-run");

        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("huge.csv").contains("larger than");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aBulkFileOfManyBadLinesNamesTheFirstProblemsNotEveryOne() throws Exception {
        Path wrong = home.resolve("wrong.csv");
        java.nio.file.Files.writeString(wrong, "not,a,bulk,line,at,all\n".repeat(50_000));

        CliHarness.Result result = run("bulk", wrong.toString(), "--dry-run");

        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Line 1:").contains("more");
        assertThat(result.err().lines().count()).isLessThan(100);
    }

    @Test
    void aDerWriteAnsweredWithNoContentIsNotReportedAsDone() {
        for (MockResponse empty : java.util.List.of(new MockResponse.Builder().code(204).build(), json(200, ""))) {
            der = r -> "PATCH".equals(r.getMethod()) ? empty : r.getUrl().encodedPath().endsWith("/features")
                    ? features("[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":false}]")
                    : json(200, TestEnvironments.entity(ID));

            CliHarness.Result result = run("entities", "feature", ID, "CaptureChargeSessions", "on", "--yes");

            assertThat(result.code()).as(result.all()).isNotZero();
            assertThat(result.all()).doesNotContain("is now");
        }
    }

    @Test
    void aDiagnosticReportCutsTheBodyOnlyAfterMaskingSecrets() {
        String secret = TestEnvironments.CLIENT_SECRET;
        der = r -> r.getUrl().encodedPath().endsWith("/features")
                ? FakeServer.text(404, "text/plain", "x".repeat(4096 - 8) + secret + " was rejected")
                : json(200, TestEnvironments.entity(ID));

        CliHarness.Result result = run("entities", "show", ID, "--diagnose");

        assertThat(result.err()).contains("Switchboard diagnostic report").doesNotContain(secret.substring(0, 8));
    }

    @Test
    void aServerEchoingOnlyTheStartOrTheEndOfTheSecretHasNeitherShown() {
        String secret = TestEnvironments.CLIENT_SECRET;
        String start = secret.substring(0, 12);
        String end = secret.substring(secret.length() - 10);
        der = r -> r.getUrl().encodedPath().endsWith("/features")
                ? FakeServer.text(403, "text/plain", "key " + start + "... is not allowed here (ends in " + end + ")")
                : json(200, TestEnvironments.entity(ID));

        CliHarness.Result result = run("entities", "show", ID, "--diagnose");

        assertThat(result.all()).contains("is not allowed here").doesNotContain(start).doesNotContain(end);
    }

    @Test
    void anEntityAnswerNamingNoIdIsNotShownAsTheEntityAskedFor() {
        der = r -> r.getUrl().encodedPath().endsWith("/features")
                ? features("[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":true}]")
                : json(200, TestEnvironments.entity(ID).replace("\"id\":\"" + ID + "\",", "")
                        .replace("Fleet car", "Someone else's car"));

        CliHarness.Result result = run("entities", "show", ID);

        assertThat(result.code()).as(result.all()).isNotZero();
        assertThat(result.all()).doesNotContain("Someone else's car").contains("names no id");
    }
}
