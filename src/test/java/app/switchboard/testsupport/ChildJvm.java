package app.switchboard.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A test class's {@code main} run in its own JVM, to be killed with SIGKILL at a chosen moment. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** {@code java -Xmx256m -cp <the test class path> main args...}. */
    public static ProcessBuilder of(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", testClassPath(), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /**
     * Hands every line the child prints to {@code killNow}; when it answers true the child gets SIGKILL.
     * Returns whether the child printed {@code FINISHED}, once it has ended.
     */
    public static boolean readUntilKilled(Process child, Predicate<String> killNow) throws IOException, InterruptedException {
        boolean finished = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (killNow.test(line)) {
                    // SIGKILL through the handle: Process.destroyForcibly would also close our end of
                    // the pipe, losing lines the child printed just before it died
                    child.toHandle().destroyForcibly();
                }
                finished |= line.equals("FINISHED");
            }
        } finally {
            child.destroyForcibly();
        }
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child process did not end after SIGKILL");
        }
        return finished;
    }

    /** Surefire may run tests from a manifest-only jar; it then names the real class path here. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
