package app.switchboard.settings;

import app.switchboard.files.AtomicReplace;
import app.switchboard.files.SidecarLock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code settings.json} in the config folder. Changes apply in memory at once and are written by
 * the given executor, so callers on the JavaFX thread never wait for the disk. A write re-reads
 * the file and applies the changes made here since the last write under the file's sidecar lock,
 * so a change another Switchboard process saved meanwhile is kept, and writes that run out of
 * order still leave the latest settings on disk.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final Executor writer;
    private final AtomicReplace replace;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Serialises writes without holding this store's monitor, which the JavaFX thread takes in {@link #update}. */
    private final Object writing = new Object();
    private final List<UnaryOperator<Settings>> unsaved = new ArrayList<>();
    private Settings current;

    public SettingsStore(Path configFolder, Executor writer) {
        this(configFolder, writer, AtomicReplace.standard());
    }

    /** @param replace how the file is replaced; tests pass one whose target is held by another program */
    public SettingsStore(Path configFolder, Executor writer, AtomicReplace replace) {
        this.file = configFolder.resolve(FILE_NAME);
        this.writer = writer;
        this.replace = replace;
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
            unsaved.add(change);
        }
        try {
            writer.execute(this::flush);
        } catch (RejectedExecutionException shuttingDown) {
            flush();
        }
    }

    /** Writes the changes not yet saved now; used at exit so nothing queued is lost. */
    public void flush() {
        synchronized (writing) {
            List<UnaryOperator<Settings>> changes;
            synchronized (this) {
                changes = List.copyOf(unsaved);
                unsaved.clear();
            }
            if (changes.isEmpty()) {
                return;
            }
            try {
                Settings saved = SidecarLock.around(file, () -> {
                    Settings merged = read();
                    for (UnaryOperator<Settings> change : changes) {
                        merged = change.apply(merged);
                    }
                    replace.write(file, json.writeValueAsBytes(merged), AtomicReplace.TempFiles.named(".settings-"));
                    return merged;
                });
                synchronized (this) {
                    current = saved;
                    for (UnaryOperator<Settings> later : unsaved) {
                        current = later.apply(current);
                    }
                }
            } catch (IOException | RuntimeException e) {
                synchronized (this) {
                    unsaved.addAll(0, changes);
                }
                LOG.warn("Could not save settings to {}; they stay in memory and are tried again at the next change: {}",
                        file, e.getMessage());
            }
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
