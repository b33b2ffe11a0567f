package app.switchboard.resilience.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.paths.AppPaths;
import app.switchboard.audit.ActivityCsv;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.cli.CliEntry;
import app.switchboard.client.ApiException;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SecretStore;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.logging.LogMasking;
import app.switchboard.resilience.Figures;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.LogCapture;
import app.switchboard.testsupport.TestEnvironments;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.fx.Messages;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets with the characters that used to defeat masking ({@code ! ; , & ' "}, spaces, braces,
 * non-ASCII), used against a server that echoes them back, raw, URL-encoded and JSON-escaped, in
 * error bodies and in 200 answers that cannot be parsed. Then everything the session left behind
 * (standard output and error, the log, the activity log, exports, error details) is searched for
 * any part of them: each secret starts and ends with a random marker, so a masked start with a
 * surviving tail is found as surely as a whole value.
 */
class EchoedSecretsTest {
    private static final Path TEST_LOG = Path.of("target", "test-logs", "switchboard-tests.log");
    private static final String AWKWARD = "!;,&'\" {braces} ";
    /** Only where the protocol allows it: a header (the Fynn key, the token) carries printable ASCII only. */
    private static final String NON_ASCII = "Schlüssel-€ ";

    private final List<String> markers = new ArrayList<>();
    private final String derSecret = secret(NON_ASCII);
    private final String fynnKey = secret("");
    private final String accessToken = secret("");
    private final AtomicInteger echoes = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    @TempDir
    Path home;

    @Test
    void awkwardSecretsThatAServerEchoesInAnyEncodingAreFoundNowhere() throws Exception {
        List<String> seen = new ArrayList<>();
        Map<String, String> variables = Map.of("SB_PASS", "echo passphrase",
                "SB_DER", derSecret, "SB_FYNN", fynnKey);
        try (FakeServer server = new FakeServer(); LogCapture logs = new LogCapture()) {
            server.answer(this::hostile);
            Environment env = new Environment("Echo", "#2e7d32", RiskLevel.TEST, server.url("/der"),
                    server.url(TestEnvironments.TOKEN_PATH), "client-1", "esp", server.url("/fynn"), false);

            List<String> printed = new ArrayList<>(CliEntry.addAndTest(home, env, derSecret, fynnKey, variables.get("SB_PASS")));
            for (String[] command : List.of(
                    new String[] {"entities", "list"},
                    new String[] {"entities", "feature", "E1", "CaptureChargeSessions", "on", "--yes", "--reason", "raw"},
                    new String[] {"entities", "feature", "E1", "CaptureChargeSessions", "on", "--yes", "--reason", "url"},
                    new String[] {"entities", "feature", "E1", "CaptureChargeSessions", "on", "--yes", "--reason", "json"},
                    new String[] {"subscriptions", "list"},
                    new String[] {"subscriptions", "show", "S1"},
                    new String[] {"activity", "--format", "csv"},
                    new String[] {"activity", "--format", "json"})) {
                List<String> all = new ArrayList<>(List.of(command));
                all.addAll(List.of("--env", "Echo", "--passphrase-env", "SB_PASS"));
                printed.addAll(CliEntry.run(home, variables, all.toArray(String[]::new)));
            }
            assertThat(String.join("\n", printed)).as("the hostile entity name was printed, escaped")
                    .contains("Fleet\\x1b]0;owned\\x07 car").doesNotContain("\u001b", "\u0007", "\u009b");
            seen.addAll(printed);
            seen.addAll(inProcess(env));
            AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
            Path export = paths.data().resolve("exports").resolve("activity.csv");
            Files.createDirectories(export.getParent());
            long exported = ActivityCsv.export(ActivityLog.in(paths), ActivityQuery.all(), export);
            assertThat(exported).as("the failed changes are in the activity log").isGreaterThanOrEqualTo(3);
            seen.add(logs.text());
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(home)) {
            files = new ArrayList<>(all.filter(Files::isRegularFile).toList());
        }
        files.add(TEST_LOG);
        for (Path file : files) {
            seen.add(Files.readString(file, StandardCharsets.UTF_8));
        }

        List<String> leaks = new ArrayList<>();
        for (String text : seen) {
            for (String secret : List.of(derSecret, fynnKey, accessToken)) {
                for (String form : List.of(secret.substring(0, 12), secret.substring(secret.length() - 12), base64(secret))) {
                    if (text.contains(form)) {
                        int at = text.indexOf(form);
                        leaks.add(text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)));
                    }
                }
            }
        }
        new Figures("credential-hygiene-echoes")
                .put("secrets looked for", 3)
                .put("echoing answers served", echoes.get())
                .put("texts and files scanned", seen.size())
                .put("leaks", leaks.size())
                .publish();
        assertThat(echoes.get()).as("the server really echoed the secrets").isGreaterThanOrEqualTo(8);
        assertThat(String.join("\n", seen)).contains("[redacted]");
        assertThat(leaks).isEmpty();
    }

    /** The same failures met by the app's own calls, as the error dialog would show their reason and details. */
    private List<String> inProcess(Environment env) {
        List<String> texts = new ArrayList<>();
        Messages messages = Messages.load(Locale.ENGLISH);
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(env.derSecretKey(), derSecret);
        secrets.put(env.fynnKeyKey(), fynnKey);
        try (SharedHttp http = new SharedHttp(LogMasking.processSecrets())) {
            List<Runnable> calls = List.of(
                    () -> HttpFynnApi.forEnvironment(env, secrets, http).subscriptions(SubscriptionQuery.all(), 1, 25),
                    () -> HttpFynnApi.forEnvironment(env, secrets, http).subscription("S1"),
                    () -> HttpDerConnectApi.forEnvironment(env, secrets, http).entitiesPage(null, 25),
                    () -> HttpDerConnectApi.forEnvironment(env, secrets, http).setFeature("E1", "CaptureChargeSessions", true));
            for (Runnable call : calls) {
                try {
                    call.run();
                    texts.add("no failure");
                } catch (ApiException e) {
                    texts.add(ErrorText.reason(e, messages));
                    texts.add(ErrorText.details(e));
                }
            }
        }
        return texts;
    }

    private MockResponse hostile(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String method = request.getMethod();
        String authorization = String.valueOf(request.getHeaders().get("Authorization"));
        if (path.equals(TestEnvironments.TOKEN_PATH)) {
            return FakeServer.json(200, "{\"access_token\":" + jsonString(accessToken) + ",\"token_type\":\"Bearer\","
                    + "\"expires_in\":3600}");
        }
        if (path.equals("/der/v1/entities/E1")) {
            // a name that would retitle the window and clear the screen if printed raw
            return FakeServer.json(200, TestEnvironments.entity("E1").replace("\"Fleet car\"",
                    "\"Fleet\\u001b]0;owned\\u0007 car\\u001b[2J\\u009b1m\""));
        }
        if (path.equals("/der/v1/entities/E1/features") && method.equals("GET")) {
            return FakeServer.json(200, "[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":false}]");
        }
        echoes.incrementAndGet();
        if (path.startsWith("/der/v1/entities") && method.equals("GET")) {
            return FakeServer.text(200, "text/plain", accessToken + " " + derSecret);
        }
        if (path.startsWith("/der")) {
            List<Function<String, String>> encodings = List.of(s -> s, EchoedSecretsTest::urlEncoded,
                    EchoedSecretsTest::jsonString);
            Function<String, String> encode = encodings.get(writes.getAndIncrement() % encodings.size());
            return FakeServer.text(500, "text/plain", "failed for " + encode.apply(authorization) + " client_secret="
                    + encode.apply(derSecret) + " and token " + encode.apply(accessToken));
        }
        if (path.equals("/fynn/subscriptions/S1")) {
            return FakeServer.text(200, "text/plain", fynnKey);
        }
        return FakeServer.json(401, "{\"detail\":\"the key " + jsonEscaped(fynnKey) + " was revoked; you sent "
                + jsonEscaped(authorization) + "?key=" + urlEncoded(fynnKey) + "\"}");
    }

    private String secret(String more) {
        String first = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        String last = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        markers.add(first);
        return first + AWKWARD + more + last;
    }

    private static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String jsonString(String text) {
        return "\"" + jsonEscaped(text) + "\"";
    }

    private static String jsonEscaped(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
