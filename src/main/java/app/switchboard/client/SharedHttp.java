package app.switchboard.client;

import app.switchboard.network.TlsSetup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client of the application: a shared connection pool and dispatcher with explicit
 * timeouts, plus the executor that fetches pages concurrently. Built once by the composition root
 * and closed when the application exits.
 *
 * <p>Building a client that speaks TLS loads the platform's trust store (a few hundred classes
 * and every root certificate), which the embedded sandbox on loopback never needs. So the client
 * for real servers is built on first use, and the sandbox gets a plain-http sibling that shares
 * the same pool, dispatcher and guard: the Demo environment starts without the trust store, and
 * real environments keep OkHttp's default TLS unchanged.
 *
 * <p>Office networks: the client for real servers trusts the operating system's certificate store
 * beside the runtime's ({@link TlsSetup}), and finds its proxy through {@link java.net.ProxySelector#getDefault()},
 * which follows the system's proxy settings once {@code SystemProxies.honour()} has run.
 */
public final class SharedHttp implements AutoCloseable {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    /** OkHttp's default: modern TLS for https, plain for http. */
    private static final List<ConnectionSpec> TLS_OR_CLEARTEXT = List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);

    private final OkHttpClient loopback;
    private final Object okHttpLock = new Object();
    private volatile OkHttpClient okHttp;
    private final ExecutorService executor;
    private final KnownSecrets secrets;
    private final Supplier<TlsSetup> tlsSetup;
    private volatile TlsSetup tls;

    public SharedHttp() {
        this(new KnownSecrets());
    }

    /** @param secrets the process's redactor, told about every credential sent or obtained through this client */
    public SharedHttp(KnownSecrets secrets) {
        this(CONNECT_TIMEOUT, READ_TIMEOUT, CALL_TIMEOUT, secrets, TlsSetup::forThisComputer);
    }

    public SharedHttp(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
        this(connectTimeout, readTimeout, callTimeout, new KnownSecrets(), TlsSetup::forThisComputer);
    }

    /** @param tlsSetup the trust stores for real servers, built on first use (tests give their own) */
    public SharedHttp(Duration connectTimeout, Duration readTimeout, Duration callTimeout, Supplier<TlsSetup> tlsSetup) {
        this(connectTimeout, readTimeout, callTimeout, new KnownSecrets(), tlsSetup);
    }

    private SharedHttp(Duration connectTimeout, Duration readTimeout, Duration callTimeout, KnownSecrets secrets,
                       Supplier<TlsSetup> tlsSetup) {
        this.secrets = java.util.Objects.requireNonNull(secrets, "secrets");
        this.tlsSetup = tlsSetup;
        this.executor = Executors.newCachedThreadPool(daemonThreads("switchboard-http"));
        Dispatcher dispatcher = new Dispatcher(executor);
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(16);
        this.loopback = new OkHttpClient.Builder()
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
                .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                .build();
    }

    /** The client for any server, with TLS checked against the platform's trust store. */
    public OkHttpClient okHttp() {
        OkHttpClient client = okHttp;
        if (client == null) {
            synchronized (okHttpLock) {
                if (okHttp == null) {
                    TlsSetup setup = tlsSetup.get();
                    tls = setup;
                    okHttp = loopback.newBuilder().connectionSpecs(TLS_OR_CLEARTEXT)
                            .sslSocketFactory(setup.socketFactory(), setup.trustManager()).build();
                }
                client = okHttp;
            }
        }
        return client;
    }

    /** Standard API knobs with the process's redactor. */
    public ApiTuning tuning() {
        return ApiTuning.standard().withSecrets(secrets);
    }

    /** The trust stores the client for real servers checks against (sets that client up if it was not yet). */
    public TlsSetup tls() {
        okHttp();
        return tls;
    }

    /**
     * The client for the embedded sandbox, which serves plain http on this computer: it cannot
     * speak TLS at all, so it must not be used for any other server.
     */
    public OkHttpClient loopbackOkHttp() {
        return loopback;
    }

    /** Runs background HTTP work such as concurrent page fetches. */
    public ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        // both clients share this dispatcher and pool
        loopback.dispatcher().cancelAll();
        executor.shutdownNow();
        loopback.connectionPool().evictAll();
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
