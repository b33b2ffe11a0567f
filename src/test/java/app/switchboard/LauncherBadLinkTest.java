package app.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code switchboard LINK} with a link pasted from a ticket that is none: the launcher says why,
 * and what the text carries (an escape sequence, a bidi override) cannot act on the terminal.
 */
class LauncherBadLinkTest {
    @Test
    void aBadLinkIsRefusedWithItsEscapesShownNotActedOn() {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Launcher.console("switchboard://open/demo/entity/\u001b]0;pwned\u0007\u202eabc");
        } finally {
            System.setErr(before);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(said).contains("switchboard://open/demo/entity/");
        assertThat(said).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
    }
}
