package app.switchboard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SecretStore;
import app.switchboard.ops.ConnectionCheck.Outcome;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.testsupport.FakeServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConnectionTestTest {
    private static Sandbox sandbox;
    private static SharedHttp http;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults());
        http = new SharedHttp();
    }

    @AfterAll
    static void stop() {
        http.close();
        sandbox.close();
    }

    private static Environment sandboxEnvironment() {
        return new Environment("Local sandbox", "#2e7d32", RiskLevel.TEST, sandbox.derApiUrl(), sandbox.derTokenUrl(),
                sandbox.clientId(), "esp", sandbox.fynnUrl(), false);
    }

    private static SecretStore secrets(Environment env, String clientSecret, String key) {
        SecretStore secrets = new InMemorySecretStore();
        if (clientSecret != null) {
            secrets.put(env.derSecretKey(), clientSecret);
        }
        if (key != null) {
            secrets.put(env.fynnKeyKey(), key);
        }
        return secrets;
    }

    @Test
    void workingEnvironmentReportsEveryStepOk() {
        Environment env = sandboxEnvironment();
        ConnectionReport report = new ConnectionTest(http, secrets(env, sandbox.clientSecret(), sandbox.fynnApiKey())).run(env);

        assertThat(report.allOk()).isTrue();
        assertThat(report.checks()).extracting(ConnectionCheck::step)
                .containsExactly(ConnectionCheck.Step.DER_SIGN_IN, ConnectionCheck.Step.DER_ENTITIES, ConnectionCheck.Step.FYNN_KEY);
        assertThat(report.checks().get(0).words().english()).isEqualTo("Token OK");
        assertThat(report.checks().get(2).words().english()).startsWith("Key OK; ")
                .endsWith(sandbox.stats().subscriptions() + " subscriptions visible");
    }

    @Test
    void anApiUrlRefusedAsInsecureReportsTheSignInAsNotAttempted() {
        Environment env = new Environment("Plain http API", "#2e7d32", RiskLevel.TEST, "http://api.example.com/connect",
                sandbox.derTokenUrl(), sandbox.clientId(), "esp", sandbox.fynnUrl(), false);
        ConnectionReport report = new ConnectionTest(http, secrets(env, sandbox.clientSecret(), sandbox.fynnApiKey())).run(env);

        assertThat(report.checks()).extracting(ConnectionCheck::outcome)
                .containsExactly(Outcome.SKIPPED, Outcome.FAILED, Outcome.OK);
        assertThat(report.checks().get(0).words().english())
                .isEqualTo("Not attempted: the API call was stopped before it needed a token");
        assertThat(report.checks().get(1).words().english()).startsWith("Refused: credentials only travel over https");
        assertThat(report.allOk()).isFalse();
    }

    @Test
    void rejectedSecretAndKeyAreNamedAsSuch() {
        Environment env = sandboxEnvironment();
        ConnectionReport report = new ConnectionTest(http, secrets(env, "wrong-secret", "wrong-key")).run(env);

        assertThat(report.checks()).extracting(ConnectionCheck::outcome)
                .containsExactly(Outcome.FAILED, Outcome.SKIPPED, Outcome.FAILED);
        assertThat(report.checks().get(0).words().english()).startsWith("Client secret rejected");
        assertThat(report.checks().get(2).words().english()).startsWith("Key rejected");
    }

    @Test
    void missingSecretsAreReportedAsNotStored() {
        Environment env = sandboxEnvironment();
        ConnectionReport report = new ConnectionTest(http, new InMemorySecretStore()).run(env);

        assertThat(report.checks().get(0).words().english()).startsWith("No client secret stored");
        assertThat(report.checks().get(2).words().english()).startsWith("No API key stored");
    }

    @Test
    void hostThatDoesNotAnswerIsUnreachable() {
        FakeServer gone = new FakeServer();
        String base = gone.url("");
        gone.close();
        Environment env = new Environment("Gone", "#000", RiskLevel.TEST, base + "der", base + "token", "c", "esp",
                base + "fynn", false);

        ConnectionReport report = new ConnectionTest(http, secrets(env, "s", "k")).run(env);

        assertThat(report.checks().get(0).words().english()).startsWith("Host unreachable");
        assertThat(report.checks().get(2).words().english()).startsWith("Host unreachable");
    }

    @Test
    void httpsToAPlainServerIsATlsError() throws Exception {
        ExecutorService acceptor = Executors.newSingleThreadExecutor();
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            acceptor.submit(() -> answerEveryConnectionInPlainText(plain));
            String https = "https://localhost:" + plain.getLocalPort();
            Environment env = new Environment("TLS", "#000", RiskLevel.TEST, https + "/der", https + "/token", "c",
                    "esp", https + "/fynn", false);

            ConnectionReport report = new ConnectionTest(http, secrets(env, "secret-1", "key-1")).run(env);

            assertThat(report.checks().get(0).words().english()).startsWith("TLS error talking to localhost:" + plain.getLocalPort());
            assertThat(report.checks().get(2).words().english()).startsWith("TLS error");
            // #24: the setting to check follows, in the window's language too
            assertThat(report.checks().get(0).words().english())
                    .endsWith("No secure connection could be set up: check the URL in Settings and the proxy settings of the operating system.");
            assertThat(report.checks().get(0).words().in(java.util.Locale.GERMAN))
                    .contains("Bitte die URL in den Einstellungen und die Proxy-Einstellungen des Betriebssystems prüfen.");
        } finally {
            acceptor.shutdownNow();
        }
    }

    /** A server that speaks plain HTTP to whoever connects, as a misconfigured https URL meets. */
    private static void answerEveryConnectionInPlainText(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Test
    void wrongPathIsReportedAsNothingFound() {
        Environment env = new Environment("Wrong path", "#000", RiskLevel.TEST, sandbox.baseUrl() + "/nothing-here",
                sandbox.derTokenUrl(), sandbox.clientId(), "esp", sandbox.baseUrl() + "/nope", false);

        ConnectionReport report = new ConnectionTest(http, secrets(env, sandbox.clientSecret(), sandbox.fynnApiKey())).run(env);

        assertThat(report.checks().get(0).outcome()).isEqualTo(Outcome.OK);
        assertThat(report.checks().get(1).words().english()).startsWith("Nothing found at /nothing-here/v1/entities");
        assertThat(report.checks().get(2).words().english()).startsWith("Nothing found at /nope/subscriptions");
    }
}
