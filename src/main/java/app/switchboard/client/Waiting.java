package app.switchboard.client;

import java.time.Duration;

/** Time as the retry logic sees it; tests substitute a clock that advances without sleeping. */
public interface Waiting {
    long nanoTime();

    /** Waits unless the scope is cancelled first; returns false when cancelled. */
    boolean pause(Duration duration, CallScope scope);

    Waiting REAL = new Waiting() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public boolean pause(Duration duration, CallScope scope) {
            return scope.pause(duration);
        }
    };
}
