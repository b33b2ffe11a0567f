package app.switchboard.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a thread of its own, the classes a start of the console loads before its first page of
 * entities is drawn, in the order a recorded start loaded them ({@value #LIST}, written by
 * {@code jpackage/record-startup-classes.sh}). About 6,000 classes come from jars there, each read,
 * parsed and verified when first used, most of them on the JavaFX thread while it builds the
 * window; loaded ahead on another core, the JavaFX thread finds them ready.
 *
 * <p>Classes are loaded, never initialised: no static initialiser runs earlier or on another
 * thread than it would anyway. A name the list has and the class path does not (the list is older
 * than the code) is passed over; so is the whole list when it is missing. With
 * {@code -Dswitchboard.preload=false} nothing is loaded ahead (to measure the difference).
 */
public final class StartupClasses {
    static final String LIST = "startup-classes.txt";
    static final String PROPERTY = "switchboard.preload";

    private StartupClasses() {
    }

    /** Starts loading the listed classes on a daemon thread, unless turned off; returns at once. */
    public static void preloadInBackground() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        ClassLoader loader = StartupClasses.class.getClassLoader();
        Thread thread = new Thread(() -> {
            try (InputStream list = StartupClasses.class.getResourceAsStream(LIST)) {
                if (list != null) {
                    preload(list, loader);
                }
            } catch (IOException | UncheckedIOException e) {
                // a start without classes loaded ahead is only slower
            }
        }, "switchboard-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Loads, without initialising, each class named in {@code list} (one binary name a line; blank
     * lines and lines starting with {@code #} are not names); returns how many it loaded.
     */
    static int preload(InputStream list, ClassLoader loader) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
        int loaded = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError notThere) {
                // older list than code, or a class of another platform's toolkit: loaded when needed, if ever
            }
        }
        return loaded;
    }
}
