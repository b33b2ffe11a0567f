package app.switchboard.ops;

import java.util.Objects;

/**
 * One line of a connection test, e.g. "DER Connect sign-in — Token OK".
 *
 * @param step    what was tried, in the operator's words
 * @param outcome how it went
 * @param words   the result in words, e.g. "Client secret rejected: invalid_client"
 */
public record ConnectionCheck(String step, Outcome outcome, String words) {

    public enum Outcome {
        OK, FAILED, SKIPPED
    }

    public ConnectionCheck {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(words, "words");
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    @Override
    public String toString() {
        return step + ": " + words;
    }
}
