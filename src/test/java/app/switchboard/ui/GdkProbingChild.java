package app.switchboard.ui;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Run by {@link GdkProbingTest} in a JVM of its own. {@code env}: turns the probing off and prints
 * the C library's {@code GDK_GL}. {@code window [plain]}: turns it off (unless {@code plain}), shows
 * a JavaFX window through GTK and prints the GL libraries mapped into the process.
 */
public final class GdkProbingChild {
    private GdkProbingChild() {
    }

    public static void main(String[] args) {
        boolean plain = args.length > 1 && args[1].equals("plain");
        if (!plain) {
            GdkProbing.turnOff();
        }
        if (args[0].equals("env")) {
            System.out.println("GDK_GL=" + LibC.getenv(GdkProbing.VARIABLE));
            return;
        }
        Application.launch(Shown.class);
    }

    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("probing"), 200, 100));
            stage.setOnShown(e -> Platform.runLater(() -> {
                try {
                    Files.readAllLines(Path.of("/proc/self/maps")).stream()
                            .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                            .filter(library -> library.contains("libGL") || library.contains("libLLVM") || library.contains("_dri"))
                            .distinct().forEach(library -> System.out.println("mapped=" + library));
                } catch (IOException failure) {
                    System.out.println("maps unreadable: " + failure);
                }
                System.out.println("shown");
                Platform.exit();
            }));
            stage.show();
        }
    }

    private static final class LibC {
        static {
            Native.register(NativeLibrary.getInstance("c"));
        }

        private LibC() {
        }

        static native String getenv(String name);
    }
}
