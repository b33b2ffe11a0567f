package app.switchboard.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Opt-in start-up measurement for the installers' benchmark, the AppCDS training run and the
 * performance harness. With {@code -Dswitchboard.startupProbe=true} the app prints {@code
 * first-frame-ms=<ms since JVM start>} once the first frame of the main window has been drawn, and
 * {@code first-frame-epoch-ms=<wall clock>} so that a script can add the time before the JVM started
 * (the launcher's own work), and {@code fx-thread-cpu-ms=<CPU time of the JavaFX thread>}, then exits. With {@code =entities} it waits instead for the frame that
 * shows the first page of entities (a row of the entities table holding an entity). Without the
 * property it does nothing.
 */
public final class StartupProbe {
    static final String PROPERTY = "switchboard.startupProbe";
    static final String ENTITIES = "entities";

    private StartupProbe() {
    }

    public static void install(Stage stage) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("true") && !mode.equals(ENTITIES)) {
            return;
        }
        boolean waitForEntities = mode.equals(ENTITIES);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> new FirstFrameTimer(stage, waitForEntities).start());
    }

    /**
     * A pulse renders after its animation timers run, so the tick after the one that sees the
     * awaited state is the first moment at which a pulse showing it has completed.
     */
    private static final class FirstFrameTimer extends AnimationTimer {
        private final Stage stage;
        private boolean waiting;
        private boolean seen;

        FirstFrameTimer(Stage stage, boolean waitForEntities) {
            this.stage = stage;
            this.waiting = waitForEntities;
        }

        @Override
        public void handle(long pulseNanos) {
            if (waiting) {
                // rows hold entities only once a layout pass has made their cells, and that pulse
                // drew them: this tick counts as the one that sees them drawn, as the first tick
                // does for the bare window's first frame
                waiting = !entitiesShown(stage.getScene());
                seen = !waiting;
                return;
            }
            if (!seen) {
                seen = true;
                return;
            }
            stop();
            long wallClock = System.currentTimeMillis();
            long sinceJvmStart = wallClock - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms=" + sinceJvmStart);
            System.out.println("first-frame-epoch-ms=" + wallClock);
            // this thread's own work up to here, which the load of the rest of the machine hardly changes
            System.out.println("fx-thread-cpu-ms=" + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
            System.out.flush();
            // System.exit rather than Platform.exit: background executors must not keep the probe alive
            System.exit(0);
        }

        private static boolean entitiesShown(Scene scene) {
            Node view = scene == null ? null : scene.lookup("#entitiesView");
            if (view == null) {
                return false;
            }
            for (Node row : view.lookupAll(".table-row-cell")) {
                if (row instanceof IndexedCell<?> cell && !cell.isEmpty() && cell.getItem() != null && cell.isVisible()) {
                    return true;
                }
            }
            return false;
        }
    }
}
