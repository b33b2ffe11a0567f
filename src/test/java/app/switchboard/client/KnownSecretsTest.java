package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets with characters outside the patterns' set are masked whole, in every form a server may echo. */
class KnownSecretsTest {
    static final List<String> AWKWARD = List.of("k3y!tail;more", "s3cret,with&amp'quote\"", "pass phrase {braced}",
            "Schlüssel-ßäöü-€", "tab\there\\slash/x");

    @Test
    void aBearerTokenWithAnExclamationMarkIsMaskedWholeNotJustItsStart() {
        String secret = "abcDEF123!TAIL";
        KnownSecrets known = KnownSecrets.of(List.of(secret));

        assertThat(known.mask("Authorization: Bearer " + secret)).doesNotContain("TAIL").contains("[redacted]");
        assertThat(Redaction.scrub("rejected Bearer " + secret + " at 10:00", List.of(secret)))
                .isEqualTo("rejected Bearer [redacted] at 10:00");
        assertThat(Redaction.scrub("{\"api_key\":\"" + secret + "\"}", List.of(secret))).doesNotContain("TAIL");
    }

    @Test
    void everyFormOfAnAwkwardSecretIsMasked() {
        for (String secret : AWKWARD) {
            KnownSecrets known = KnownSecrets.of(List.of(secret));
            String json = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(secret));
            List<String> forms = List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8),
                    URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"), json,
                    Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
            for (String form : forms) {
                String said = known.mask("the server said: client_secret=" + form + " & password: " + form + "; bye");
                assertThat(said).as("%s as %s", secret, form).doesNotContain(form);
                assertThat(said).as("%s as %s", secret, form).doesNotContain(tailOf(secret));
            }
        }
    }

    @Test
    void nonAsciiIsMaskedAlsoWhenAServerEscapesItInJson() {
        String secret = "Schlüssel-ßäöü-€";
        KnownSecrets known = KnownSecrets.of(List.of(secret));

        assertThat(known.mask("{\"detail\":\"bad key Schl\\u00fcssel-\\u00df\\u00e4\\u00f6\\u00fc-\\u20ac\"}"))
                .isEqualTo("{\"detail\":\"bad key [redacted]\"}");
        assertThat(known.mask("bad key Schl\\u00FCssel-\\u00DF\\u00E4\\u00F6\\u00FC-\\u20AC")).isEqualTo("bad key [redacted]");
        assertThat(known.mask("bad key Schl&uuml;ssel")).as("only what is known").isEqualTo("bad key Schl&uuml;ssel");
    }

    @Test
    void theBasicAuthFormOfAClientsIdAndSecretIsMasked() {
        KnownSecrets known = new KnownSecrets();
        known.rememberPair("switchboard-client", "p@ss word!");
        String basic = Base64.getEncoder().encodeToString("switchboard-client:p@ss word!".getBytes(StandardCharsets.UTF_8));

        assertThat(known.mask("echo: Basic " + basic)).doesNotContain(basic);
        assertThat(known.mask("token=" + basic + ".")).isEqualTo("token=[redacted].");
    }

    @Test
    void aLongerSecretIsNotCutByAShorterOneItContains() {
        KnownSecrets known = KnownSecrets.of(List.of("abcdef", "abcdef!ghijkl"));

        assertThat(known.mask("x abcdef!ghijkl y")).isEqualTo("x [redacted] y");
    }

    @Test
    void shortValuesAreMaskedOnlyWhereTheyStandAloneSoOrdinaryWordsSurvive() {
        KnownSecrets known = KnownSecrets.of(List.of("abc", "  ", ""));

        assertThat(known.mask("abcde is fine, so is xabc")).isEqualTo("abcde is fine, so is xabc");
        assertThat(known.mask("key abc refused")).isEqualTo("key [redacted] refused");
        assertThat(KnownSecrets.of(List.of("  ", "")).isEmpty()).isTrue();
    }

    private static String tailOf(String secret) {
        return secret.substring(secret.length() - 4);
    }

    @Test
    void theStartTheEndOrAMiddleOfAKeyEchoedByAServerIsMasked() {
        String secret = "sk_live_51HxQ2eZvKYlo2C0a9b8c7d6";
        KnownSecrets known = KnownSecrets.of(List.of(secret));

        assertThat(known.mask("Invalid API key provided: sk_live_51HxQ2e****************c7d6"))
                .isEqualTo("Invalid API key provided: [redacted]****************c7d6");
        assertThat(known.mask("key ending in ...o2C0a9b8c7d6 was revoked")).isEqualTo("key ending in ...[redacted] was revoked");
        assertThat(known.mask("near 'ZvKYlo2C0a9'")).isEqualTo("near '[redacted]'");
        assertThat(known.mask("cut: sk_live_51HxQ2eZvKYlo2C0a9b8c7")).isEqualTo("cut: [redacted]");
    }

    @Test
    void wordsASecretSharesWithASentenceStayReadable() {
        KnownSecrets known = KnownSecrets.of(List.of("der-client-secret-9f8e7d6c", "correct-horse-battery-staple"));

        String sentence = "Enter the client-secret of the client; the secret was rejected, correct-horse was not";
        assertThat(known.mask(sentence)).isEqualTo(sentence);
        assertThat(known.mask("a passphrase cut as correct-horse-batt")).isEqualTo("a passphrase cut as [redacted]");
    }
}
