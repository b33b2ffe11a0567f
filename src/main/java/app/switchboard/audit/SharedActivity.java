package app.switchboard.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The whole team's activity log, as {@code audit}, {@code ops} and the views know it: team mode
 * implements it over the team database; without one it is {@link #none()}. Reads only: entries
 * reach the team log from each computer's own log.
 */
public interface SharedActivity {

    /** One entry of the team log: who wrote it from which desk, as the database recorded it. */
    record SharedEntry(ActivityEntry entry, String desk, String writtenBy, long seq) {
    }

    /** Where a page ended; the next page continues below it. */
    record Cursor(Instant time, long seq) {
    }

    /** Entries newest first, and the cursor for the next page (empty after the last). */
    record Page(List<SharedEntry> entries, Optional<Cursor> next) {
    }

    /** A new entry in the team log, as announced the moment it arrived (who, where, which switch). */
    record SharedChange(long seq, String environment, Api api, String targetId, String item, String operator,
                        String desk, boolean fromThisDesk) {
    }

    /**
     * Tells {@code listener} of every new team log entry, on a background thread, within about a
     * second of its arrival; nothing happens without a team log.
     */
    default void onNewEntries(java.util.function.Consumer<SharedChange> listener) {
    }

    /** Stops telling {@code listener}. */
    default void removeListener(java.util.function.Consumer<SharedChange> listener) {
    }

    /** Whether a team log is set up; without one the views offer only this computer's log. */
    boolean available();

    /**
     * Up to {@code size} entries matching {@code query}, newest first, after {@code after} (null for
     * the first page). Blocks on the network: call it off the FX thread.
     *
     * @throws SharedActivityException when the team log cannot be read, with the reason in words
     */
    Page page(ActivityQuery query, Cursor after, int size) throws SharedActivityException;

    /** No team log: nothing is available. */
    static SharedActivity none() {
        return new SharedActivity() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public Page page(ActivityQuery query, Cursor after, int size) {
                return new Page(List.of(), Optional.empty());
            }
        };
    }
}
