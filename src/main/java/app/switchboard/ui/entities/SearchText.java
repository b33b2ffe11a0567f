package app.switchboard.ui.entities;

import app.switchboard.derconnect.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.HashMap;
import java.util.Map;

/**
 * The search keys, types and online states of every loaded row side by side in flat arrays, by the
 * row's arrival number ("slot"), so that one keystroke over 1,000,000 rows reads memory in order
 * instead of following three references per row (row, entity, key text). Each key is one byte per
 * character: ASCII as it is, any other character as 0x80, which no ASCII text matches; rows are
 * separated by 0x80 as well, so that no match spans two rows. A text with a non-ASCII character is
 * matched against the rows' own keys instead; either way a row matches exactly
 * when {@code row.searchKey().contains(text)}.
 *
 * <p>The search over many rows goes through the text eight bytes at a time, looking for the first
 * character of the text in a whole word at once, and checks the rest only where it occurs.
 */
final class SearchText {
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final int OTHER = 0x80;
    /** Candidates per part of a search done in parts side by side: below it, one part. */
    private static final int PART = 1 << 14;

    /** The bytes, eight to a word, the first in the lowest bits. */
    private long[] words = new long[1024];
    private int length;
    /** Where each slot's key starts; {@code starts[slot + 1] - 1} is where it ends (its separator). */
    private int[] starts = new int[1025];
    private int[] types = new int[1024];
    /** Per slot, which characters its key has ({@link #bit}): a text needs all of its own. */
    private long[] masks = new long[1024];
    private byte[] online = new byte[1024];
    private EntityRow[] rows = new EntityRow[1024];
    private int size;
    private final Map<EntityType, Integer> typeCodes = new HashMap<>();

    int size() {
        return size;
    }

    EntityRow row(int slot) {
        return rows[slot];
    }

    /** The rows by slot, valid in {@code [0, size())}: adding rows or {@link #clear()} leaves this array as it is. */
    EntityRow[] rows() {
        return rows;
    }

    /** Adds {@code row} as the next slot. */
    void add(EntityRow row) {
        String key = row.searchKey();
        if (size == rows.length) {
            int more = rows.length * 2;
            rows = Arrays.copyOf(rows, more);
            types = Arrays.copyOf(types, more);
            masks = Arrays.copyOf(masks, more);
            online = Arrays.copyOf(online, more);
            starts = Arrays.copyOf(starts, more + 1);
        }
        int needed = length + key.length() + 1;
        if (needed + 8 > words.length * 8L) {
            words = Arrays.copyOf(words, Math.max(words.length * 2, needed / 8 + 2));
        }
        starts[size] = length;
        long mask = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            put(length++, c < OTHER ? c : OTHER);
            mask |= bit(c);
        }
        masks[size] = mask;
        put(length++, OTHER);
        rows[size] = row;
        types[size] = typeCodes.computeIfAbsent(row.type(), type -> typeCodes.size());
        online[size] = row.online() == null ? 0 : row.online() ? (byte) 1 : (byte) 2;
        size++;
        starts[size] = length;
    }

    void clear() {
        rows = new EntityRow[1024];
        words = new long[1024];
        starts = new int[1025];
        types = new int[1024];
        masks = new long[1024];
        online = new byte[1024];
        length = 0;
        size = 0;
        typeCodes.clear();
    }

    /**
     * The slots among {@code candidates[0, count)} that {@code filter} accepts, in the candidates'
     * order. Most rows as candidates: one pass over every key marks the matching slots; fewer: each
     * candidate's key is searched on its own, after its character mask.
     */
    int[] matching(EntityFilter filter, int[] candidates, int count) {
        boolean[] typeAllowed = typesAllowed(filter);
        byte[] needle = ascii(filter.text());
        if (needle != null && needle.length > 1 && count >= size / 2) {
            long[] marked = new long[(size >>> 6) + 1];
            inParts(size, (from, to) -> {
                markMatches(needle, marked, from, to);
                return null;
            });
            int[] result = new int[count];
            int found = 0;
            for (int i = 0; i < count; i++) {
                int slot = candidates[i];
                if ((marked[slot >>> 6] & (1L << slot)) != 0 && accepts(slot, typeAllowed, filter.online())) {
                    result[found++] = slot;
                }
            }
            return Arrays.copyOf(result, found);
        }
        long needed = 0;
        for (int i = 0; needle != null && i < needle.length; i++) {
            needed |= bit(needle[i]);
        }
        long wanted = needed;
        // one letter or digit: the key has it exactly when its mask says so
        boolean maskDecides = needle != null && needle.length == 1 && exact(needle[0]);
        List<int[]> parts = inParts(count, (from, to) -> {
            int[] result = new int[to - from];
            int found = 0;
            for (int i = from; i < to; i++) {
                int slot = candidates[i];
                if ((masks[slot] & wanted) == wanted && accepts(slot, typeAllowed, filter.online())
                        && (maskDecides || textMatches(slot, needle, filter.text()))) {
                    result[found++] = slot;
                }
            }
            return Arrays.copyOf(result, found);
        });
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int[] result = new int[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, result, at, part.length);
            at += part.length;
        }
        return result;
    }

    /** Work over a range of indexes: {@code [from, to)}. */
    private interface Range<T> {
        T over(int from, int to);
    }

    /**
     * {@code work} over {@code [0, count)}, for a big count in parts side by side (the first on this
     * thread, the others on the common pool or here when the pool is busy), each part's bounds a multiple of 64 so that no two
     * parts mark bits of one word; the parts' answers in order.
     */
    private static <T> List<T> inParts(int count, Range<T> work) {
        int parts = Math.max(1, Math.min(count / PART, ForkJoinPool.getCommonPoolParallelism() + 1));
        List<ForkJoinTask<T>> others = new ArrayList<>();
        for (int part = 1; part < parts; part++) {
            int from = bound(count, part, parts);
            int to = bound(count, part + 1, parts);
            // a part the pool has not started when this thread gets to it is done here (join takes it back)
            others.add(ForkJoinTask.adapt(() -> work.over(from, to)).fork());
        }
        List<T> answers = new ArrayList<>(parts);
        answers.add(work.over(0, bound(count, 1, parts)));
        others.forEach(other -> answers.add(other.join()));
        return answers;
    }

    private static int bound(int count, int part, int parts) {
        return part == parts ? count : (int) ((long) count * part / parts) & ~63;
    }

    /**
     * The bit of a character in a key's mask: one each for a to z and 0 to 9 (lower-case keys), the
     * other characters share the rest.
     */
    private static long bit(int c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return 1L << (36 + c % 28);
    }

    private static boolean exact(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private boolean textMatches(int slot, byte[] needle, String text) {
        if (needle == null) {
            return rows[slot].searchKey().contains(text);
        }
        return needle.length == 0 || find(needle, starts[slot], starts[slot + 1] - 1) >= 0;
    }

    private boolean accepts(int slot, boolean[] typeAllowed, OnlineFilter wanted) {
        if (typeAllowed != null && (types[slot] >= typeAllowed.length || !typeAllowed[types[slot]])) {
            return false;
        }
        return switch (wanted) {
            case ANY -> true;
            case ONLINE -> online[slot] == 1;
            case OFFLINE -> online[slot] != 1;
        };
    }

    /** Null when every type is allowed; else allowed by type code. */
    private boolean[] typesAllowed(EntityFilter filter) {
        if (filter.types().isEmpty()) {
            return null;
        }
        boolean[] allowed = new boolean[typeCodes.size()];
        typeCodes.forEach((type, code) -> allowed[code] = type != null && filter.types().contains(type));
        return allowed;
    }

    /** Marks in {@code marked} (one bit per slot) the slots in [fromSlot, toSlot) whose key contains {@code needle}. */
    private void markMatches(byte[] needle, long[] marked, int fromSlot, int toSlot) {
        int slot = fromSlot;
        int end = starts[toSlot];
        int at = find(needle, starts[fromSlot], end);
        while (at >= 0) {
            while (starts[slot + 1] <= at) {
                slot++;
            }
            marked[slot >>> 6] |= 1L << slot;
            at = find(needle, starts[slot + 1], end);
        }
    }

    /**
     * The first position in [from, to) where {@code needle} lies wholly inside [from, to), or -1.
     * A word's candidates are the places where the text's first two characters both lie: with one,
     * a letter common in every key ("t" of "entity") made nearly every key a candidate to compare.
     */
    private int find(byte[] needle, int from, int to) {
        int last = to - needle.length;
        if (from > last) {
            return -1;
        }
        long first = (needle[0] & 0xFFL) * ONES;
        // a text of one character: any second byte will do (zero: each byte's lowest bits ignored below)
        long second = needle.length > 1 ? (needle[1] & 0xFFL) * ONES : 0;
        long keep = needle.length > 1 ? -1L : 0;
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

    private boolean startsAt(byte[] needle, int at) {
        for (int k = 0; k < needle.length; k++) {
            if (byteAt(at + k) != (needle[k] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private int byteAt(int position) {
        return (int) (words[position >>> 3] >>> ((position & 7) << 3)) & 0xFF;
    }

    private void put(int position, int value) {
        words[position >>> 3] |= (value & 0xFFL) << ((position & 7) << 3);
    }

    /** The text's bytes when it is all ASCII; null otherwise. */
    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            if (c >= OTHER) {
                return null;
            }
            bytes[i] = (byte) c;
        }
        return bytes;
    }
}
