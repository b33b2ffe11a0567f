package app.switchboard.ui;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * GTK 3 opens OpenGL when it opens the display, only to rank the X visuals by their GL features
 * (GDK's own GL contexts, which JavaFX never uses: its ES2 pipeline picks its visual through GLX
 * itself, and the software pipeline needs none). That loads the system's GL driver; with Mesa's
 * software driver (a display without a GPU, remote desktops, Xvfb) it maps {@code libLLVM}, about
 * 45 MB of the console's resident memory. {@code GDK_GL=disable} turns the probing off. It must be in
 * the process's C environment before JavaFX starts GTK; Java has no setter for that, so it is set
 * through the C library. A value the user set is kept. Java's own environment (and so every process
 * the console starts) does not see it.
 */
public final class GdkProbing {
    static final String VARIABLE = "GDK_GL";

    private GdkProbing() {
    }

    /** Turns GDK's GL probing off on Linux, unless the user chose a {@code GDK_GL} of their own. */
    public static void turnOff() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux") || System.getenv(VARIABLE) != null) {
            return;
        }
        try {
            if (LibC.setenv(VARIABLE, "disable", 0) != 0) {
                LoggerFactory.getLogger(GdkProbing.class).debug("setenv {} failed", VARIABLE);
            }
        } catch (LinkageError | RuntimeException e) {
            // only memory is lost: GTK probes GL as before
            LoggerFactory.getLogger(GdkProbing.class).debug("could not set {}", VARIABLE, e);
        }
    }

    private static final class LibC {
        static {
            Native.register(NativeLibrary.getInstance("c"));
        }

        private LibC() {
        }

        static native int setenv(String name, String value, int overwrite);
    }
}
