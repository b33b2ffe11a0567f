package app.switchboard.team;

import app.switchboard.text.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Where the team log stands, for the status bar and {@code team status}.
 *
 * @param state        what the replicator knows
 * @param waiting      local entries not yet in the team log
 * @param offlineSince when the database stopped answering (OFFLINE only)
 * @param problem      why the team log is not used (REFUSED only)
 * @param refused      entries the team database would not store since this console started; they
 *                     stay in this computer's log only
 * @param refusal      why the last of them was refused
 */
public record TeamLogStatus(State state, long waiting, Instant offlineSince, Words problem, long refused,
                            Words refusal) {
    public enum State {
        /** No team database is configured: everything stays on this computer, as by default. */
        LOCAL_ONLY,
        CONNECTING,
        UP_TO_DATE,
        WAITING,
        OFFLINE,
        /** Settings, password, TLS or schema keep the console local until someone changes them. */
        REFUSED
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public static TeamLogStatus localOnly() {
        return new TeamLogStatus(State.LOCAL_ONLY, 0, null, null, 0, null);
    }

    public static TeamLogStatus connecting(long waiting) {
        return new TeamLogStatus(State.CONNECTING, waiting, null, null, 0, null);
    }

    public static TeamLogStatus shipped(long waiting) {
        return new TeamLogStatus(waiting == 0 ? State.UP_TO_DATE : State.WAITING, waiting, null, null, 0, null);
    }

    public static TeamLogStatus offline(Instant since, long waiting, Words problem) {
        return new TeamLogStatus(State.OFFLINE, waiting, since, problem, 0, null);
    }

    public static TeamLogStatus refused(Words problem, long waiting) {
        return new TeamLogStatus(State.REFUSED, waiting, null, problem, 0, null);
    }

    /** The same status, also saying how many entries the team database refused and why the last was. */
    public TeamLogStatus withRefused(long count, Words why) {
        return new TeamLogStatus(state, waiting, offlineSince, problem, count, why);
    }

    /** The status bar's words: "Team log: up to date", "Team log: 12 waiting", "Team log: offline since 14:02". */
    public Words words(ZoneId zone) {
        Words words = stateWords(zone);
        return refused == 0 ? words : Words.of("team.status.withRefused", words, refused, refusal);
    }

    private Words stateWords(ZoneId zone) {
        return switch (state) {
            case LOCAL_ONLY -> Words.of("team.status.localOnly");
            case CONNECTING -> Words.of("team.status.connecting", waiting);
            case UP_TO_DATE -> Words.of("team.status.upToDate");
            case WAITING -> Words.of("team.status.waiting", waiting);
            case OFFLINE -> Words.of("team.status.offline", CLOCK.format(offlineSince.atZone(zone)), waiting);
            case REFUSED -> Words.of("team.status.refused", problem);
        };
    }
}
