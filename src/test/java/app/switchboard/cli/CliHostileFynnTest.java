package app.switchboard.cli;

import static app.switchboard.testsupport.FakeServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.testsupport.TestEnvironments;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The command line against a hostile Fynn, from an adversarial review: listings cut short, lying
 * totals, items listed twice with different contents, null entries, huge reasons and write answers
 * that say nothing; each test is one attack that the code before its fix lost, or one that held.
 */
class CliHostileFynnTest extends HostileCliRig {
    @Test
    void aRefusalWithAHugeReasonIsShownAndRecordedShortened() {
        String reason = "Entitlement is locked " + "because ".repeat(250_000);
        fynnServing(n -> fynnPage(1, 1, 100, entitlement("e1", "disabled", false)),
                r -> json(422, "{\"detail\":\"" + reason + "\"}"));

        CliHarness.Result result = run("entitlements", "set", "e1", "on", "-s", SUB, "--yes");
        CliHarness.Result log = cli.run("activity", "--format", "csv", "--passphrase-env", "SB_PASS");

        assertThat(result.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains("Entitlement is locked because");
        assertThat(result.err().length()).isLessThan(5_000);
        assertThat(log.out()).contains("Entitlement is locked because");
        assertThat(log.out().length()).isLessThan(5_000);
    }

    @Test
    void findOverPagesWithNullEntriesAndMissingIdsShowsWhatCameWithoutAJavaError() {
        fynn = r -> {
            String path = r.getUrl().encodedPath();
            if (path.equals("/fynn/subscriptions")) {
                return json(200, fynnPage(1, 3, 100, "null", "{\"number\":\"S-77\"}",
                        "{\"id\":\"sub-77\",\"number\":\"S-770\",\"status\":\"active\"}"));
            }
            if (path.equals("/fynn/customers")) {
                return json(200, fynnPage(1, 2, 100, "null", "{\"companyName\":\"S-77 GmbH\"}"));
            }
            if (path.equals("/fynn/entitlement/features")) {
                return json(200, fynnPage(1, 2, 100, "null", "{\"name\":\"S-77 reports\"}"));
            }
            return json(404, "{\"detail\":\"no route\"}");
        };

        CliHarness.Result result = run("find", "S-77");

        assertThat(result.all()).doesNotContain("NullPointer").doesNotContain("Cannot invoke");
        assertThat(result.out()).contains("S-770");
    }

    @Test
    void listingsWithNullEntriesPrintWhatCameWithoutAJavaError() {
        fynnServing(n -> fynnPage(1, 2, 100, "null", entitlement("e1", "active", true)), r -> json(500, "{}"));
        Function<RecordedRequest, MockResponse> entitlements = fynn;
        fynn = r -> r.getUrl().encodedPath().equals("/fynn/subscriptions")
                ? json(200, fynnPage(1, 2, 100, "null", "{\"id\":\"" + SUB + "\",\"number\":\"S-1\",\"status\":\"active\"}"))
                : entitlements.apply(r);
        der = r -> json(200, "{\"data\":[null," + TestEnvironments.entity(ID) + "],\"meta\":{}}");

        for (String[] command : java.util.List.of(new String[] {"subscriptions", "list"},
                new String[] {"subscriptions", "show", SUB}, new String[] {"entitlements", "list", SUB},
                new String[] {"entities", "list"}, new String[] {"entities", "list", "--format", "json"},
                new String[] {"subscriptions", "list", "--format", "csv"})) {
            CliHarness.Result result = run(command);

            assertThat(result.all()).as(String.join(" ", command)).doesNotContain("NullPointer").doesNotContain("Cannot invoke");
            assertThat(result.code()).as(String.join(" ", command) + ": " + result.all()).isZero();
        }
    }

    @Test
    void aListingThatContradictsItselfAboutAnEntitlementSaysSo() {
        // page 2 names e1 again, now disabled, beside a new e3
        fynnServing(n -> n == 1 ? fynnPage(2, 4, 2, entitlement("e1", "active", true), entitlement("e2", "active", true))
                : fynnPage(2, 4, 2, entitlement("e1", "disabled", false), entitlement("e3", "active", true)),
                r -> json(500, "{}"));

        CliHarness.Result list = run("entitlements", "list", SUB);
        CliHarness.Result show = run("subscriptions", "show", SUB);

        for (CliHarness.Result result : java.util.List.of(list, show)) {
            assertThat(result.code()).as(result.all()).isEqualTo(ExitCodes.INCOMPLETE);
            assertThat(result.err()).contains("Fynn listed e1 more than once with different contents");
        }
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
}
