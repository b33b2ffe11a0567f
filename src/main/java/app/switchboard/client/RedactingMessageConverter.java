package app.switchboard.client;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback {@code %msg} that masks anything looking like a credential (bearer tokens, secret form
 * and JSON fields), as a safety net for log lines written by libraries or future code. Register it
 * in logback.xml:
 * {@code <conversionRule conversionWord="msg" converterClass="app.switchboard.client.RedactingMessageConverter"/>}
 */
public class RedactingMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Redaction.scrubPatterns(super.convert(event));
    }
}
