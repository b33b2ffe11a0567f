package app.switchboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.switchboard.testsupport.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** GTK's OpenGL probing, which maps the GL driver (Mesa's libLLVM, about 45 MB) into the console, is off. */
@EnabledOnOs(OS.LINUX)
class GdkProbingTest {
    @Test
    void theConsoleSetsGdkGlInItsCEnvironment() throws Exception {
        assertThat(run(ChildJvm.of(GdkProbingChild.class, "env"), null)).contains("GDK_GL=disable");
    }

    @Test
    void aGdkGlTheUserSetIsKept() throws Exception {
        assertThat(run(ChildJvm.of(GdkProbingChild.class, "env"), "always")).contains("GDK_GL=always");
    }

    @Test
    void aWindowOnADisplayWithoutGpuMapsNoGlDriver() throws Exception {
        assumeTrue(Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "Xvfb"))),
                "needs Xvfb (apt-get install xvfb)");
        int number = freeDisplay();
        Process xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1024x768x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(socket) && xvfb.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assumeTrue(Files.exists(socket), "Xvfb did not start");
            List<String> plain = window(number, "plain");
            // the control: on this display GTK really loads a GL driver when left alone
            assumeTrue(plain.contains("shown") && plain.stream().anyMatch(line -> line.startsWith("mapped=")),
                    "this display loads no GL driver even with the probing on: " + plain);

            List<String> turnedOff = window(number, "off");
            assertThat(turnedOff).contains("shown").noneMatch(line -> line.startsWith("mapped="));
        } finally {
            xvfb.destroy();
            xvfb.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> window(int display, String mode) throws IOException, InterruptedException {
        ProcessBuilder child = ChildJvm.of(GdkProbingChild.class, "window", mode);
        List<String> command = child.command();
        // a real GTK window with the software pipeline, not the tests' headless Monocle
        command.addAll(command.size() - 3, List.of("-Dprism.order=sw", "-Djava.awt.headless=true"));
        child.environment().put("DISPLAY", ":" + display);
        return run(child, null);
    }

    private static List<String> run(ProcessBuilder child, String gdkGl) throws IOException, InterruptedException {
        child.environment().remove(GdkProbing.VARIABLE);
        if (gdkGl != null) {
            child.environment().put(GdkProbing.VARIABLE, gdkGl);
        }
        Path out = Files.createTempFile("gdk-probing", ".txt");
        try {
            Process process = child.redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the child ended").isTrue();
            return Files.readAllLines(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static int freeDisplay() {
        for (int n = 200; n < 400; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number between :200 and :399");
    }
}
