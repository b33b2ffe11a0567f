package app.switchboard.cli;

import java.io.Console;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The charset the console decodes what the command line prints. Since JDK 18 the default charset
 * is UTF-8 everywhere, and picocli writes in it, while a Windows console still shows code page
 * 850 or 437: "ä", "…", "→" came out garbled. The JDK says what the console reads in
 * {@code stdout.encoding} (JDK 19+), {@code sun.stdout.encoding} (earlier, Windows consoles only)
 * or {@link Console#charset()}; output to a file or pipe gets the platform's native encoding.
 */
final class ConsoleCharset {
    private static final List<String> PROPERTIES = List.of("stdout.encoding", "sun.stdout.encoding");

    private ConsoleCharset() {
    }

    static Charset ofThisProcess() {
        Console console = System.console();
        return of(System::getProperty, console == null ? null : console.charset());
    }

    /** The first of the properties that names a charset this runtime has, else the console's, else the native one. */
    static Charset of(Function<String, String> properties, Charset console) {
        for (String property : PROPERTIES) {
            Optional<Charset> named = named(properties.apply(property));
            if (named.isPresent()) {
                return named.get();
            }
        }
        if (console != null) {
            return console;
        }
        return named(properties.apply("native.encoding")).orElse(Charset.defaultCharset());
    }

    private static Optional<Charset> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    /** A writer that encodes for the console and flushes at each line, as picocli's own does. */
    static PrintWriter writer(OutputStream out, Charset charset) {
        return new PrintWriter(new OutputStreamWriter(out, charset), true);
    }
}
