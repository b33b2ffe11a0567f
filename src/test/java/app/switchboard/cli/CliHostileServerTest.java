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
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a hostile imitation of both APIs, found by an adversarial review: each
 * test is one attack that the code before its fix lost (an endless listing, a Java error instead of
 * the server's words, a request to another resource, a state claimed from a contradictory answer,
 * part of a secret in a diagnostic report).
 */
@ExtendWith(SecretsInEncryptedFile.class)
class CliHostileServerTest {
    private static final String ID = "5a554157-5a5a-4547-384c-423033333139";
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path home;
    CliHarness cli;
    final FakeServer server = new FakeServer();
    volatile Function<RecordedRequest, MockResponse> der = r -> json(404, "{\"errors\":[{\"message\":\"no route\"}]}");
    volatile Function<RecordedRequest, MockResponse> fynn = r -> json(404, "{\"detail\":\"no route\"}");
    volatile String tokenAnswer = token("t", 3600);

    @BeforeEach
    void setUp() {
        server.answer(r -> {
            String path = r.getUrl().encodedPath();
            if (path.equals(TOKEN_PATH)) {
                return json(200, tokenAnswer);
            }
            return path.startsWith("/fynn") ? fynn.apply(r) : der.apply(r);
        });
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
    void aDiagnosticReportCutsTheBodyOnlyAfterMaskingSecrets() {
        String secret = TestEnvironments.CLIENT_SECRET;
        der = r -> r.getUrl().encodedPath().endsWith("/features")
                ? FakeServer.text(404, "text/plain", "x".repeat(4096 - 8) + secret + " was rejected")
                : json(200, TestEnvironments.entity(ID));

        CliHarness.Result result = run("entities", "show", ID, "--diagnose");

        assertThat(result.err()).contains("Switchboard diagnostic report").doesNotContain(secret.substring(0, 8));
    }

    private static final String SUB = "sub-1";

    private static String entitlement(String id, String status, Boolean active) {
        return "{\"id\":\"" + id + "\",\"feature\":{\"id\":\"f1\",\"name\":\"Reports\"},\"value\":\"true\","
                + "\"active\":" + active + ",\"status\":\"" + status + "\"}";
    }

    private static String fynnPage(int lastPage, int totalItems, int perPage, String... items) {
        return "{\"data\":[" + String.join(",", items) + "],\"meta\":{\"pagination\":{\"totalItems\":" + totalItems
                + ",\"itemsPerPage\":" + perPage + ",\"currentPage\":1,\"lastPage\":" + lastPage
                + ",\"pageTotalItems\":" + items.length + "}}}";
    }

    /** Fynn for one subscription whose entitlement pages are {@code pages} and whose PUT answers {@code put}. */
    private void fynnServing(Function<Integer, String> pages, Function<RecordedRequest, MockResponse> put) {
        fynn = r -> {
            String path = r.getUrl().encodedPath();
            if ("PUT".equals(r.getMethod())) {
                return put.apply(r);
            }
            if (path.equals("/fynn/subscriptions/" + SUB)) {
                return json(200, "{\"id\":\"" + SUB + "\",\"number\":\"S-1\",\"status\":\"active\"}");
            }
            if (path.equals("/fynn/subscriptions/" + SUB + "/entitlements")) {
                String page = r.getUrl().queryParameter("page");
                return json(200, pages.apply(page == null ? 1 : Integer.parseInt(page)));
            }
            return json(404, "{\"detail\":\"no route\"}");
        };
    }

    @Test
    void anEntitlementListedTwiceWithOppositeStatesIsNotAlreadyDone() {
        AtomicInteger puts = new AtomicInteger();
        fynnServing(n -> fynnPage(1, 2, 100, entitlement("e1", "active", true), entitlement("e1", "disabled", false)),
                r -> {
                    puts.incrementAndGet();
                    return json(200, entitlement("e1", "active", true));
                });

        CliHarness.Result result = run("entitlements", "set", "e1", "on", "-s", SUB, "--yes");

        assertThat(result.all()).doesNotContain("already");
        assertThat(puts).hasValue(1);
    }

    @Test
    void anEntitlementListingCutShortDoesNotClaimTheEntitlementIsMissing() {
        // every page the same first page: e9 on page 3 is never reached
        fynnServing(n -> fynnPage(3, 5, 2, entitlement("e1", "active", true), entitlement("e2", "active", true)),
                r -> json(200, entitlement("e9", "active", true)));

        CliHarness.Result result = run("entitlements", "set", "e9", "off", "-s", SUB, "--yes");

        assertThat(result.code()).as(result.all()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(result.err()).contains("may be incomplete").doesNotContain("has no entitlement");
        assertThat(server.count(r -> "PUT".equals(r.getMethod()))).isZero();
    }

    @Test
    void aStaleCheckCutShortDoesNotCallTheEntitlementGone() {
        AtomicInteger listings = new AtomicInteger();
        fynnServing(n -> {
            if (n == 1 && listings.incrementAndGet() == 1) {
                return fynnPage(1, 1, 100, entitlement("e9", "active", true));
            }
            // the check just before the write: page 1 again and again, e9 never reached
            return fynnPage(3, 5, 2, entitlement("e1", "active", true), entitlement("e2", "active", true));
        }, r -> json(200, entitlement("e9", "disabled", false)));

        CliHarness.Result result = run("entitlements", "set", "e9", "off", "-s", SUB, "--yes");

        assertThat(result.code()).as(result.all()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.all()).contains("may be incomplete").doesNotContain("no longer on subscription");
        assertThat(server.count(r -> "PUT".equals(r.getMethod()))).isZero();
    }

    @Test
    void aNullEntryInTheEntitlementListingDoesNotBreakTheChange() {
        fynnServing(n -> fynnPage(1, 2, 100, "null", entitlement("e1", "disabled", false)),
                r -> json(200, entitlement("e1", "active", true)));

        CliHarness.Result result = run("entitlements", "set", "e1", "on", "-s", SUB, "--yes");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out()).contains("is now active");
    }

    private CliHarness.Result bulk(String... lines) {
        Path file = home.resolve("changes.csv");
        try {
            java.nio.file.Files.writeString(file, "api,target id,feature,state\n" + String.join("\n", lines) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return run("bulk", file.toString(), "--yes");
    }

    @Test
    void aBulkLineWhoseEntitlementIsListedTwiceDifferentlyIsNotSkippedAsAlreadyDone() {
        AtomicInteger puts = new AtomicInteger();
        fynnServing(n -> fynnPage(1, 3, 100, "null", entitlement("e1", "active", true), entitlement("e1", "disabled", false)),
                r -> {
                    puts.incrementAndGet();
                    return json(200, entitlement("e1", "active", true));
                });

        CliHarness.Result result = bulk("fynn," + SUB + ",e1,on");

        assertThat(result.all()).doesNotContain("already in that state (").doesNotContain("NullPointer")
                .doesNotContain("Cannot invoke");
        assertThat(puts).hasValue(1);
    }

    @Test
    void aBulkLineBeyondAListingCutShortIsNotCalledMissing() {
        fynnServing(n -> fynnPage(3, 5, 2, entitlement("e1", "active", true), entitlement("e2", "active", true)),
                r -> json(200, entitlement("e9", "disabled", false)));

        CliHarness.Result result = bulk("fynn," + SUB + ",e9,off");

        assertThat(result.code()).as(result.all()).isNotZero();
        assertThat(result.all()).contains("may be incomplete").doesNotContain("has no entitlement");
        assertThat(server.count(r -> "PUT".equals(r.getMethod()))).isZero();
    }

    @Test
    void aReviewScanOfAListingWithNullsReportsWithoutAJavaError() {
        fynn = r -> {
            String path = r.getUrl().encodedPath();
            if (path.equals("/fynn/subscriptions")) {
                return json(200, fynnPage(1, 3, 100, "null", "{\"number\":\"S-0\",\"status\":\"active\"}",
                        "{\"id\":\"" + SUB + "\",\"number\":\"S-1\",\"status\":\"active\"}"));
            }
            if (path.equals("/fynn/subscriptions/" + SUB + "/entitlements")) {
                return json(200, fynnPage(1, 2, 100, "null", entitlement("e1", "active", true)));
            }
            if (path.equals("/fynn/entitlement/features")) {
                return json(200, fynnPage(1, 1, 100, "null"));
            }
            return json(404, "{\"detail\":\"no route\"}");
        };

        CliHarness.Result result = run("review", "disabled");

        assertThat(result.all()).doesNotContain("NullPointer").doesNotContain("Cannot invoke")
                .doesNotContain("An id is required").doesNotContain("null:");
        // two of three listed subscriptions could not be read: a failure, said per subscription
        assertThat(result.code()).as(result.all()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("S-0: Fynn listed a subscription without an id");
    }

    @Test
    void pagesTheTotalsDenyAreNotDroppedSilently() {
        // three pages announced, but a total of two items: the third page's item was dropped without a word
        fynnServing(n -> fynnPage(3, 2, 1, entitlement("e" + n, "active", true)), r -> json(500, "{}"));

        CliHarness.Result result = run("entitlements", "list", SUB);

        assertThat(result.code()).as(result.all()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(result.err()).contains("may be incomplete");
    }

    @Test
    void aWriteAnsweredWithNoContentIsNotReportedAsDone() {
        for (MockResponse empty : java.util.List.of(new MockResponse.Builder().code(204).build(), json(200, ""),
                json(202, "{}"))) {
            fynnServing(n -> fynnPage(1, 1, 100, entitlement("e1", "disabled", false)), r -> empty);

            CliHarness.Result result = run("entitlements", "set", "e1", "on", "-s", SUB, "--yes");

            assertThat(result.code()).as(result.all()).isNotZero();
            assertThat(result.all()).doesNotContain("is now");
        }
    }

    @Test
    void aWriteAnsweredAboutAnotherEntitlementIsNotReportedAsDone() {
        fynnServing(n -> fynnPage(1, 1, 100, entitlement("e1", "disabled", false)),
                r -> json(200, entitlement("e2", "active", true)));

        CliHarness.Result result = run("entitlements", "set", "e1", "on", "-s", SUB, "--yes");

        assertThat(result.code()).as(result.all()).isNotZero();
        assertThat(result.all()).doesNotContain("is now").contains("instead of e1");
    }

    private CliHarness.Result run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--env";
        all[args.length + 1] = "Fake";
        all[args.length + 2] = "--passphrase-env";
        all[args.length + 3] = "SB_PASS";
        return cli.run(all);
    }

    private static MockResponse features(String body) {
        return json(200, body);
    }
}
