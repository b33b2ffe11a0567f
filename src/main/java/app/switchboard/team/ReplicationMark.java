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

/**
 * The local high-water mark: how far this computer's activity log has reached the team log it is
 * connected to. Kept beside the log; written whole and moved into place. A mark for another team
 * database counts as none, so connecting elsewhere ships everything again (harmless: the team log
 * ignores entry ids it already has).
 */
public final class ReplicationMark {
    public static final String FILE_NAME = "team-replicated.json";

    /**
     * What is stored: the team log's address and the position reached in the local log, with the
     * digest of its month file's first line (absent in marks written before it was kept).
     */
    record Stored(String teamLog, String month, long offset, String head) {
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ReplicationMark(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public synchronized LogPosition read(String teamLog) {
        if (!Files.exists(file)) {
            return LogPosition.start();
        }
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            if (!teamLog.equals(stored.teamLog())) {
                return LogPosition.start();
            }
            return new LogPosition(YearMonth.parse(stored.month()), stored.offset(), stored.head());
        } catch (IOException | RuntimeException e) {
            // an unreadable mark only costs shipping again what the team log already has
            return LogPosition.start();
        }
    }

    public synchronized void write(String teamLog, LogPosition position) {
        try {
            Files.createDirectories(file.getParent());
            // the temporary file goes away also when the write fails, which repeats every round while it does
            AtomicReplace.standard().write(file, json.writeValueAsBytes(
                    new Stored(teamLog, position.month().toString(), position.offset(), position.head())),
                    AtomicReplace.TempFiles.named(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the replication mark " + file, e);
        }
    }
}
