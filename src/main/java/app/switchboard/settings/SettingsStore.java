package app.switchboard.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code settings.json} in the config folder. Changes apply in memory at once and are written by
 * the given executor, so callers on the JavaFX thread never wait for the disk. Every write saves
 * the newest state, so writes that run out of order still leave the latest settings on disk.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final Executor writer;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private Settings current;

    public SettingsStore(Path configFolder, Executor writer) {
        this.file = configFolder.resolve(FILE_NAME);
        this.writer = writer;
        this.current = read();
    }

    public Path file() {
        return file;
    }

    public synchronized Settings current() {
        return current;
    }

    public void update(UnaryOperator<Settings> change) {
        synchronized (this) {
            current = change.apply(current);
        }
        try {
            writer.execute(this::flush);
        } catch (RejectedExecutionException shuttingDown) {
            flush();
        }
    }

    /** Writes the current settings now; used at exit so nothing queued is lost. */
    public synchronized void flush() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            json.writeValue(temp.toFile(), current);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }

    private Settings read() {
        try {
            Settings loaded = json.readValue(Files.readAllBytes(file), Settings.class);
            return loaded == null ? Settings.defaults() : loaded;
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException e) {
            LOG.warn("Settings file {} is unreadable; starting with default settings", file, e);
            return Settings.defaults();
        }
    }
}
