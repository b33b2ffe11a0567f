package app.switchboard.bench;

import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Watches the JavaFX pulses while something runs: an animation timer keeps the pulses coming
 * (60 per second when the FX thread is free) and records the longest gap between two of them.
 */
final class PulseGaps {
    private final Timer timer = new Timer();

    void start() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.runLater(() -> {
            timer.start();
            started.complete(null);
        });
        started.get();
    }

    /** Stops watching and returns the longest gap in ms. */
    double stop() throws Exception {
        CompletableFuture<Double> longest = new CompletableFuture<>();
        Platform.runLater(() -> {
            timer.stop();
            longest.complete(timer.longestNanos / 1e6);
        });
        return longest.get();
    }

    private static final class Timer extends AnimationTimer {
        private long last;
        private long longestNanos;

        @Override
        public void start() {
            last = 0;
            longestNanos = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            long wall = System.nanoTime();
            if (last != 0) {
                longestNanos = Math.max(longestNanos, wall - last);
            }
            last = wall;
        }
    }
}
