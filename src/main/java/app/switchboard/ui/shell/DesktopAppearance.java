package app.switchboard.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads the desktop's light/dark preference the way each OS exposes it: GNOME's
 * {@code color-scheme} or a GTK theme name containing "dark" on Linux, {@code AppleInterfaceStyle}
 * on macOS, {@code AppsUseLightTheme} on Windows. Anything it cannot read counts as light; it
 * does not guess beyond what the OS says.
 */
public final class DesktopAppearance implements SystemAppearance {
    private final String osName;
    private final Map<String, String> environment;
    private final Function<List<String>, Optional<String>> commands;

    public DesktopAppearance() {
        this(System.getProperty("os.name", ""), System.getenv(), DesktopAppearance::run);
    }

    DesktopAppearance(String osName, Map<String, String> environment, Function<List<String>, Optional<String>> commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.commands = commands;
    }

    @Override
    public boolean prefersDark() {
        if (osName.contains("win")) {
            return commands.apply(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v", "AppsUseLightTheme"))
                    .map(out -> out.contains("0x0")).orElse(false);
        }
        if (osName.contains("mac")) {
            return commands.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        if (containsDark(environment.get("GTK_THEME"))) {
            return true;
        }
        Optional<String> scheme = commands.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.map(out -> out.contains("prefer-dark")).orElse(false)) {
            return true;
        }
        return commands.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(DesktopAppearance::containsDark).orElse(false);
    }

    private static boolean containsDark(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** Output of a successful command, or empty when it is missing, fails or hangs. */
    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
