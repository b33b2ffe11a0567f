package app.switchboard.paths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * Where Switchboard keeps its files. {@code SWITCHBOARD_HOME} (environment variable or system
 * property {@code switchboard.home}) puts everything below one folder, which tests use; otherwise
 * the platform's usual config and data folders.
 *
 * @param config settings and environments (JSON)
 * @param data   activity log, encrypted secrets, logs
 */
public record AppPaths(Path config, Path data) {

    public static AppPaths fromSystem() {
        return resolve(System.getenv(), System.getProperty("switchboard.home"),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static AppPaths resolve(Map<String, String> env, String homeProperty, String osName, Path userHome) {
        String override = homeProperty != null && !homeProperty.isBlank() ? homeProperty : env.get("SWITCHBOARD_HOME");
        if (override != null && !override.isBlank()) {
            Path home = Path.of(override);
            return new AppPaths(home.resolve("config"), home.resolve("data"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = Path.of(env.getOrDefault("APPDATA", userHome.resolve("AppData/Roaming").toString()));
            Path local = Path.of(env.getOrDefault("LOCALAPPDATA", userHome.resolve("AppData/Local").toString()));
            return new AppPaths(appData.resolve("Switchboard"), local.resolve("Switchboard"));
        }
        if (os.contains("mac")) {
            Path support = userHome.resolve("Library/Application Support/Switchboard");
            return new AppPaths(support, support);
        }
        Path xdgConfig = env.containsKey("XDG_CONFIG_HOME") ? Path.of(env.get("XDG_CONFIG_HOME")) : userHome.resolve(".config");
        Path xdgData = env.containsKey("XDG_DATA_HOME") ? Path.of(env.get("XDG_DATA_HOME")) : userHome.resolve(".local/share");
        return new AppPaths(xdgConfig.resolve("switchboard"), xdgData.resolve("switchboard"));
    }

    public Path logs() {
        return data.resolve("logs");
    }

    public Path activity() {
        return data.resolve("activity");
    }

    /** Creates the folder if needed, readable by the owner only where the file system allows it. */
    public static Path ensurePrivateDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create folder " + dir, e);
        }
    }
}
