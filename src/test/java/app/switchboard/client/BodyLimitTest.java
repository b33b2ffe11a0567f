package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SecretStore;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.fynn.SubscriptionQuery;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server that never stops sending gets a malformed-response error, not the client's memory. */
class BodyLimitTest {
    private final SharedHttp http = new SharedHttp();
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "endless-body");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong sent = new AtomicLong();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) '[');
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                while (true) {
                    body.write(chunk);
                    sent.addAndGet(chunk.length);
                }
            } catch (IOException clientHungUp) {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
        http.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void anEndlessChunkedBodyIsReportedAsMalformedAtTheCallersLimit() {
        ApiCaller caller = ApiCaller.builder(http.okHttp(), "Test API").baseUrl(url("/api")).maxBodyBytes(1L << 20)
                .retry(RetryPolicy.none()).build();

        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> caller.send(ApiRequest.get("things"), JsonNode.class));

        assertThat(failure.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE);
        assertThat(failure.userMessage()).contains("larger than 1 MB");
        assertThat(sent.get()).as("the server was cut off near the limit").isLessThan(64L << 20);
    }

    @Test
    void fynnReadsAtMostItsDocumentedLimit() {
        Environment env = new Environment("Test", "#00796b", RiskLevel.TEST, url("/der"), url("/token"), "client-1", "esp",
                url("/fynn"), false);
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(env.fynnKeyKey(), "fynn-key-abcdef-4417");
        HttpFynnApi fynn = HttpFynnApi.forEnvironment(env, secrets, http);

        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> fynn.subscriptions(SubscriptionQuery.all(), 1, 25));

        assertThat(failure.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE);
        assertThat(failure.userMessage()).contains("larger than " + (HttpFynnApi.MAX_BODY_BYTES >> 20) + " MB");
        System.out.println("[figure] endless body: bytes the server got out before the client hung up at the Fynn limit of "
                + HttpFynnApi.MAX_BODY_BYTES + ": " + sent.get());
    }
}
