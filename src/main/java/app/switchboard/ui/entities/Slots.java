package app.switchboard.ui.entities;

import java.util.Arrays;

/**
 * A growing list of row slots (arrival numbers, see {@link SearchText}). Appending writes past the
 * end only and any other change makes a new array, so {@link #array()} with {@link #size()} taken
 * together stay a fixed picture of the list at that moment.
 */
final class Slots {
    private int[] slots;
    private int size;

    Slots() {
        this(new int[16], 0);
    }

    Slots(int[] slots, int size) {
        this.slots = slots;
        this.size = size;
    }

    int size() {
        return size;
    }

    int get(int index) {
        return slots[index];
    }

    /** The backing array: valid in {@code [0, size())} until the next change other than an append. */
    int[] array() {
        return slots;
    }

    void add(int slot) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, Math.max(16, size * 2));
        }
        slots[size++] = slot;
    }

    /** A new list with {@code more} inserted before {@code index}. */
    Slots inserted(int index, int[] more, int from, int to) {
        int[] result = new int[Math.max(16, size + (to - from))];
        System.arraycopy(slots, 0, result, 0, index);
        System.arraycopy(more, from, result, index, to - from);
        System.arraycopy(slots, index, result, index + (to - from), size - index);
        return new Slots(result, size + (to - from));
    }
}
