package app.switchboard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sentences made below the interface are keys into one bundle, said in the reader's language. */
class WordsTest {
    private static final Path MAIN = Path.of("src/main/java/app/switchboard");
    private static final Path BUNDLE = Path.of("src/main/resources/app/switchboard/text/words.properties");
    /** The classes whose texts reach the window; none of them may decide the language itself. */
    private static final List<String> MAPPED = List.of("ops/ConnectionTest.java", "ops/ConnectionCheck.java",
            "ops/ConnectionReport.java", "credentials/EnvironmentCheck.java", "ops/ChangeEngine.java",
            "ops/ChangeOutcome.java", "ops/StaleWrite.java", "ops/GatewayCall.java", "ops/BulkChanges.java",
            "ops/BulkItemResult.java", "ops/BulkResult.java", "ops/FynnEntitlementGateway.java",
            "ops/ActivityRecorder.java", "ops/ApiFailures.java", "ops/ReadOnlyApis.java", "ops/SwitchFailure.java",
            "ops/EnvironmentUnavailableException.java", "ops/NotConnectedException.java", "connect/ApiConnector.java",
            "AppContext.java", "ops/ChangeTarget.java", "ops/UndoStack.java", "credentials/InMemorySecretStore.java",
            "credentials/EncryptedFileSecretStore.java");
    /** A string literal holding at least two words: a sentence, or part of one. */
    private static final Pattern SENTENCE = Pattern.compile("\"([^\"\\\\]*[A-Za-z]{2,} +[A-Za-z]{2,}[^\"\\\\]*)\"");
    private static final Pattern KEY = Pattern.compile("\"((?:ops|credentials|app)\\.[A-Za-z.]+[A-Za-z])\"");

    @Test
    void theSameWordsReadInTheReadersLanguageWithTheServersPartUntouched() {
        Words refused = Words.of("ops.test.serverSaid", Words.of("ops.test.keyRejected"),
                Words.verbatim("Invalid API key"));

        assertThat(refused.english()).isEqualTo("Key rejected: Invalid API key");
        assertThat(refused.in(Locale.GERMAN)).isEqualTo("Schlüssel abgelehnt: Invalid API key");
        assertThat(refused.toString()).isEqualTo(refused.english());
    }

    @Test
    void numbersAreWrittenTheWayTheLanguageWritesThem() {
        Words visible = Words.of("ops.test.keyOk", 12345);

        assertThat(visible.english()).isEqualTo("Key OK; 12,345 subscriptions visible");
        assertThat(visible.in(Locale.GERMAN)).isEqualTo("Schlüssel in Ordnung; 12.345 Abonnements sichtbar");
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
        Properties english = load(BUNDLE);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY.matcher(Files.readString(file));
                while (keys.find()) {
                    if (!keys.group(1).startsWith("app.switchboard") && !english.containsKey(keys.group(1))) {
                        missing.add(MAIN.relativize(file) + ": " + keys.group(1));
                    }
                }
            }
        }
        for (String api : List.of("der", "fynn")) {
            for (String state : List.of("on", "off")) {
                assertThat(english).containsKey("ops.state." + api + "." + state);
            }
        }
        for (app.switchboard.client.ApiErrorKind kind : app.switchboard.client.ApiErrorKind.values()) {
            assertThat(english).containsKey("client.kind." + kind.name());
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void anApiFailureSaysWhatHappenedAndWhatToDoInGermanWithTheServersWordsAsSent() {
        var refused = new app.switchboard.client.ApiException(app.switchboard.client.ApiErrorKind.UNAUTHORISED, "Fynn", 401,
                List.of("Invalid API key"), "GET", "/fynn/subscriptions", "fynn.example.com", "req-7", null, null);

        assertThat(refused.words().in(Locale.GERMAN)).isEqualTo("Fynn hat die Zugangsdaten nicht akzeptiert (HTTP 401): "
                + "Invalid API key. Bitte den Fynn-API-Schlüssel in den Einstellungen prüfen; er ist vielleicht abgelaufen "
                + "oder widerrufen. [GET /fynn/subscriptions, Anfrage-ID req-7]");
        assertThat(refused.getMessage()).isEqualTo("Fynn did not accept the credentials (HTTP 401): Invalid API key. "
                + "Check the Fynn API key in Settings; it may have expired or been revoked. "
                + "[GET /fynn/subscriptions, request id req-7]");
    }

    @Test
    void theSignInServiceAndWhereTheSecretsLiveAreNamedInGerman() {
        var rejected = new app.switchboard.client.ApiException(app.switchboard.client.ApiErrorKind.UNAUTHORISED,
                "DER Connect sign-in", 401, List.of(), "POST", "/token", null, null, null, null);

        assertThat(rejected.words().in(Locale.GERMAN)).startsWith("DER Connect-Anmeldung hat die Zugangsdaten nicht akzeptiert (HTTP 401)");
        assertThat(rejected.getMessage()).startsWith("DER Connect sign-in did not accept the credentials (HTTP 401)");
        var memory = new app.switchboard.credentials.InMemorySecretStore();
        assertThat(memory.where().in(Locale.GERMAN)).isEqualTo("Nur im Arbeitsspeicher (wird beim Schließen von Switchboard vergessen)");
        assertThat(memory.description()).isEqualTo("Memory only (forgotten when Switchboard closes)");
    }

    @Test
    void noClassWhoseTextsReachTheWindowWritesEnglishSentencesItself() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String name : MAPPED) {
            List<String> lines = Files.readAllLines(MAIN.resolve(name), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String code = code(lines.get(i));
                // programmer errors and log lines are for developers, who read English
                if (code.contains("Exception(\"") || code.contains("LOG.")) {
                    continue;
                }
                Matcher literal = SENTENCE.matcher(code);
                while (literal.find()) {
                    sentences.add(name + ":" + (i + 1) + ": " + literal.group(1));
                }
            }
        }
        assertThat(sentences).isEmpty();
    }

    /** The line without its comment; a line inside a doc comment has no code. */
    private static String code(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
            return "";
        }
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
