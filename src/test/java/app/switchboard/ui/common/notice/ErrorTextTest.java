package app.switchboard.ui.common.notice;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ui.common.fx.Messages;
import java.net.ConnectException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorTextTest {
    private static final Messages ENGLISH = Messages.load(Locale.ENGLISH);

    @Test
    void theReasonIsTheMessageNotTheExceptionClass() {
        assertThat(ErrorText.reason(new IllegalStateException("Fynn answered 422: value must be positive"), ENGLISH))
                .isEqualTo("Fynn answered 422: value must be positive");
    }

    @Test
    void wrappersAreSeenThrough() {
        Throwable wrapped = new ExecutionException(new ConnectException("Connection refused"));
        assertThat(ErrorText.reason(wrapped, ENGLISH)).isEqualTo("The server refused the connection or could not be reached.");
    }

    @Test
    void aFaultWithoutMessageIsCalledAFaultInSwitchboard() {
        assertThat(ErrorText.reason(new NullPointerException(), ENGLISH))
                .contains("NullPointerException").contains("fault in Switchboard");
    }

    @Test
    void secretsInMessagesAndDetailsAreMasked() {
        Throwable error = new IllegalStateException("sent Authorization: Bearer abc.def");
        assertThat(ErrorText.reason(error, ENGLISH)).doesNotContain("abc.def");
        assertThat(ErrorText.details(error)).doesNotContain("abc.def").contains("\tat ");
    }

    @Test
    void theErrorDialogMasksKnownSecretsThatNoPatternRecognises() {
        app.switchboard.client.KnownSecrets known = app.switchboard.client.KnownSecrets.of(java.util.List.of("open sesame {42}!"));
        ErrorDialogs dialogs = new ErrorDialogs(java.nio.file.Path.of("logs"), ENGLISH, known);
        Throwable error = new IllegalStateException("login failed for Bearer open sesame {42}! and \"open sesame {42}!\"",
                new java.io.IOException("echo: open%20sesame%20%7B42%7D%21"));

        assertThat(dialogs.reason(error)).doesNotContain("sesame");
        assertThat(dialogs.details(error)).doesNotContain("sesame").contains("[redacted]", "\tat ");
    }
}
