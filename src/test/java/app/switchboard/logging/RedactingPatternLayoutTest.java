package app.switchboard.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class RedactingPatternLayoutTest {
    @Test
    void theWholeLineIncludingTheStackTraceIsRedacted() {
        LoggerContext context = new LoggerContext();
        RedactingPatternLayout layout = new RedactingPatternLayout();
        layout.setContext(context);
        layout.setPattern("%level %msg%n%ex");
        layout.start();
        Logger logger = context.getLogger("test");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "token request sent client_secret={}", new IllegalStateException("rejected Bearer abc123"),
                new Object[] {"hunter2"});

        String line = layout.doLayout(event);

        assertThat(line).startsWith("WARN token request sent client_secret=[redacted]")
                .contains("rejected Bearer [redacted]")
                .doesNotContain("hunter2").doesNotContain("abc123");
    }

    @Test
    void secretsTheProcessKnowsAreMaskedInEveryLineBeforeThePatternsRun() {
        LoggerContext context = new LoggerContext();
        LogMasking.of(context).remember("K3y!tail;more");
        LogMasking.of(context).remember("pass phrase {braced} ü");
        RedactingPatternLayout layout = new RedactingPatternLayout();
        layout.setContext(context);
        layout.setPattern("%msg%n%ex");
        layout.start();
        Logger logger = context.getLogger("test");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "Unrecognized token 'K3y!tail;more' and Bearer K3y!tail;more", new IllegalStateException(
                "{\"detail\":\"pass phrase {braced} \\u00fc\"}"), null);

        String line = layout.doLayout(event);

        assertThat(line).doesNotContain("K3y", "tail;", "braced").contains("Unrecognized token '[redacted]'");
    }
}
