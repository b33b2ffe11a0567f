package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void credentialPatternsAreMasked() {
        assertThat(Redaction.scrubPatterns("Authorization: Bearer eyJ.abc.def sent"))
                .isEqualTo("Authorization: [redacted] sent");
        assertThat(Redaction.scrubPatterns("grant_type=client_credentials&client_secret=abc123&scope=esp"))
                .isEqualTo("grant_type=client_credentials&client_secret=[redacted]&scope=esp");
        assertThat(Redaction.scrubPatterns("{\"access_token\":\"xyz\",\"expires_in\":3600}"))
                .isEqualTo("{\"access_token\":\"[redacted]\",\"expires_in\":3600}");
    }

    @Test
    void knownSecretsAreMaskedWhereverTheyAppear() {
        assertThat(Redaction.scrub("key fynn-key-1234 is revoked", List.of("fynn-key-1234")))
                .isEqualTo("key [redacted] is revoked");
    }
}
