package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Where the team's environments stand on this computer, for Settings and {@code env list}.
 *
 * @param fetchedAt        when the team's definitions were last read, or null (never)
 * @param unreachableSince since when reading them fails, or null while they are current
 * @param problem          why the last read failed, when this process tried
 */
public record TeamEnvironmentsStatus(Instant fetchedAt, Instant unreachableSince, Words problem) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** Whether the definitions shown are the last known ones rather than the database's now. */
    public boolean cached() {
        return unreachableSince != null || fetchedAt == null;
    }

    public Words words(ZoneId zone) {
        if (!cached()) {
            return Words.of("credentials.team.current", CLOCK.format(fetchedAt.atZone(zone)));
        }
        Words why = problem != null ? problem : Words.of("credentials.team.unreachable");
        return fetchedAt == null ? Words.of("credentials.team.neverFetched", why)
                : Words.of("credentials.team.cached", CLOCK.format(fetchedAt.atZone(zone)), why);
    }
}
