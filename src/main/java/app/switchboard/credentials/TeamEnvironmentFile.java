package app.switchboard.credentials;

import app.switchboard.files.AtomicReplace;
import app.switchboard.files.SidecarLock;
import app.switchboard.paths.AppPaths;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code team-environments.json} in the config folder: the team's definitions as last fetched (so
 * they stay usable and explainable while the database is away), which revision each local copy was
 * taken from, and which team environments the operator removed here. Never a secret: definitions
 * hold none.
 */
final class TeamEnvironmentFile {
    static final String FILE_NAME = "team-environments.json";
    private static final Logger LOG = LoggerFactory.getLogger(TeamEnvironmentFile.class);

    /** Which team revision a local copy was taken from, and the definition as taken (to tell an edit). */
    record Adopted(long revision, String publishedBy, Environment definition) {
        static Adopted of(PublishedEnvironment published) {
            return new Adopted(published.revision(), published.publishedBy(), published.definition());
        }
    }

    /**
     * @param team             the team's definitions as last fetched, removed ones included
     * @param adopted          by environment id: the team revision this computer's copy comes from
     * @param removedHere      by environment id: the team revision the operator removed here
     * @param fetchedAt        when the team's definitions were last read
     * @param unreachableSince since when reading them fails, or null
     */
    record State(List<PublishedEnvironment> team, Map<String, Adopted> adopted, Map<String, Long> removedHere,
                 Instant fetchedAt, Instant unreachableSince) {
        State {
            team = team == null ? new ArrayList<>() : new ArrayList<>(team);
            adopted = adopted == null ? new HashMap<>() : new HashMap<>(adopted);
            removedHere = removedHere == null ? new HashMap<>() : new HashMap<>(removedHere);
        }

        static State empty() {
            return new State(null, null, null, null, null);
        }

        Optional<PublishedEnvironment> inTeam(String id) {
            return team.stream().filter(t -> t.id().equals(id)).findFirst();
        }

        State fetched(List<PublishedEnvironment> now, Instant at) {
            return new State(now, adopted, removedHere, at, null);
        }

        State unreachable(Instant at) {
            return new State(team, adopted, removedHere, fetchedAt, unreachableSince == null ? at : unreachableSince);
        }

        /** Puts this one row in place of the team's row with the same id, as the database now has it. */
        void replace(PublishedEnvironment row) {
            team.removeIf(t -> t.id().equals(row.id()));
            team.add(row);
        }
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Environment.class, EnvironmentJson.class);

    TeamEnvironmentFile(Path file) {
        this.file = file;
    }

    /** Runs {@code step} holding the file's lock (other processes and threads wait). */
    <T> T locked(SidecarLock.Step<T> step) {
        return SidecarLock.aroundUnchecked(file, step);
    }

    /** What the file holds; nothing yet, or a damaged file (a cache, fetched again), reads as empty. */
    State read() {
        if (!Files.exists(file)) {
            return State.empty();
        }
        try {
            State state = json.readValue(file.toFile(), State.class);
            return state == null ? State.empty() : state;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {}; the team's environments are read again from the team database: {}", file, e.toString());
            return State.empty();
        }
    }

    void write(State state) throws IOException {
        AppPaths.ensurePrivateDirectory(file.toAbsolutePath().getParent());
        AtomicReplace.standard().write(file, json.writeValueAsBytes(state), AtomicReplace.TempFiles.named(".team-environments-"));
    }
}
