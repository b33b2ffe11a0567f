package app.switchboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.Launcher;
import app.switchboard.testsupport.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console started as a user starts it (the launcher's main, JavaFX from the class path, the
 * Demo environment) until its first page of entities is drawn, in a JVM of its own so that JavaFX's
 * start-up is really this one: nothing reaches stderr and the log has no warning.
 */
class ClassPathStartTest {
    @TempDir
    Path home;

    @Test
    void aNormalStartWritesNoWarningToStderrOrTheLog() throws Exception {
        List<String> command = new ArrayList<>(ChildJvm.of(Launcher.class).command());
        // JVM options go before the main class (the last element)
        String main = command.remove(command.size() - 1);
        // without the test classes (their logback-test.xml) the console logs to its own file, as installed
        int classPath = command.indexOf("-cp") + 1;
        command.set(classPath, Stream.of(command.get(classPath).split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator)));
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Duser.language=en", "-Dswitchboard.startupProbe=entities",
                "-Dswitchboard.home=" + home, main));
        Path stderr = home.resolve("stderr.txt");
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(home.resolve("stdout.txt").toFile()).start();
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the console drew its first page and exited").isTrue();

        assertThat(child.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("stdout.txt"))).contains("first-frame-ms=");
        assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).isEmpty();
        assertThat(logLines()).isNotEmpty().noneMatch(line -> line.contains("WARN") || line.contains("ERROR"));
    }

    private List<String> logLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                lines.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
