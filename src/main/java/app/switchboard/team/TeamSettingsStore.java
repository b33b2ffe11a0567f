package app.switchboard.team;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Written whole to a temporary file and moved into place, so a crash never leaves half a file. */
    public synchronized void save(TeamSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            json.writeValue(temporary.toFile(), settings);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
