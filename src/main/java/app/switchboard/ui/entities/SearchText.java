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
 * instead of following three references per row (row, entity, key text). The keys' bytes are kept
 * in {@link KeyBytes}. A text with a non-ASCII character is matched against the rows' own keys
 * instead; either way a row matches exactly when {@code row.searchKey().contains(text)}.
 *
 * <p>A keystroke that narrows the rows the last one found starts from where each of them first
 * matched, in a window of its key kept beside it ({@link Found}).
 */
final class SearchText {
    /** Candidates per part of a search done in parts side by side: below it, one part. */
    private static final int PART = 1 << 14;

    private KeyBytes keys = new KeyBytes();
    /** Where each slot's key starts; {@code starts[slot + 1] - 1} is where it ends (its separator). */
    private int[] starts = new int[1025];
    private int[] types = new int[1024];
    /** Per slot, which characters its key has ({@link Needle#bit}): a text needs all of its own. */
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
        starts[size] = keys.length();
        masks[size] = keys.append(key);
        rows[size] = row;
        types[size] = typeCodes.computeIfAbsent(row.type(), type -> typeCodes.size());
        online[size] = row.online() == null ? 0 : row.online() ? (byte) 1 : (byte) 2;
        size++;
        starts[size] = keys.length();
    }

    void clear() {
        rows = new EntityRow[1024];
        keys = new KeyBytes();
        starts = new int[1025];
        types = new int[1024];
        masks = new long[1024];
        firstAt = new int[1024];
        last = null;
        online = new byte[1024];
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
            this.maskDecides = needle != null && needle.bytes.length == 1 && Needle.exact(needle.bytes[0]);
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
                        int at = keys.find(needle, starts[slot], end);
                        if (at < 0) {
                            continue;
                        }
                        if (found.at != null) {
                            // the key's bytes there were just read
                            found.keep(next, at, at, keys.window(at, end, 0), keys.window(at, end, 8));
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
            int windowAt = before.windowAt[i];
            int from;
            if (lowest >= windowAt && needle.bytes.length <= 8) {
                int at = KeyBytes.inWindow(needle, before.window[2 * i], before.window[2 * i + 1], lowest - windowAt);
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
            int at = keys.find(needle, from, end);
            if (at < 0) {
                return false;
            }
            found.keep(into, at, at, keys.window(at, end, 0), keys.window(at, end, 8));
            return true;
        }
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
        int at = keys.find(needle, starts[fromSlot], end);
        while (at >= 0) {
            while (starts[slot + 1] <= at) {
                slot++;
            }
            marked[slot >>> 6] |= 1L << slot;
            firstAt[slot] = matches.count;
            int keyEnd = starts[slot + 1] - 1;
            matches.add(at, keys.window(at, keyEnd, 0), keys.window(at, keyEnd, 8));
            at = keys.find(needle, keyEnd + 1, end);
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
}
