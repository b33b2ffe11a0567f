package app.switchboard.ops.review;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.TestEnvironments.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.ApiTuning;
import app.switchboard.client.CallScope;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Review scan over a subscription list that never ends stops at the first repeat and says so. */
class ReviewEndlessPagingTest {
    private static final String SUBSCRIPTIONS = "{\"data\":[{\"id\":\"sub-1\",\"number\":\"S-1\"},{\"id\":\"sub-2\",\"number\":\"S-2\"}],"
            + "\"meta\":{\"pagination\":{\"totalItems\":20000,\"itemsPerPage\":2,\"currentPage\":1,\"lastPage\":10000}}}";
    private final SharedHttp http = new SharedHttp();
    private final FakeServer server = new FakeServer();

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    @Test
    void theScanEndsWithTheStopAmongItsFailuresInsteadOfPagingOn() {
        server.answer(r -> {
            String path = r.getUrl().encodedPath();
            if (path.equals(TOKEN_PATH)) {
                return json(200, TestEnvironments.token("t", 3600));
            }
            if (path.equals("/fynn/subscriptions")) {
                return json(200, SUBSCRIPTIONS);
            }
            return json(200, "{\"data\":[],\"meta\":{\"pagination\":{\"totalItems\":0,\"lastPage\":1}}}");
        });
        Environment env = TestEnvironments.pointingAt(server);
        HttpFynnApi fynn = HttpFynnApi.forEnvironment(env, TestEnvironments.secretsFor(env), http.okHttp(), http.executor(),
                ApiTuning.standard());

        ReviewSnapshot snapshot = new ReviewScanner(fynn, http.executor(), Clock.systemUTC(), 2)
                .scan(new CallScope(), ScanListener.ignore());

        assertThat(snapshot.subscriptions()).isEqualTo(2);
        assertThat(snapshot.complete()).isFalse();
        assertThat(snapshot.failures().get(0).reason().english())
                .startsWith("Fynn sent page 2 with nothing but items already listed");
        assertThat(server.count(FakeServer.pathStartsWith("/fynn/subscriptions"))).isLessThan(20);
    }
}
