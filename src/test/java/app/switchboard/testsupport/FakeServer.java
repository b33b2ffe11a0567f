package app.switchboard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer that answers through a function and remembers every request, so tests can count
 * and inspect what the client sent.
 */
public final class FakeServer implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Function<RecordedRequest, MockResponse> handler = r -> json(404, "{}");

    public FakeServer() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                return handler.apply(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FakeServer answer(Function<RecordedRequest, MockResponse> handler) {
        this.handler = handler;
        return this;
    }

    /** Base URL with the given path, e.g. {@code url("/der")}, without a trailing slash. */
    public String url(String path) {
        String url = server.url(path).toString();
        return url.endsWith("/") && path.length() > 1 ? url.substring(0, url.length() - 1) : url;
    }

    public String hostName() {
        return server.getHostName();
    }

    public int port() {
        return server.getPort();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public long count(Predicate<RecordedRequest> which) {
        return requests.stream().filter(which).count();
    }

    public static Predicate<RecordedRequest> pathStartsWith(String prefix) {
        return r -> r.getUrl().encodedPath().startsWith(prefix);
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    public static MockResponse text(int code, String contentType, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", contentType).body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
