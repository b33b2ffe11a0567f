package app.switchboard.ui.entities;

import java.util.Arrays;

/**
 * The rows a search over the search keys found ({@link SearchText}), in the order it returned them,
 * with where each row's key first contains the text and the key's sixteen bytes from a place at or
 * before that (its window, bytes after the key's end as 0x80). The next keystroke usually narrows
 * these rows, and typing on moves a row's first match little if at all: it is then found in the
 * window, read in order beside the rows, without reading the key itself (one memory access far
 * away per row, most of a narrowing keystroke's time at 1,000,000 rows).
 */
final class Found {
    static final int WINDOW = 16;

    final String text;
    /** The rows' slots; those of an answer exactly as long as its rows. */
    final int[] slots;
    /** Where each row's first match starts, in the keys' bytes; null when not kept. Valid in [0, count), as the windows. */
    final int[] at;
    /** Where each row's window starts: at or before its first match. */
    final int[] windowAt;
    /** Two words a row: its window's first and last eight bytes, the first in the lowest bits. */
    final long[] window;
    final int count;

    /** Room for {@code capacity} rows, with their matches and windows when {@code kept}. */
    Found(String text, int capacity, boolean kept) {
        this(text, new int[capacity], capacity, kept ? new int[capacity] : null, kept ? new int[capacity] : null,
                kept ? new long[2 * capacity] : null);
    }

    Found(String text, int[] slots, int count, int[] at, int[] windowAt, long[] window) {
        this.text = text;
        this.slots = slots;
        this.count = count;
        this.at = at;
        this.windowAt = windowAt;
        this.window = window;
    }

    void keep(int index, int first, int from, long low, long high) {
        at[index] = first;
        windowAt[index] = from;
        window[2 * index] = low;
        window[2 * index + 1] = high;
    }

    /** Moves {@code n} rows from {@code from} down to {@code to} (a part's rows behind the parts before it). */
    void moveDown(int from, int to, int n) {
        if (from == to) {
            return;
        }
        System.arraycopy(slots, from, slots, to, n);
        if (at != null) {
            System.arraycopy(at, from, at, to, n);
            System.arraycopy(windowAt, from, windowAt, to, n);
            System.arraycopy(window, 2 * from, window, 2 * to, 2 * n);
        }
    }

    /** The first {@code total} rows' slots, as an array of their length. */
    int[] slots(int total) {
        return total == slots.length ? slots : Arrays.copyOf(slots, total);
    }

    /**
     * The first {@code total} rows, which are {@code rows}, each with its match and window; copied
     * into arrays of their size when they fill less than half of these (kept while they are shown).
     */
    Found trimmed(int[] rows, int total) {
        if (total >= at.length / 2) {
            return new Found(text, rows, total, at, windowAt, window);
        }
        return new Found(text, rows, total, Arrays.copyOf(at, total), Arrays.copyOf(windowAt, total),
                Arrays.copyOf(window, 2 * total));
    }
}
