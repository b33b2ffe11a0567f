package app.switchboard.cli;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.TestEnvironments.TOKEN_PATH;
import static app.switchboard.testsupport.TestEnvironments.token;

import app.switchboard.testsupport.FakeServer;
import java.nio.file.Path;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile imitation of DER Connect and Fynn (one MockWebServer, answers set per test) and a
 * command line with an environment pointing at it, for the adversarial review's attacks
 * ({@link CliHostileDerTest}, {@link CliHostileFynnTest}).
 */
@ExtendWith(SecretsInEncryptedFile.class)
abstract class HostileCliRig {
    static final String ID = "5a554157-5a5a-4547-384c-423033333139";
    static final String PASSPHRASE = "correct horse battery staple";
    static final String SUB = "sub-1";

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
        cli = CliHarness.withFakeEnvironment(home, server, PASSPHRASE);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    static String entitlement(String id, String status, Boolean active) {
        return "{\"id\":\"" + id + "\",\"feature\":{\"id\":\"f1\",\"name\":\"Reports\"},\"value\":\"true\","
                + "\"active\":" + active + ",\"status\":\"" + status + "\"}";
    }

    static String fynnPage(int lastPage, int totalItems, int perPage, String... items) {
        return "{\"data\":[" + String.join(",", items) + "],\"meta\":{\"pagination\":{\"totalItems\":" + totalItems
                + ",\"itemsPerPage\":" + perPage + ",\"currentPage\":1,\"lastPage\":" + lastPage
                + ",\"pageTotalItems\":" + items.length + "}}}";
    }

    /** Fynn for one subscription whose entitlement pages are {@code pages} and whose PUT answers {@code put}. */
    void fynnServing(Function<Integer, String> pages, Function<RecordedRequest, MockResponse> put) {
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

    CliHarness.Result bulk(String... lines) {
        Path file = home.resolve("changes.csv");
        try {
            java.nio.file.Files.writeString(file, "api,target id,feature,state\n" + String.join("\n", lines) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return run("bulk", file.toString(), "--yes");
    }

    CliHarness.Result run(String... args) {
        return cli.runIn("Fake", args);
    }

    static MockResponse features(String body) {
        return json(200, body);
    }
}
