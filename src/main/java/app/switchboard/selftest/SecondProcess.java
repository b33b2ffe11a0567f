package app.switchboard.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts this same program again with other arguments: from a development class path through the
 * JDK's {@code java}; in an installed copy, whose trimmed runtime has no {@code java}, through the
 * launcher this process was started with ({@code switchboard-cli}, {@code switchboard-cli.exe},
 * {@code Switchboard.app/Contents/MacOS/switchboard-cli}).
 */
@FunctionalInterface
public interface SecondProcess {
    Process start(List<String> arguments) throws IOException;

    String MAIN_CLASS = "app.switchboard.Launcher";

    static SecondProcess ofThisProgram() {
        return arguments -> {
            ProcessBuilder builder = new ProcessBuilder(command(arguments)).redirectError(ProcessBuilder.Redirect.INHERIT);
            // jpackage's Linux launcher hands its start-up data to itself in _JPACKAGE_LAUNCHER; a child
            // that inherits it runs with the parent's arguments (seen: "Could not find or load main class")
            builder.environment().keySet().removeIf(name -> name.startsWith("_JPACKAGE"));
            return builder.start();
        };
    }

    private static List<String> command(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        if (Files.isExecutable(java)) {
            command.add(java.toString());
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("-Dswitchboard.mode=cli");
            command.add(MAIN_CLASS);
        } else {
            command.add(ProcessHandle.current().info().command()
                    .orElseThrow(() -> new IOException("this process's launcher cannot be found to start a second one")));
        }
        command.addAll(arguments);
        return command;
    }
}
