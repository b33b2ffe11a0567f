package app.switchboard.connect;

import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.SecretStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.EnvironmentUnavailableException;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.text.Words;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Connects the console to an environment through the shared HTTP client. The Demo environment
 * first starts the built-in sandbox on loopback and stores the credentials it generated for this
 * session only; a real environment reads its secrets from the secret store.
 * Lives at the composition level because it is the one place that knows both the sandbox and the
 * API clients.
 */
public final class ApiConnector implements EnvironmentConnector {
    private final SharedHttp http;
    private final SecretStore secrets;
    private final Supplier<SandboxConfig> sandboxConfig;

    public ApiConnector(SharedHttp http, SecretStore secrets, Supplier<SandboxConfig> sandboxConfig) {
        this.http = Objects.requireNonNull(http, "http");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.sandboxConfig = Objects.requireNonNull(sandboxConfig, "sandboxConfig");
    }

    @Override
    public Connection connect(Environment environment) throws EnvironmentUnavailableException {
        if (environment.isDemo()) {
            return connectDemo();
        }
        if (environment.derApiUrl() == null || environment.fynnUrl() == null) {
            throw new EnvironmentUnavailableException(Words.of("app.connect.noUrls", environment.name()));
        }
        return new Connection(environment, HttpDerConnectApi.forEnvironment(environment, secrets, http),
                HttpFynnApi.forEnvironment(environment, secrets, http), null);
    }

    private Connection connectDemo() throws EnvironmentUnavailableException {
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(sandboxConfig.get());
        } catch (RuntimeException e) {
            throw new EnvironmentUnavailableException(Words.of("app.connect.sandboxFailed", Words.verbatim(e.getMessage())));
        }
        Environment demo = DemoEnvironment.at(sandbox.baseUrl(), sandbox.clientId());
        // generated for this session: masked from the start, whichever store keeps them
        http.tuning().secrets().remember(sandbox.clientSecret());
        http.tuning().secrets().remember(sandbox.fynnApiKey());
        secrets.put(demo.derSecretKey(), sandbox.clientSecret());
        secrets.put(demo.fynnKeyKey(), sandbox.fynnApiKey());
        // the sandbox speaks plain http on loopback: its client does without the trust store
        return new Connection(demo,
                HttpDerConnectApi.forEnvironment(demo, secrets, http.loopbackOkHttp(), http.tuning()),
                HttpFynnApi.forEnvironment(demo, secrets, http.loopbackOkHttp(), http.executor(), http.tuning()),
                sandbox);
    }

    /** An open connection; for Demo it owns the running sandbox and stops it on close. */
    public static final class Connection implements EnvironmentConnection {
        private final Environment environment;
        private final DerConnectApi der;
        private final FynnApi fynn;
        private final Sandbox sandbox;

        Connection(Environment environment, DerConnectApi der, FynnApi fynn, Sandbox sandbox) {
            this.environment = environment;
            this.der = der;
            this.fynn = fynn;
            this.sandbox = sandbox;
        }

        @Override
        public Environment environment() {
            return environment;
        }

        @Override
        public DerConnectApi der() {
            return der;
        }

        @Override
        public FynnApi fynn() {
            return fynn;
        }

        /** The running sandbox behind the Demo environment, for its fault-injection panel. */
        public Optional<Sandbox> sandbox() {
            return Optional.ofNullable(sandbox);
        }

        @Override
        public void close() {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
