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
    /** Per slot, for the last pass over every key, where its first match is kept in the pass's part ({@link Matches}). */
    private int[] firstAt = new int[1024];
    /** The last search's rows with where each first matched, when its text was of two ASCII characters or more; else null. */
    private Found last;
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
            firstAt = Arrays.copyOf(firstAt, more);
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
        firstAt = new int[1024];
        last = null;
        online = new byte[1024];
        length = 0;
        size = 0;
        typeCodes.clear();
    }

    /**
     * The slots among {@code candidates[0, count)} that {@code filter} accepts, in the candidates'
     * order. Most rows as candidates: one pass over every key marks the matching slots; fewer: each
     * candidate's key is searched on its own, after its character mask. When the candidates are the
     * last search's rows as it returned them (a keystroke that narrows the shown rows), each one is
     * searched from where it first matched the last text ({@link Found}).
     */
    int[] matching(EntityFilter filter, int[] candidates, int count) {
        boolean[] typeAllowed = typesAllowed(filter);
        String text = filter.text();
        Needle needle = Needle.of(text);
        boolean keeps = needle != null && needle.bytes.length > 1;
        Found before = last;
        last = null;
        // a candidate's first match of the new text lies no earlier than its first match of the
        // text it was found with, less where that text first lies in the new one
        int back = keeps && before != null && before.slots == candidates && before.count == count ? text.indexOf(before.text) : -1;
        if (keeps && back < 0 && count >= size / 2) {
            long[] marked = new long[(size >>> 6) + 1];
            List<Matches> parts = inParts(size, (from, to) -> markMatches(needle, marked, from, to));
            Found found = new Found(text, Math.min(count, parts.stream().mapToInt(part -> part.count).sum()), true);
            int total = 0;
            for (int i = 0; i < count; i++) {
                int slot = candidates[i];
                if ((marked[slot >>> 6] & (1L << slot)) != 0 && accepts(slot, typeAllowed, filter.online())) {
                    int part = parts.size() - 1;
                    while (slot < bound(size, part, parts.size())) {
                        part--;
                    }
                    parts.get(part).copy(firstAt[slot], found, total);
                    found.slots[total++] = slot;
                }
            }
            return answer(found, candidates, count, total);
        }
        Search search = new Search(needle, text, typeAllowed, filter.online(), new Found(text, count, keeps),
                back < 0 ? null : before, back, candidates);
        List<Integer> founds = inParts(count, search::over);
        // each part's slots lie from the start of its range on: moved together
        int total = 0;
        for (int part = 0; part < founds.size(); part++) {
            int from = part == 0 ? 0 : bound(count, part, founds.size());
            search.found.moveDown(from, total, founds.get(part));
            total += founds.get(part);
        }
        return answer(search.found, candidates, count, total);
    }

    /** The first {@code total} rows of {@code found}, kept for the next keystroke when their matches are. */
    private int[] answer(Found found, int[] candidates, int count, int total) {
        // every candidate found: the candidates themselves, so that the next keystroke narrows from them
        int[] slots = total == count && candidates.length == count ? candidates : found.slots(total);
        if (found.at != null) {
            last = found.trimmed(slots, total);
        }
        return slots;
    }

    /** One search over candidates, each part's rows written from the start of its range on. */
    private final class Search {
        private final Needle needle;
        private final String text;
        private final boolean[] typeAllowed;
        private final OnlineFilter online;
        /** The rows found, with where each first matches when the text is kept ({@link Found#at}). */
        private final Found found;
        /** The last search, when the candidates are its rows; its first matches less {@link #back} bound this one's. */
        private final Found before;
        private final int back;
        private final int[] candidates;
        private final long wanted;
        /** One letter or digit: the key has it exactly when its mask says so. */
        private final boolean maskDecides;

        Search(Needle needle, String text, boolean[] typeAllowed, OnlineFilter online, Found found, Found before, int back,
                int[] candidates) {
            this.needle = needle;
            this.text = text;
            this.typeAllowed = typeAllowed;
            this.online = online;
            this.found = found;
            this.before = before;
            this.back = back;
            this.candidates = candidates;
            this.wanted = needle == null ? 0 : needle.mask;
            this.maskDecides = needle != null && needle.bytes.length == 1 && exact(needle.bytes[0]);
        }

        /** The number of rows found in {@code candidates[from, to)}, written to {@link #found} from {@code from} on. */
        int over(int from, int to) {
            boolean everyRow = typeAllowed == null && online == OnlineFilter.ANY;
            boolean searched = !maskDecides && (needle == null || needle.bytes.length > 0);
            long[] masks = SearchText.this.masks;
            int[] starts = SearchText.this.starts;
            int[] result = found.slots;
            int next = from;
            for (int i = from; i < to; i++) {
                int slot = candidates[i];
                if (before == null && (masks[slot] & wanted) != wanted || !(everyRow || accepts(slot, typeAllowed, online))) {
                    continue;
                }
                if (searched) {
                    if (needle == null) {
                        if (!rows[slot].searchKey().contains(text)) {
                            continue;
                        }
                    } else if (before != null) {
                        if (!narrowed(slot, i, next)) {
                            continue;
                        }
                    } else {
                        int end = starts[slot + 1] - 1;
                        int at = find(needle, starts[slot], end);
                        if (at < 0) {
                            continue;
                        }
                        if (found.at != null) {
                            // the key's bytes there were just read
                            found.keep(next, at, at, window(at, end, 0), window(at, end, 8));
                        }
                    }
                }
                result[next++] = slot;
            }
            return next - from;
        }

        /**
         * Whether the candidate at {@code i}, the last search's row, contains the text, searched
         * from where its first match may lie on: first in its kept window, then in its key; its first
         * match and window kept at {@code into}.
         */
        private boolean narrowed(int slot, int i, int into) {
            int lowest = before.at[i] - back;
            int windowAt = before.windowAt == null ? -1 : before.windowAt[i];
            int from;
            if (windowAt >= 0 && lowest >= windowAt && needle.bytes.length <= 8) {
                int at = inWindow(needle, before.window[2 * i], before.window[2 * i + 1], lowest - windowAt);
                if (at >= 0) {
                    found.keep(into, windowAt + at, windowAt, before.window[2 * i], before.window[2 * i + 1]);
                    return true;
                }
                // none in the window: the first place it did not cover on
                from = Math.max(lowest, windowAt + Found.WINDOW + 1 - needle.bytes.length);
            } else {
                from = Math.max(lowest, starts[slot]);
            }
            int end = starts[slot + 1] - 1;
            int at = find(needle, from, end);
            if (at < 0) {
                return false;
            }
            found.keep(into, at, at, window(at, end, 0), window(at, end, 8));
            return true;
        }
    }

    /**
     * The first offset at or after {@code from} in the 16 bytes {@code low} and {@code high} where
     * the needle, of at most eight bytes, lies whole, or -1.
     */
    private static int inWindow(Needle needle, long low, long high, int from) {
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
    private long window(int at, int end, int offset) {
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

    /**
     * Marks in {@code marked} (one bit per slot) the slots in [fromSlot, toSlot) whose key contains
     * {@code needle}; where each first contains it and its window, read while its bytes are at hand,
     * are kept in the answer, at the index {@link #firstAt} gives for the slot.
     */
    private Matches markMatches(Needle needle, long[] marked, int fromSlot, int toSlot) {
        Matches matches = new Matches();
        int slot = fromSlot;
        int end = starts[toSlot];
        int at = find(needle, starts[fromSlot], end);
        while (at >= 0) {
            while (starts[slot + 1] <= at) {
                slot++;
            }
            marked[slot >>> 6] |= 1L << slot;
            firstAt[slot] = matches.count;
            int keyEnd = starts[slot + 1] - 1;
            matches.add(at, window(at, keyEnd, 0), window(at, keyEnd, 8));
            at = find(needle, keyEnd + 1, end);
        }
        return matches;
    }

    /** The first matches of a pass over part of the keys, with their windows ({@link Found}), in slot order. */
    private static final class Matches {
        private int count;
        private int[] at = new int[256];
        private long[] window = new long[512];

        void add(int first, long low, long high) {
            if (count == at.length) {
                at = Arrays.copyOf(at, count * 2);
                window = Arrays.copyOf(window, count * 4);
            }
            at[count] = first;
            window[2 * count] = low;
            window[2 * count + 1] = high;
            count++;
        }

        void copy(int index, Found found, int into) {
            found.keep(into, at[index], at[index], window[2 * index], window[2 * index + 1]);
        }
    }

    /**
     * The first position in [from, to) where {@code needle} lies wholly inside [from, to), or -1.
     * A word's candidates are the places where the text's first two characters both lie: with one,
     * a letter common in every key ("t" of "entity") made nearly every key a candidate to compare.
     */
    private int find(Needle needle, int from, int to) {
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

    /** A text of ASCII characters as {@link #find} looks for it, eight bytes to a word. */
    private static final class Needle {
        private final byte[] bytes;
        private final long[] chunks;
        /** The bytes of the last chunk that belong to the text. */
        private final long lastMask;
        /** The first character in every byte; the second likewise, when {@link #keep} asks for it. */
        private final long first;
        private final long second;
        private final long keep;
        /** The characters of the text ({@link #bit}). */
        private final long mask;

        private Needle(byte[] bytes) {
            this.bytes = bytes;
            chunks = new long[Math.max(1, (bytes.length + 7) >>> 3)];
            long characters = 0;
            for (int i = 0; i < bytes.length; i++) {
                chunks[i >>> 3] |= (bytes[i] & 0xFFL) << ((i & 7) << 3);
                characters |= bit(bytes[i]);
            }
            mask = characters;
            int inLast = bytes.length - ((chunks.length - 1) << 3);
            lastMask = inLast >= 8 ? -1L : (1L << (inLast << 3)) - 1;
            first = bytes.length == 0 ? 0 : (bytes[0] & 0xFFL) * ONES;
            // a text of one character: any second byte will do (zero: each byte's lowest bits ignored below)
            second = bytes.length > 1 ? (bytes[1] & 0xFFL) * ONES : 0;
            keep = bytes.length > 1 ? -1L : 0;
        }

        /** The text as a needle when it is all ASCII; null otherwise. */
        static Needle of(String text) {
            byte[] bytes = new byte[text.length()];
            for (int i = 0; i < bytes.length; i++) {
                char c = text.charAt(i);
                if (c >= OTHER) {
                    return null;
                }
                bytes[i] = (byte) c;
            }
            return new Needle(bytes);
        }
    }
}
