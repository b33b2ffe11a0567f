package app.switchboard.ui.entities;

/** A search text of ASCII characters as {@link KeyBytes#find} looks for it, eight bytes to a word. */
final class Needle {
    final byte[] bytes;
    final long[] chunks;
    /** The bytes of the last chunk that belong to the text. */
    final long lastMask;
    /** The first character in every byte; the second likewise, when {@link #keep} asks for it. */
    final long first;
    final long second;
    final long keep;
    /** The characters of the text ({@link #bit}). */
    final long mask;

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
        first = bytes.length == 0 ? 0 : (bytes[0] & 0xFFL) * KeyBytes.ONES;
        // a text of one character: any second byte will do (zero: each byte's lowest bits ignored below)
        second = bytes.length > 1 ? (bytes[1] & 0xFFL) * KeyBytes.ONES : 0;
        keep = bytes.length > 1 ? -1L : 0;
    }

    /** The text as a needle when it is all ASCII; null otherwise. */
    static Needle of(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            if (c >= KeyBytes.OTHER) {
                return null;
            }
            bytes[i] = (byte) c;
        }
        return new Needle(bytes);
    }

    /**
     * The bit of a character in a key's mask: one each for a to z and 0 to 9 (lower-case keys), the
     * other characters share the rest.
     */
    static long bit(int c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return 1L << (36 + c % 28);
    }

    /** Whether a key has {@code c} exactly when its mask has its bit. */
    static boolean exact(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
