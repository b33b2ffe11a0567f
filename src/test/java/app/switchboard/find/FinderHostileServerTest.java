package app.switchboard.find;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.TestEnvironments.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.ApiTuning;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import java.util.List;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+K's server search against servers that answer oddly: what they say wrong is said, never shown as found. */
class FinderHostileServerTest {
    private static final String META = ",\"meta\":{\"pagination\":{\"totalItems\":2,\"itemsPerPage\":8,\"currentPage\":1,\"lastPage\":1}}}";
    private static final String CUSTOMERS = "{\"data\":[{\"id\":\"cus-1\",\"companyName\":\"Acme GmbH\",\"customerNumber\":\"C-1\"}]" + META;
    private final SharedHttp http = new SharedHttp();
    private final FakeServer server = new FakeServer();
    private HttpFynnApi fynn;
    private HttpDerConnectApi der;

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    private void answering(Function<String, String> fynnBodies) {
        server.answer(r -> respond(r, fynnBodies));
        Environment env = TestEnvironments.pointingAt(server);
        fynn = HttpFynnApi.forEnvironment(env, TestEnvironments.secretsFor(env), http.okHttp(), http.executor(),
                ApiTuning.standard());
        der = HttpDerConnectApi.forEnvironment(env, TestEnvironments.secretsFor(env), http.okHttp(), ApiTuning.standard());
    }

    private static MockResponse respond(RecordedRequest r, Function<String, String> fynnBodies) {
        String path = r.getUrl().encodedPath();
        if (path.equals(TOKEN_PATH)) {
            return json(200, TestEnvironments.token("t", 3600));
        }
        String body = fynnBodies.apply(path);
        return body == null ? json(404, "{\"message\":\"not found\"}") : json(200, body);
    }

    @Test
    void subscriptionsWithoutIdOrNumberAreSaidAndDoNotHideWhatElseWasFound() {
        answering(path -> switch (path) {
            case "/fynn/subscriptions" -> "{\"data\":[{},{\"status\":\"active\"},{\"id\":\"sub-9\",\"number\":\"S-9\"}]" + META;
            case "/fynn/customers" -> CUSTOMERS;
            case "/fynn/entitlement/features" -> "{\"data\":[]" + META;
            default -> null;
        });

        Finder.ServerAnswer answer = new Finder().server("acme", der, fynn, List.of());

        assertThat(answer.found()).extracting(Found::id).containsExactly("sub-9", "cus-1");
        assertThat(answer.problems()).extracting(words -> words.english())
                .containsExactly("Items without an id in a server's answer: 2. They are not shown, as nothing could open them.");
    }

    @Test
    void aFeatureWithoutIdInTheCatalogueIsSaidNotShown() {
        answering(path -> switch (path) {
            case "/fynn/subscriptions" -> "{\"data\":[]" + META;
            case "/fynn/customers" -> CUSTOMERS;
            case "/fynn/entitlement/features" -> "{\"data\":[{},{\"name\":\"Acme\"},{\"id\":\"f-acme\",\"name\":\"Acme boost\"}]" + META;
            default -> null;
        });

        Finder.ServerAnswer answer = new Finder().server("acme", der, fynn, List.of());

        assertThat(answer.found()).extracting(Found::id).containsExactly("cus-1", "f-acme");
        assertThat(answer.problems()).extracting(words -> words.english())
                .containsExactly("Items without an id in a server's answer: 2. They are not shown, as nothing could open them.");
    }

    @Test
    void aSearchPageRepeatingOneItemShowsItOnce() {
        String same = "{\"id\":\"sub-1\",\"number\":\"ACME-1\"}";
        answering(path -> switch (path) {
            case "/fynn/subscriptions" -> "{\"data\":[" + String.join(",", java.util.Collections.nCopies(500, same)) + "]" + META;
            case "/fynn/customers" -> CUSTOMERS;
            case "/fynn/entitlement/features" -> "{\"data\":[]" + META;
            default -> null;
        });

        Finder.ServerAnswer answer = new Finder().server("acme", der, fynn, List.of());

        assertThat(answer.found()).extracting(Found::id).containsExactly("sub-1", "cus-1");
    }

    @Test
    void anIdLookupAnsweredWithAnotherItemIsSaidNotFound() {
        answering(path -> switch (path) {
            case "/fynn/subscriptions", "/fynn/customers", "/fynn/entitlement/features" -> "{\"data\":[]" + META;
            case "/der/v1/entities/3f2c1a9e-0d2b-4c5e-9f00-1234567890ab" -> TestEnvironments.entity("0000-another");
            default -> null;
        });

        Finder.ServerAnswer answer = new Finder().server("3f2c1a9e-0d2b-4c5e-9f00-1234567890ab", der, fynn, List.of());

        assertThat(answer.found()).isEmpty();
        assertThat(answer.problems()).extracting(words -> words.english())
                .anyMatch(text -> text.contains("0000-another"));
    }

    /** A feature catalogue that claims 10,000 pages and sends the same one each time: the reading stops, is said, and the rest shows. */
    @Test
    void aCatalogueRepeatingItsPageStopsAndIsSaidWhileTheRestShows() {
        answering(path -> switch (path) {
            case "/fynn/subscriptions" -> "{\"data\":[]" + META;
            case "/fynn/customers" -> CUSTOMERS;
            case "/fynn/entitlement/features" -> "{\"data\":[{\"id\":\"f-acme\",\"name\":\"Acme boost\"}],"
                    + "\"meta\":{\"pagination\":{\"totalItems\":10000,\"itemsPerPage\":1,\"currentPage\":1,\"lastPage\":10000}}}";
            default -> null;
        });

        Finder.ServerAnswer answer = new Finder().server("acme", der, fynn, List.of());

        assertThat(answer.found()).extracting(Found::id).contains("cus-1");
        assertThat(answer.problems()).extracting(words -> words.english())
                .anyMatch(text -> text.startsWith("The feature catalogue of Fynn could not be read"));
        assertThat(server.count(FakeServer.pathStartsWith("/fynn/entitlement/features"))).isLessThan(50);
    }

    /** Odd bodies for one search (no data, data not a list, null) do not hide what the other search found. */
    @Test
    void anOddBodyForOneSearchDoesNotHideTheOther() {
        for (String odd : new String[] {"{}", "{\"data\":null}", "{\"data\":{\"id\":\"sub-1\"}}", "null", "[]", "\"text\""}) {
            answering(path -> switch (path) {
                case "/fynn/subscriptions" -> odd;
                case "/fynn/customers" -> CUSTOMERS;
                case "/fynn/entitlement/features" -> "{\"data\":[]" + META;
                default -> null;
            });

            Finder.ServerAnswer answer = new Finder().server("acme", der, fynn, List.of());

            assertThat(answer.found()).as(odd).extracting(Found::id).contains("cus-1");
        }
    }
}
