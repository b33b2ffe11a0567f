package app.switchboard.audit;

import java.nio.file.Path;

/** A line of the activity log that could not be read, typically the torn end of a crashed write. */
public record SkippedLine(Path file, long lineNumber, String problem) {
    @Override
    public String toString() {
        return "Skipped unreadable line " + lineNumber + " of " + file.getFileName() + ": " + problem;
    }
}
