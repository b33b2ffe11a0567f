package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void credentialPatternsAreMasked() {
        assertThat(Redaction.scrubPatterns("Authorization: Bearer eyJ.abc.def sent"))
                .isEqualTo("Authorization: Bearer [redacted] sent");
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

    @Test
    void logLinesPassThroughTheRedactingConverter() {
        RedactingMessageConverter converter = new RedactingMessageConverter();
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("test"), Level.INFO,
                "calling with {}", null, new Object[] {"Bearer secret-token-77"});
        assertThat(converter.convert(event)).isEqualTo("calling with Bearer [redacted]");
    }
}
