package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets as operators actually paste them, and as servers echo them back, never survive masking. */
class AdversarialRedactionTest {
    @Test
    void aSecretPastedWithSurroundingWhitespaceIsMaskedWhenTheServerEchoesItTrimmed() {
        // OkHttp trims header values, so a key stored as " Fynn!key;42 \n" goes out, and comes back, without the blanks
        KnownSecrets known = KnownSecrets.of(List.of(" Fynn!key;42 \n"));

        String said = known.mask("unknown key 'Fynn!key;42' for this tenant");

        assertThat(said).doesNotContain("Fynn!key").doesNotContain("key;42").contains("[redacted]");
    }

    @Test
    void aShortSecretIsMaskedWhereItStandsAloneButOrdinaryWordsContainingItAreKept() {
        KnownSecrets known = KnownSecrets.of(List.of("x9!q"));

        assertThat(known.mask("key 'x9!q' is unknown")).isEqualTo("key '[redacted]' is unknown");
        assertThat(known.mask("{\"key\":\"x9!q\"}")).doesNotContain("x9!q");
    }

    @Test
    void loopbackLookAlikesAreNeverTreatedAsThisComputer() {
        for (String url : List.of("http://0x7f.1/", "http://2130706433/", "http://127.1/", "http://localhost./",
                "http://127.0.0.1.nip.io/", "http://[::127.0.0.1]/", "http://127.0.0.1%2eevil.com/",
                "http://evil.com\\@127.0.0.1/", "http://127.0.0.1:80@evil.com/")) {
            assertThat(LoopbackHosts.mayCarryCredentials(url)).as(url).isFalse();
        }
        for (String url : List.of("http://LOCALHOST:8080/", "http://[::1]/", "http://127.0.0.1/", "http://[::ffff:127.0.0.1]/")) {
            assertThat(LoopbackHosts.mayCarryCredentials(url)).as(url).isTrue();
        }
    }

    @Test
    void aSecretInAnHtmlPageIsMaskedWhicheverEntitiesTheServerEscapesQuotesWith() {
        KnownSecrets known = KnownSecrets.of(List.of("it's-\"my\"-key&more"));

        // Python's html.escape writes &#x27; and &quot;, other servers &#39; or &#34;
        for (String page : List.of("<p>it&#x27;s-&quot;my&quot;-key&amp;more is unknown</p>",
                "<p>it&#39;s-&#34;my&#34;-key&amp;more is unknown</p>", "<p>it&#039;s-&quot;my&quot;-key&amp;more</p>")) {
            assertThat(known.mask(page)).as(page).doesNotContain("my").doesNotContain("key&amp;more");
        }
    }
}
