package app.switchboard.endtoend;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.TestEnvironments.CLIENT_SECRET;
import static app.switchboard.testsupport.TestEnvironments.FYNN_KEY;
import static app.switchboard.testsupport.TestEnvironments.TOKEN_PATH;
import static app.switchboard.testsupport.TestEnvironments.token;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.ApiException;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.RetryPolicy;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.EncryptedFileSecretStore;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.credentials.PassphrasePrompt;
import app.switchboard.credentials.SecretStore;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.ops.ConnectionReport;
import app.switchboard.ops.ConnectionTest;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.LogCapture;
import app.switchboard.testsupport.TestEnvironments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile server echoes every credential back in its error bodies. None of them may reach a log
 * line, a settings file or an exception the operator sees.
 */
class NoSecretLeaksTest {
    private static final String ACCESS_TOKEN = "eyJhbGciOi.tok-value-5521.sig";
    private static final String PASSPHRASE = "master passphrase 123";

    @TempDir
    Path home;

    @Test
    void credentialsNeverAppearInLogsFilesOrErrors() throws Exception {
        AtomicInteger tokenCalls = new AtomicInteger();
        List<String> seen = new ArrayList<>();
        try (LogCapture logs = new LogCapture(); FakeServer server = new FakeServer(); SharedHttp http = new SharedHttp()) {
            server.answer(r -> {
                String path = r.getUrl().encodedPath();
                if (path.equals(TOKEN_PATH)) {
                    return tokenCalls.incrementAndGet() == 1 ? json(200, token(ACCESS_TOKEN, 3600))
                            : json(401, "{\"error\":\"invalid_client\",\"error_description\":\"secret " + CLIENT_SECRET
                            + " is not valid\"}");
                }
                String auth = String.valueOf(r.getHeaders().get("Authorization"));
                if (path.startsWith("/der")) {
                    return json(401, "{\"errors\":[{\"message\":\"token " + auth.substring(7) + " expired; " + auth + "\"}]}");
                }
                return json(400, "{\"detail\":\"key " + FYNN_KEY + " has no access (" + auth + ")\"}");
            });
            Environment env = TestEnvironments.pointingAt(server);
            JsonEnvironmentStore environments = new JsonEnvironmentStore(home.resolve("config").resolve(JsonEnvironmentStore.FILE_NAME));
            environments.save(env);
            SecretStore secrets = new EncryptedFileSecretStore(home.resolve("data").resolve(EncryptedFileSecretStore.FILE_NAME),
                    fixedPassphrase(), 1_000);
            secrets.put(env.derSecretKey(), CLIENT_SECRET);
            secrets.put(env.fynnKeyKey(), FYNN_KEY);
            ApiTuning noRetry = ApiTuning.standard().withRetry(RetryPolicy.none());

            seen.addAll(describe(() -> HttpDerConnectApi.forEnvironment(env, secrets, http.okHttp(), noRetry).entity("e-1")));
            seen.addAll(describe(() -> HttpDerConnectApi.forEnvironment(env, secrets, http.okHttp(), noRetry).entity("e-1")));
            seen.addAll(describe(() -> HttpFynnApi.forEnvironment(env, secrets, http.okHttp(), http.executor(), noRetry).feature("f")));
            ConnectionReport report = new ConnectionTest(http, secrets).run(env);
            seen.add(report.summary());
            seen.add(env.toString());
            seen.add(secrets.toString());
            seen.add(logs.text());
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                seen.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }

        assertThat(seen).hasSizeGreaterThan(8);
        assertThat(String.join("\n", seen)).contains("[redacted]")
                .doesNotContain(CLIENT_SECRET).doesNotContain(FYNN_KEY).doesNotContain(ACCESS_TOKEN)
                .doesNotContain(PASSPHRASE);
        assertThat(tokenCalls).hasValueGreaterThan(1);
    }

    /** Everything the operator or a log could get from a failed call: messages and the full stack trace. */
    private static List<String> describe(Runnable call) {
        try {
            call.run();
            throw new AssertionError("expected the call to fail");
        } catch (ApiException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return List.of(e.getMessage(), e.userMessage(), e.toString(), trace.toString(), String.join("|", e.serverWords()));
        }
    }

    private static PassphrasePrompt fixedPassphrase() {
        return new PassphrasePrompt() {
            @Override
            public char[] existingPassphrase(String location, boolean previousWasWrong) {
                return PASSPHRASE.toCharArray();
            }

            @Override
            public char[] newPassphrase(String location) {
                return PASSPHRASE.toCharArray();
            }
        };
    }
}
