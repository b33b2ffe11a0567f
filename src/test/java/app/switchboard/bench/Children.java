package app.switchboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the JVMs that are measured from outside (start-up, resident memory): the same java as the
 * harness, on a real X display. Without DISPLAY it starts one Xvfb for the whole run and stops it
 * at the end.
 */
final class Children implements AutoCloseable {
    private final String java = ProcessHandle.current().info().command().orElse("java");
    private final Path project;
    private final Path home;
    private final String display;
    private final Process xvfb;

    Children(Path project) throws IOException, InterruptedException {
        this.project = project;
        this.home = Files.createTempDirectory("switchboard-bench-home");
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            display = existing;
            xvfb = null;
        } else {
            int number = freeDisplay();
            display = ":" + number;
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(socket)) {
                if (!xvfb.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("Xvfb did not start on " + display + " (apt-get install -y xvfb xauth)");
                }
                Thread.sleep(50);
            }
        }
    }

    private static int freeDisplay() {
        for (int n = 90; n < 200; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number between :90 and :199");
    }

    Path project() {
        return project;
    }

    Path jar() {
        return project.resolve("target/app/switchboard.jar");
    }

    /**
     * The installed console's JVM options (pom.xml {@code app.jvm.*}, passed by the bench profile as
     * {@code -Dbench.appJvmOptions}, comma-separated); empty when the harness is started otherwise.
     */
    static List<String> appJvmOptions() {
        String options = System.getProperty("bench.appJvmOptions", "");
        return Arrays.stream(options.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    Path testClasses() {
        return project.resolve("target/test-classes");
    }

    /**
     * Runs {@code java <args>} to its end and returns the {@code key=value} lines it printed, plus
     * {@code spawn-epoch-ms}: the wall clock just before the process was started.
     */
    Map<String, String> run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(args);
        return runCommand(command, null);
    }

    /**
     * Runs {@code command} (e.g. a packaged launcher) as {@link #run} does; {@code javaToolOptions}
     * reach its JVM through {@code JAVA_TOOL_OPTIONS} (null: none).
     */
    Map<String, String> runCommand(List<String> command, String javaToolOptions) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        builder.environment().put("SWITCHBOARD_HOME", home.toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        if (javaToolOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Map<String, String> values = new HashMap<>();
        long spawn = System.currentTimeMillis();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.indexOf(' ') < 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("child did not finish: " + command);
        }
        values.put("spawn-epoch-ms", Long.toString(spawn));
        return values;
    }

    @Override
    public void close() throws IOException {
        if (xvfb != null) {
            xvfb.destroy();
        }
        try (var files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
