package app.switchboard.ui.entities;

import java.util.Arrays;

/**
 * The search keys' bytes side by side, one byte per character: ASCII as it is, any other character
 * as 0x80, which no ASCII text matches; each key is followed by 0x80 as well, so that no match spans
 * two keys. A text is looked for eight bytes at a time, its first two characters in a whole word at
 * once, the rest compared only where they occur.
 */
final class KeyBytes {
    static final long ONES = 0x0101010101010101L;
    static final long HIGHS = 0x8080808080808080L;
    static final int OTHER = 0x80;

    /** The bytes, eight to a word, the first in the lowest bits. */
    private long[] words = new long[1024];
    private int length;

    int length() {
        return length;
    }

    /** Appends {@code key} and its separator; returns which characters it has ({@link Needle#bit}). */
    long append(String key) {
        int needed = length + key.length() + 1;
        if (needed + 8 > words.length * 8L) {
            words = Arrays.copyOf(words, Math.max(words.length * 2, needed / 8 + 2));
        }
        long mask = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            put(length++, c < OTHER ? c : OTHER);
            mask |= Needle.bit(c);
        }
        put(length++, OTHER);
        return mask;
    }

    /**
     * The first position in [from, to) where {@code needle} lies wholly inside [from, to), or -1.
     * A word's candidates are the places where the text's first two characters both lie: with one,
     * a letter common in every key ("t" of "entity") made nearly every key a candidate to compare.
     */
    int find(Needle needle, int from, int to) {
        int last = to - needle.bytes.length;
        if (from > last) {
            return -1;
        }
        long first = needle.first;
        long second = needle.second;
        long keep = needle.keep;
        long[] words = this.words;
        int word = from >>> 3;
        long current = words[word];
        long next = words[word + 1];
        // the lowest marked byte is a true match of the first two characters; higher ones may be
        // false (a borrow), which the comparison of the whole text below rules out
        long candidates = both(current, next, first, second, keep) & (-1L << ((from & 7) << 3));
        while (true) {
            while (candidates != 0) {
                int at = (word << 3) + (Long.numberOfTrailingZeros(candidates) >>> 3);
                if (at > last) {
                    return -1;
                }
                if (startsAt(needle, at)) {
                    return at;
                }
                candidates &= candidates - 1;
            }
            word++;
            if ((word << 3) > last) {
                return -1;
            }
            current = next;
            next = words[word + 1];
            candidates = both(current, next, first, second, keep);
        }
    }

    /**
     * The high bit of each byte of {@code current} that equals {@code first}'s bytes and is followed
     * (in {@code current}, then {@code next}) by one equal to {@code second}'s, where {@code keep}
     * asks for the second at all; see {@link #find} for the false marks above a true one.
     */
    private static long both(long current, long next, long first, long second, long keep) {
        long x = (current ^ first) | ((((current >>> 8) | (next << 56)) ^ second) & keep);
        return (x - ONES) & ~x & HIGHS;
    }

    /** Whether {@code needle} lies at {@code at}, compared eight bytes at a time. */
    private boolean startsAt(Needle needle, int at) {
        long[] chunks = needle.chunks;
        for (int k = 0; k < chunks.length; k++) {
            int position = at + (k << 3);
            int word = position >>> 3;
            int shift = (position & 7) << 3;
            // the eight bytes from position on; a shift of 64 would be one of 0
            long bytes = shift == 0 ? words[word] : (words[word] >>> shift) | (words[word + 1] << (64 - shift));
            if (((bytes ^ chunks[k]) & (k == chunks.length - 1 ? needle.lastMask : -1L)) != 0) {
                return false;
            }
        }
        return true;
    }

    private void put(int position, int value) {
        words[position >>> 3] |= (value & 0xFFL) << ((position & 7) << 3);
    }

    /**
     * The first offset at or after {@code from} in the 16 bytes {@code low} and {@code high} where
     * the needle, of at most eight bytes, lies whole, or -1.
     */
    static int inWindow(Needle needle, long low, long high, int from) {
        int length = needle.bytes.length;
        long chunk = needle.chunks[0];
        long mask = needle.lastMask;
        for (int offset = from; offset <= Found.WINDOW - length; offset++) {
            long bytes = offset == 0 ? low : offset < 8 ? (low >>> (offset << 3)) | (high << (64 - (offset << 3)))
                    : high >>> ((offset - 8) << 3);
            if (((bytes ^ chunk) & mask) == 0) {
                return offset;
            }
        }
        return -1;
    }

    /**
     * Eight bytes of the key from {@code at + offset}, those at or after its end ({@code end}, its
     * separator) as 0x80, which no text matches.
     */
    long window(int at, int end, int offset) {
        int position = at + offset;
        int inKey = end - position;
        if (inKey <= 0) {
            return HIGHS;
        }
        int word = position >>> 3;
        int shift = (position & 7) << 3;
        long bytes = shift == 0 ? words[word] : (words[word] >>> shift) | (words[word + 1] << (64 - shift));
        if (inKey >= 8) {
            return bytes;
        }
        long keep = (1L << (inKey << 3)) - 1;
        return (bytes & keep) | (HIGHS & ~keep);
    }
}
