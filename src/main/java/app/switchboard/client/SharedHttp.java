package app.switchboard.client;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client of the application: a shared connection pool and dispatcher with explicit
 * timeouts, plus the executor that fetches pages concurrently. Built once by the composition root
 * and closed when the application exits.
 */
public final class SharedHttp implements AutoCloseable {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final OkHttpClient okHttp;
    private final ExecutorService executor;

    public SharedHttp() {
        this(CONNECT_TIMEOUT, READ_TIMEOUT, CALL_TIMEOUT);
    }

    public SharedHttp(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
        this.executor = Executors.newCachedThreadPool(daemonThreads("switchboard-http"));
        Dispatcher dispatcher = new Dispatcher(executor);
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(16);
        this.okHttp = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
                .dispatcher(dispatcher)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .callTimeout(callTimeout)
                .followRedirects(true)
                .followSslRedirects(true)
                // OkHttp's own connection-level retry would hide failures from our bounded policy
                .retryOnConnectionFailure(false)
                .addNetworkInterceptor(new CredentialGuard())
                .build();
    }

    public OkHttpClient okHttp() {
        return okHttp;
    }

    /** Runs background HTTP work such as concurrent page fetches. */
    public ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        okHttp.dispatcher().cancelAll();
        executor.shutdownNow();
        okHttp.connectionPool().evictAll();
    }

    static ThreadFactory daemonThreads(String prefix) {
        ThreadFactory base = Executors.defaultThreadFactory();
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            var thread = base.newThread(runnable);
            thread.setName(prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
