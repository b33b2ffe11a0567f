package app.switchboard.ops;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.TestEnvironments.TOKEN_PATH;
import static app.switchboard.testsupport.TestEnvironments.token;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Test connection rides out a 429 like every other command and never prints an impossible count. */
class ConnectionTestAnswersTest {
    private final SharedHttp http = new SharedHttp();
    private final FakeServer server = new FakeServer();
    private final Environment environment = TestEnvironments.pointingAt(server);
    private final AtomicInteger fynnCalls = new AtomicInteger();

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    private ConnectionReport run(String subscriptionsPage, boolean firstRateLimited) {
        server.answer(r -> {
            String path = r.getUrl().encodedPath();
            if (path.equals(TOKEN_PATH)) {
                return json(200, token("t", 3600));
            }
            if (path.startsWith("/der/")) {
                return json(200, "{\"data\":[],\"links\":{},\"meta\":{}}");
            }
            if (fynnCalls.incrementAndGet() == 1 && firstRateLimited) {
                return new MockResponse.Builder().code(429).addHeader("Retry-After", "0")
                        .addHeader("Content-Type", "application/json").body("{\"title\":\"Too Many Requests\"}").build();
            }
            return json(200, subscriptionsPage);
        });
        return new ConnectionTest(http, TestEnvironments.secretsFor(environment)).run(environment);
    }

    @Test
    void aRateLimitIsWaitedOutInsteadOfReportedAsAFailure() {
        ConnectionReport report = run("{\"data\":[],\"meta\":{\"pagination\":{\"totalItems\":7}}}", true);

        assertThat(fynnCalls).hasValue(2);
        assertThat(report.allOk()).as(report.summary()).isTrue();
        assertThat(report.summary()).contains("Key OK; 7 subscriptions visible");
    }

    @Test
    void aNegativeTotalIsNotPrintedAsGiven() {
        ConnectionReport report = run("{\"data\":[],\"meta\":{\"pagination\":{\"totalItems\":-96290720}}}", false);

        assertThat(report.summary()).doesNotContain("96").doesNotContain("290")
                .contains("the server gave no usable count of subscriptions");
    }
}
