package app.switchboard.ops;

import java.util.Map;

/**
 * Which inferred reads each environment offers, as the change engine and the views see it: they
 * ask before relying on one, and report what a later call showed (a 404 or 405 where a read was
 * thought available updates the record). Thread-safe.
 */
public interface OfferedReads {
    /** Nothing known, nothing recorded: every read is tried. For tests and the command line's one-shot runs. */
    OfferedReads NONE = new OfferedReads() {
        @Override
        public Availability of(String environment, InferredRead read) {
            return Availability.UNKNOWN;
        }

        @Override
        public void observed(String environment, InferredRead read, Availability availability) {
        }

        @Override
        public Map<InferredRead, Availability> all(String environment) {
            return Map.of();
        }
    };

    Availability of(String environment, InferredRead read);

    /** A probe or a real call showed this; UNKNOWN changes nothing. */
    void observed(String environment, InferredRead read, Availability availability);

    Map<InferredRead, Availability> all(String environment);
}
