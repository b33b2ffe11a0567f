package app.switchboard.bench;

import app.switchboard.ui.GdkProbing;
import app.switchboard.ui.SwitchboardApp;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The console as a user starts it (Demo environment, seed data), visiting every section with its
 * Ctrl+1..5 shortcut, a few seconds each so that each view loads its data; then prints its resident
 * set size ({@code rss-mb=}) and exits.
 */
public final class ConsoleTour {
    static final int SECTIONS = 5;
    static final Duration DWELL = Duration.seconds(Double.parseDouble(System.getProperty("bench.dwellSeconds", "4")));

    private ConsoleTour() {
    }

    public static void main(String[] args) {
        // as SwitchboardApp.launchConsole starts the console
        GdkProbing.turnOff();
        Application.launch(Tour.class, args);
    }

    public static final class Tour extends SwitchboardApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            Timeline visits = new Timeline();
            for (int section = 1; section <= SECTIONS; section++) {
                KeyCombination keys = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + section), KeyCombination.SHORTCUT_DOWN);
                visits.getKeyFrames().add(new KeyFrame(DWELL.multiply(section), e -> {
                    Runnable show = stage.getScene().getAccelerators().get(keys);
                    if (show != null) {
                        show.run();
                    }
                }));
            }
            visits.getKeyFrames().add(new KeyFrame(DWELL.multiply(SECTIONS + 1), e -> {
                System.out.printf(java.util.Locale.ROOT, "rss-mb=%.1f%n", Machine.residentMb());
                System.out.flush();
                System.exit(0);
            }));
            visits.play();
        }
    }
}
