package app.switchboard.client;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.FakeServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.switchboard.logging.RedactingPatternLayout;
import app.switchboard.testsupport.FakeServer;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What an API failure carries (its words, its cause, its stack trace) holds no secret the caller knows. */
class ErrorTextHygieneTest {
    private static final String KEY = "sbx_live_K3y!tail;with,awkward&chars";

    private final SharedHttp http = new SharedHttp();
    private final FakeServer server = new FakeServer();

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    private ApiCaller caller(KnownSecrets known) {
        return ApiCaller.builder(http.okHttp(), "Fynn").baseUrl(server.url("/api")).masking(known)
                .retry(RetryPolicy.none()).bearer(new ApiKeyBearer("Fynn", () -> Optional.of(KEY))).build();
    }

    @Test
    void aSuccessBodyEchoingTheKeyLeavesItInNeitherTheErrorNorItsCauseNorTheLogLine() {
        server.answer(r -> text(200, "text/plain", KEY));
        KnownSecrets known = new KnownSecrets();

        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> caller(known).send(ApiRequest.get("things"), JsonNode.class));

        assertThat(failure.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).as("the stack trace a dialog's details and the log show")
                .doesNotContain("K3y").contains("[redacted]");
        assertThat(failure.getMessage()).doesNotContain("K3y");
        assertThat(logLine(failure)).doesNotContain("K3y");
    }

    @Test
    void theBodyIsMaskedBeforeItIsCutSoNoPartOfASecretCrossingTheCutSurvives() {
        String filler = "x".repeat(Failures.SNIPPET_LENGTH - 20);
        server.answer(r -> text(500, "text/plain", "failure " + filler + " " + KEY + " end"));

        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> caller(new KnownSecrets()).send(ApiRequest.get("things"), JsonNode.class));

        String words = String.join(" ", failure.serverWords());
        assertThat(words).doesNotContain("sbx_l").doesNotContain("K3y").contains("[redac");
    }

    @Test
    void anAccessTokenFromTheTokenEndpointIsMaskedWhenAPlainTextBodyRepeatsIt() {
        String token = "eyJhbGciOiJIUzI1NiJ9.token!part";
        server.answer(r -> r.getUrl().encodedPath().endsWith("/token")
                ? json(200, "{\"access_token\":\"" + token + "\",\"expires_in\":3600}")
                : text(500, "text/plain", "rejected " + token + " because it is old"));
        KnownSecrets known = new KnownSecrets();
        ApiCaller tokenEndpoint = ApiCaller.builder(http.okHttp(), "DER Connect sign-in").masking(known)
                .retry(RetryPolicy.none()).build();
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(tokenEndpoint, server.url("/token"), "client",
                "esp", () -> Optional.of("client secret!x"), java.time.Clock.systemUTC());
        ApiCaller api = ApiCaller.builder(http.okHttp(), "DER Connect").baseUrl(server.url("/api")).masking(known)
                .retry(RetryPolicy.none()).bearer(tokens).build();

        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> api.send(ApiRequest.get("things"), JsonNode.class));

        assertThat(failure.getMessage()).doesNotContain("part").contains("[redacted]");
        assertThat(known.mask("later: " + token)).isEqualTo("later: [redacted]");
        assertThat(known.mask("later: client secret!x")).isEqualTo("later: [redacted]");
    }

    @Test
    void aKeyAnHttpHeaderCannotCarryIsRefusedInWordsAndNeverSent() {
        ApiCaller caller = ApiCaller.builder(http.okHttp(), "Fynn").baseUrl(server.url("/api")).retry(RetryPolicy.none())
                .bearer(new ApiKeyBearer("Fynn", () -> Optional.of("Schlüssel-0123456789"))).build();

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> caller.send(ApiRequest.get("things"), JsonNode.class));

        assertThat(refused.kind()).isEqualTo(ApiErrorKind.UNAUTHORISED);
        assertThat(refused.userMessage()).contains("only printable ASCII").doesNotContain("Schlüssel");
        assertThat(server.requests()).isEmpty();
    }

    private static String logLine(Throwable failure) {
        LoggerContext context = new LoggerContext();
        RedactingPatternLayout layout = new RedactingPatternLayout();
        layout.setContext(context);
        layout.setPattern("%msg%n%ex");
        layout.start();
        Logger logger = context.getLogger("test");
        return layout.doLayout(new LoggingEvent(Logger.class.getName(), logger, Level.WARN, "call failed", failure, null));
    }
}
