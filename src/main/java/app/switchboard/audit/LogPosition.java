package app.switchboard.audit;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A place in the activity log: just after a whole line of one month's file. Lines are never
 * rewritten, so a position stays valid for as long as the file exists.
 *
 * @param month  the month's file
 * @param offset bytes from the start of that file, always at the start of a line
 */
public record LogPosition(YearMonth month, long offset) {
    public LogPosition {
        Objects.requireNonNull(month, "month");
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
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
