package app.switchboard.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A Logback pattern layout that passes every finished line, message and stack trace included,
 * through the process's redactor ({@link LogMasking}): the secret values it knows in every form,
 * then the credential patterns. Redacting the whole line rather than only the message also
 * covers secrets that hide in exception messages.
 */
public class RedactingPatternLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        String line = super.doLayout(event);
        return getContext() instanceof LoggerContext context ? LogMasking.of(context).mask(line)
                : app.switchboard.client.Redaction.scrubPatterns(line);
    }
}
