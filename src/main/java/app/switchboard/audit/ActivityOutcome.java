package app.switchboard.audit;

import app.switchboard.text.Words;
import java.util.Objects;

/**
 * @param kind       how the attempt ended
 * @param httpStatus the server's HTTP status, null when no call was answered
 * @param message    the server's own words, the cause of a failure, or why it was stopped; in
 *                   English, the record everyone can read (and the CSV's message)
 * @param words      the same message as words, for showing it in the window's language; null in
 *                   entries written before they were recorded, and when the message is the server's
 */
public record ActivityOutcome(OutcomeKind kind, Integer httpStatus, String message, Words words) {
    public ActivityOutcome {
        Objects.requireNonNull(kind, "kind");
    }

    public ActivityOutcome(OutcomeKind kind, Integer httpStatus, String message) {
        this(kind, httpStatus, message, null);
    }

    /** The message to show in any language: its words when recorded, else the recorded text. */
    public Words text() {
        return words != null ? words : Words.verbatim(message);
    }
}
