package app.switchboard.ops;

import app.switchboard.text.Words;
import java.util.Objects;

/**
 * One line of a connection test, e.g. "DER Connect sign-in — Token OK".
 *
 * @param step    what was tried
 * @param outcome how it went
 * @param words   the result, e.g. "Client secret rejected: invalid_client" (the server's part verbatim)
 */
public record ConnectionCheck(Step step, Outcome outcome, Words words) {

    public enum Outcome {
        OK, FAILED, SKIPPED
    }

    /** The steps of a connection test, in the order they run. */
    public enum Step {
        DER_SIGN_IN("ops.test.step.derSignIn"),
        DER_ENTITIES("ops.test.step.derEntities"),
        /** The inferred reads (entity list, one entity, its features): which this server offers. */
        DER_READS("ops.test.step.derReads"),
        FYNN_KEY("ops.test.step.fynnKey");

        private final String key;

        Step(String key) {
            this.key = key;
        }

        public Words words() {
            return Words.of(key);
        }
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
        return step.words().english() + ": " + words.english();
    }
}
