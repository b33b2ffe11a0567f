package app.switchboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The classes a start needs are loaded ahead, never initialised ahead, and the shipped list still fits the code. */
class StartupClassesTest {
    static final AtomicBoolean INITIALISED = new AtomicBoolean();

    /** A class whose static initialiser says when it ran. */
    static final class Initialising {
        static {
            INITIALISED.set(true);
        }

        private Initialising() {
        }
    }

    /** Records the names it is asked for, loading them from the class path as usual. */
    private static final class Recording extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        Recording() {
            super(StartupClassesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void listedClassesAreLoadedWithoutTheirStaticInitialisersRunning() throws IOException {
        Recording loader = new Recording();
        String list = "# a comment\n\n" + Initialising.class.getName() + "\n  java.util.ArrayList  \n";

        int loaded = StartupClasses.preload(stream(list), loader);

        assertThat(loaded).isEqualTo(2);
        assertThat(loader.asked).containsExactly(Initialising.class.getName(), "java.util.ArrayList");
        assertThat(INITIALISED).as("static initialiser run by the preload").isFalse();
    }

    @Test
    void namesTheClassPathDoesNotHaveArePassedOverAndTheRestStillLoad() throws IOException {
        Recording loader = new Recording();
        String list = "app.switchboard.ui.NoSuchClassAnyMore\nnot a class name\n" + StartupClassesTest.class.getName() + "\n";

        int loaded = StartupClasses.preload(stream(list), loader);

        assertThat(loaded).isEqualTo(1);
        assertThat(loader.asked).endsWith(StartupClassesTest.class.getName());
    }

    @Test
    void theShippedListStillNamesTheConsolesOwnClasses() throws IOException {
        List<String> own = new ArrayList<>();
        try (InputStream list = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            assertThat(list).as("startup-classes.txt beside StartupClasses").isNotNull();
            for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("app.switchboard.")) {
                    own.add(line.strip());
                }
            }
        }
        long gone = own.stream().filter(name -> !loadable(name)).count();
        // the list is older than the code: run jpackage/record-startup-classes.sh again
        assertThat(own).hasSizeGreaterThan(200);
        assertThat(gone).as("of %d listed app classes, gone from the code", own.size()).isLessThanOrEqualTo(own.size() / 10);
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, StartupClassesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
