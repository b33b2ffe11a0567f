package app.switchboard.team;

import app.switchboard.files.AtomicReplace;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code team.json} in the config folder: where the team database is. No file means no team mode,
 * which is the default. Never holds the password (see {@link TeamSettings#PASSWORD_KEY}).
 */
public final class TeamSettingsStore {
    public static final String FILE_NAME = "team.json";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public TeamSettingsStore(Path configFolder) {
        this.file = configFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<TeamSettings> current() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), TeamSettings.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the team settings " + file, e);
        }
    }

    /**
     * Written whole to a temporary file of this save's own, forced to disk and moved into place, so
     * a crash never leaves half a file, and another process saving at the same moment cannot write
     * into the file this one moves (a shared temporary name mixed two saves into one).
     */
    public synchronized void save(TeamSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            AtomicReplace.standard().write(file, json.writeValueAsBytes(settings), AtomicReplace.TempFiles.named(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the team settings " + file, e);
        }
    }

    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the team settings " + file, e);
        }
    }
}
