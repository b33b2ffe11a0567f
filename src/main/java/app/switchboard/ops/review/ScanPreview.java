package app.switchboard.ops.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a kept scan says before its rows are read: when it was taken, and for every row only what
 * the queues' rules read (switched on, disabled, the validity window), so that every queue's size
 * is known at any "now" and horizon; and the first rows of the expiring and pending queues. Read
 * from the front of the kept file in a fraction of the time its 100,000 rows take. Never a whole
 * picture: counts, chart, catalogue, filtering, sorting and bulk changes wait for the rows.
 *
 * @param firsts per queue that has them, the first rows of that queue as of {@code asOf} with an
 *               endless horizon (switched on and ending, or starting, after {@code asOf}), in the
 *               queue's order
 */
public record ScanPreview(Instant asOf, int subscriptions, Duration took, byte[] flags, Instant[] from,
                          Instant[] until, Map<ReviewQueue, List<ReviewRow>> firsts) {
    /** How many of each queue's first rows are kept: more than a screenful at any window size. */
    static final int FIRST = 200;
    static final int ON = 1;
    static final int DISABLED = 2;

    public ScanPreview {
        Objects.requireNonNull(asOf, "asOf");
        if (flags.length != from.length || flags.length != until.length) {
            throw new IllegalArgumentException("a preview's columns differ in length");
        }
    }

    /** The preview of a whole scan, as it is kept in front of its rows. */
    static ScanPreview of(ReviewSnapshot snapshot) {
        List<ReviewRow> rows = snapshot.rows();
        byte[] flags = new byte[rows.size()];
        Instant[] from = new Instant[rows.size()];
        Instant[] until = new Instant[rows.size()];
        for (int i = 0; i < flags.length; i++) {
            ReviewRow row = rows.get(i);
            flags[i] = (byte) ((row.switchedOn() ? ON : 0) | (row.disabled() ? DISABLED : 0));
            from[i] = row.validFrom();
            until[i] = row.validUntil();
        }
        // as of the scan with no end to the horizon: every row either queue can hold later, in order
        ReviewQueries then = new ReviewQueries(Clock.fixed(snapshot.asOf(), ZoneOffset.UTC));
        Duration endless = Duration.between(snapshot.asOf(), Instant.MAX);
        Map<ReviewQueue, List<ReviewRow>> firsts = new EnumMap<>(ReviewQueue.class);
        for (ReviewQueue queue : List.of(ReviewQueue.EXPIRING, ReviewQueue.PENDING)) {
            List<ReviewRow> all = then.rows(snapshot, queue, endless);
            firsts.put(queue, List.copyOf(all.subList(0, Math.min(FIRST, all.size()))));
        }
        return new ScanPreview(snapshot.asOf(), snapshot.subscriptions(), snapshot.took(), flags, from, until, firsts);
    }

    /** Rows in the scan. */
    public int rowCount() {
        return flags.length;
    }

    /**
     * Every queue's size at {@code now} within {@code within}, exactly as the rows would give it,
     * and of {@code queue} the first rows this preview holds (all of them when the queue is that
     * short; none for a queue without kept first rows, or a "now" before the scan).
     */
    public ReviewQueries.Queues queues(ReviewQueue queue, Duration within, Instant now) {
        Instant end = now.plus(within);
        ReviewQueue[] all = ReviewQueue.values();
        int[] sizes = new int[all.length];
        for (int i = 0; i < flags.length; i++) {
            boolean on = (flags[i] & ON) != 0;
            boolean disabled = (flags[i] & DISABLED) != 0;
            for (ReviewQueue q : all) {
                if (q.contains(on, disabled, from[i], until[i], now, end)) {
                    sizes[q.ordinal()]++;
                }
            }
        }
        Map<ReviewQueue, Integer> bySize = new EnumMap<>(ReviewQueue.class);
        for (ReviewQueue q : all) {
            bySize.put(q, sizes[q.ordinal()]);
        }
        List<ReviewRow> first = new ArrayList<>();
        // the kept rows are the first of every row the queue can hold from asOf on, in its order: those
        // still in it now are its first rows (a clock behind the scan would miss rows between the two)
        if (!now.isBefore(asOf)) {
            for (ReviewRow row : firsts.getOrDefault(queue, List.of())) {
                if (queue.contains(row.switchedOn(), row.disabled(), row.validFrom(), row.validUntil(), now, end)) {
                    first.add(row);
                }
            }
        }
        return new ReviewQueries.Queues(List.copyOf(first), bySize);
    }
}
