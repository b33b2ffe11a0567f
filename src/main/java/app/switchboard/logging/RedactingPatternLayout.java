package app.switchboard.logging;

import app.switchboard.client.Redaction;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A Logback pattern layout that passes every finished line, message and stack trace included,
 * through {@link Redaction}. Redacting the whole line rather than only the message also
 * covers secrets that hide in exception messages.
 */
public class RedactingPatternLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return Redaction.scrubPatterns(super.doLayout(event));
    }
}
