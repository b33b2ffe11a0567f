package app.switchboard.team;

import app.switchboard.audit.LogPosition;
import app.switchboard.files.AtomicReplace;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The local high-water mark: how far this computer's activity log has reached the team log it is
 * connected to. Kept beside the log; written whole and moved into place. A mark for another team
 * database counts as none, so connecting elsewhere ships everything again (harmless: the team log
 * ignores entry ids it already has).
 */
public final class ReplicationMark {
    public static final String FILE_NAME = "team-replicated.json";

    /** Refused entries' ids kept at most; the newest are kept. */
    static final int REFUSED_KEPT = 1000;

    /**
     * What is stored: the team log's address and the position reached in the local log, with the
     * digest of its month file's first line and the ids of the entries the team database refused
     * (both absent in marks written before they were kept).
     */
    record Stored(String teamLog, String month, long offset, String head, List<String> refused) {
    }

    /**
     * How far the local log has reached the team log, and which entries on the way the team
     * database refused (they stay on this computer only; kept so a restart still says so).
     */
    public record Reached(LogPosition position, List<String> refused) {
        public Reached {
            refused = refused == null ? List.of() : List.copyOf(refused);
        }

        public static Reached start() {
            return new Reached(LogPosition.start(), List.of());
        }

        /** The same, moved on to {@code next}, with {@code more} refused ids added once each (the newest kept). */
        public Reached then(LogPosition next, List<String> more) {
            LinkedHashSet<String> all = new LinkedHashSet<>(refused);
            all.addAll(more);
            List<String> ids = new ArrayList<>(all);
            return new Reached(next, ids.subList(Math.max(0, ids.size() - REFUSED_KEPT), ids.size()));
        }
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ReplicationMark(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public synchronized Reached read(String teamLog) {
        if (!Files.exists(file)) {
            return Reached.start();
        }
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            if (!teamLog.equals(stored.teamLog())) {
                return Reached.start();
            }
            return new Reached(new LogPosition(YearMonth.parse(stored.month()), stored.offset(), stored.head()),
                    stored.refused());
        } catch (IOException | RuntimeException e) {
            // an unreadable mark only costs shipping again what the team log already has
            return Reached.start();
        }
    }

    public synchronized void write(String teamLog, Reached reached) {
        LogPosition position = reached.position();
        try {
            Files.createDirectories(file.getParent());
            // the temporary file goes away also when the write fails, which repeats every round while it does
            AtomicReplace.standard().write(file, json.writeValueAsBytes(
                    new Stored(teamLog, position.month().toString(), position.offset(), position.head(),
                            reached.refused())),
                    AtomicReplace.TempFiles.named(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the replication mark " + file, e);
        }
    }
}
