package app.switchboard;

import app.switchboard.credentials.EncryptedFileSecretStore;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.settings.SettingsStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * What the About dialog and a support ticket need: which build this is, what it runs on, and where
 * it keeps its files. No JavaFX: the JavaFX version is read from the system property it sets.
 *
 * @param version          the build's version, "development" when run from classes
 * @param buildDate        the {@code Build-Date} of the jar manifest, "unknown" when run from classes
 * @param javaVersion      the running Java version and vendor
 * @param javafxVersion    the JavaFX runtime version, "not loaded" outside the GUI
 * @param settingsFile     settings.json
 * @param environmentsFile environments.json
 * @param secretFile       the encrypted secret file, used when no system keychain answers
 * @param logFolder        the rolling log files
 * @param activityFolder   the activity log
 */
public record AboutInfo(String version, String buildDate, String javaVersion, String javafxVersion,
                        Path settingsFile, Path environmentsFile, Path secretFile, Path logFolder,
                        Path activityFolder) {

    public static final String UNKNOWN = "unknown";
    public static final String DEVELOPMENT = "development";

    /** For this running application: its own jar manifest and the JVM's properties. */
    public static AboutInfo current(AppPaths paths) {
        return from(paths, ownManifest().orElse(null), System.getProperties());
    }

    /**
     * @param manifest the main attributes of the application jar's manifest; {@code null} when run from classes
     * @param system   system properties ({@code java.version}, {@code java.vendor}, {@code javafx.version})
     */
    public static AboutInfo from(AppPaths paths, Attributes manifest, Properties system) {
        String version = attribute(manifest, Attributes.Name.IMPLEMENTATION_VERSION).orElse(DEVELOPMENT);
        String buildDate = attribute(manifest, new Attributes.Name("Build-Date")).orElse(UNKNOWN);
        String java = system.getProperty("java.version", UNKNOWN)
                + Optional.ofNullable(system.getProperty("java.vendor")).map(v -> " (" + v + ")").orElse("");
        String javafx = system.getProperty("javafx.version", "not loaded");
        return new AboutInfo(version, buildDate, java, javafx,
                paths.config().resolve(SettingsStore.FILE_NAME),
                paths.config().resolve(JsonEnvironmentStore.FILE_NAME),
                paths.data().resolve(EncryptedFileSecretStore.FILE_NAME),
                paths.logs(), paths.activity());
    }

    /** Every fact on its own line, for pasting into a support ticket. */
    public String asText() {
        return String.join(System.lineSeparator(),
                "Switchboard " + version,
                "Build date: " + buildDate,
                "Java: " + javaVersion,
                "JavaFX: " + javafxVersion,
                "Settings: " + settingsFile,
                "Environments: " + environmentsFile,
                "Secrets: system keychain, or " + secretFile,
                "Logs: " + logFolder,
                "Activity log: " + activityFolder);
    }

    private static Optional<String> attribute(Attributes manifest, Attributes.Name name) {
        return Optional.ofNullable(manifest).map(m -> m.getValue(name)).filter(v -> !v.isBlank());
    }

    /** The manifest of the jar this class was loaded from; empty when running from a classes folder. */
    private static Optional<Attributes> ownManifest() {
        try {
            var source = AboutInfo.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return Optional.empty();
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return Optional.ofNullable(jar.getManifest()).map(m -> m.getMainAttributes());
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
