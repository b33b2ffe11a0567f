package app.switchboard.about;

import app.switchboard.paths.AppPaths;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What an About dialog shows: the version and build date of this build, the Java and JavaFX
 * versions it runs on, and the folders where Switchboard keeps its files. No JavaFX here, so the
 * dialog only lays these out.
 *
 * @param version        Implementation-Version of the application jar; "development" when run from classes
 * @param buildDate      Build-Date of the application jar (UTC, as Maven wrote it); "unknown" when absent
 * @param javaVersion    the running Java version
 * @param javaFxVersion  the running JavaFX version; "unknown" before the JavaFX toolkit has started
 * @param settings       settings and environments
 * @param secrets        the encrypted secrets file, used when no system keyring answers
 * @param logs           log files
 * @param activityLog    the activity log
 */
public record AboutInfo(String version, String buildDate, String javaVersion, String javaFxVersion,
                        Path settings, Path secrets, Path logs, Path activityLog) {

    static final String DEVELOPMENT = "development";
    static final String UNKNOWN = "unknown";

    /** The running application's facts. */
    public static AboutInfo current(AppPaths paths) {
        return of(applicationManifest(), System.getProperties(), paths);
    }

    static AboutInfo of(Optional<Manifest> manifest, Properties system, AppPaths paths) {
        Optional<Attributes> main = manifest.map(Manifest::getMainAttributes);
        return new AboutInfo(
                main.map(a -> a.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).orElse(DEVELOPMENT),
                main.map(a -> a.getValue("Build-Date")).orElse(UNKNOWN),
                system.getProperty("java.version", UNKNOWN),
                system.getProperty("javafx.version", UNKNOWN),
                paths.config(), paths.data(), paths.logs(), paths.activity());
    }

    /**
     * The manifest of the jar this class came from. Looking it up by resource name would find
     * whichever jar comes first on the class path.
     */
    private static Optional<Manifest> applicationManifest() {
        CodeSource source = AboutInfo.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return Optional.empty();
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return Optional.ofNullable(jar.getManifest());
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
