package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionPatternsTest {
    @Test
    void authorizationHeadersAreMasked() {
        assertThat(Redaction.scrubPatterns("--> GET /der/v1/entities Authorization: Bearer eyJhbGciOi.J9x.abc"))
                .isEqualTo("--> GET /der/v1/entities Authorization: [redacted]")
                .doesNotContain("eyJ");
        assertThat(Redaction.scrubPatterns("authorization=Basic c3dpdGNoOnNlY3JldA=="))
                .isEqualTo("authorization=[redacted]");
    }

    @Test
    void bearerTokensAnywhereAreMasked() {
        assertThat(Redaction.scrubPatterns("retrying with Bearer abc.def-ghi_jkl= after 401"))
                .isEqualTo("retrying with Bearer [redacted] after 401");
    }

    @Test
    void formAndJsonSecretsAreMaskedButTheRestStaysReadable() {
        assertThat(Redaction.scrubPatterns("grant_type=client_credentials&client_id=sb&client_secret=s3cr3t&scope=esp"))
                .isEqualTo("grant_type=client_credentials&client_id=sb&client_secret=[redacted]&scope=esp");
        assertThat(Redaction.scrubPatterns("{\"access_token\":\"eyJraWQ\",\"expires_in\":3599}"))
                .isEqualTo("{\"access_token\":\"[redacted]\",\"expires_in\":3599}");
        assertThat(Redaction.scrubPatterns("X-API-Key: fynn_live_123"))
                .isEqualTo("X-API-Key: [redacted]");
    }

    @Test
    void ordinaryTextIsUntouched() {
        String line = "Switched CaptureChargeSessions on for entity 4f1c (Demo)";
        assertThat(Redaction.scrubPatterns(line)).isEqualTo(line);
    }
}
