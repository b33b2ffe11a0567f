package app.switchboard.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRedactorTest {
    @Test
    void authorizationHeadersAreMasked() {
        assertThat(SecretRedactor.redact("--> GET /der/v1/entities Authorization: Bearer eyJhbGciOi.J9x.abc"))
                .isEqualTo("--> GET /der/v1/entities Authorization: [REDACTED]")
                .doesNotContain("eyJ");
        assertThat(SecretRedactor.redact("authorization=Basic c3dpdGNoOnNlY3JldA=="))
                .isEqualTo("authorization=[REDACTED]");
    }

    @Test
    void bearerTokensAnywhereAreMasked() {
        assertThat(SecretRedactor.redact("retrying with Bearer abc.def-ghi_jkl= after 401"))
                .isEqualTo("retrying with Bearer [REDACTED] after 401");
    }

    @Test
    void formAndJsonSecretsAreMaskedButTheRestStaysReadable() {
        assertThat(SecretRedactor.redact("grant_type=client_credentials&client_id=sb&client_secret=s3cr3t&scope=esp"))
                .isEqualTo("grant_type=client_credentials&client_id=sb&client_secret=[REDACTED]&scope=esp");
        assertThat(SecretRedactor.redact("{\"access_token\":\"eyJraWQ\",\"expires_in\":3599}"))
                .isEqualTo("{\"access_token\":\"[REDACTED]\",\"expires_in\":3599}");
        assertThat(SecretRedactor.redact("X-API-Key: fynn_live_123"))
                .isEqualTo("X-API-Key: [REDACTED]");
    }

    @Test
    void ordinaryTextIsUntouched() {
        String line = "Switched CaptureChargeSessions on for entity 4f1c (Demo)";
        assertThat(SecretRedactor.redact(line)).isEqualTo(line);
    }
}
