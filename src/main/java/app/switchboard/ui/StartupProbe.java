package app.switchboard.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Opt-in start-up measurement for the installers' benchmark and the AppCDS training run: with
 * {@code -Dswitchboard.startupProbe=true} the app prints {@code first-frame-ms=<ms since JVM
 * start>} once the first frame of the main window has been drawn, and {@code
 * first-frame-epoch-ms=<wall clock>} so that a script can add the time before the JVM started
 * (the launcher's own work), then exits. Without the property it does nothing.
 */
public final class StartupProbe {
    static final String PROPERTY = "switchboard.startupProbe";

    private StartupProbe() {
    }

    public static void install(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> new FirstFrameTimer().start());
    }

    /**
     * A pulse renders after its animation timers run, so the second timer tick is the first
     * moment at which the pulse that drew the shown window has completed.
     */
    private static final class FirstFrameTimer extends AnimationTimer {
        private int ticks;

        @Override
        public void handle(long pulseNanos) {
            if (++ticks < 2) {
                return;
            }
            stop();
            long wallClock = System.currentTimeMillis();
            long sinceJvmStart = wallClock - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms=" + sinceJvmStart);
            System.out.println("first-frame-epoch-ms=" + wallClock);
            System.out.flush();
            // System.exit rather than Platform.exit: background executors must not keep the probe alive
            System.exit(0);
        }
    }
}
