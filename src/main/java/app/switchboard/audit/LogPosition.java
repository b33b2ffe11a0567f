package app.switchboard.audit;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A place in the activity log: just after a whole line of one month's file. Lines are never
 * rewritten, so a position stays valid for as long as the file exists. The file is also named by
 * its first line ({@code head}, a digest): a month's file moved away and replaced by a new one under
 * the same name is told apart by it, even when the new file has already grown past the offset.
 *
 * @param month  the month's file
 * @param offset bytes from the start of that file, always at the start of a line
 * @param head   the digest of the file's first line, or null when not known (a mark written before
 *               it was kept, or a position before any line)
 */
public record LogPosition(YearMonth month, long offset, String head) {
    public LogPosition {
        Objects.requireNonNull(month, "month");
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
    }

    public LogPosition(YearMonth month, long offset) {
        this(month, offset, null);
    }

    /** Before every entry ever written. */
    public static LogPosition start() {
        return new LogPosition(YearMonth.of(1970, 1), 0);
    }

    boolean isBefore(LogPosition other) {
        int months = month.compareTo(other.month);
        return months < 0 || months == 0 && offset < other.offset;
    }
}
