package app.switchboard.sandbox;

import java.util.SplittableRandom;
import java.util.UUID;

/** Identifiers drawn from the seed's random stream, so equal seeds give equal ids. */
final class SeedIds {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private SeedIds() {
    }

    /** A version-4-shaped UUID. */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** A 26-character ULID-looking id, the form Fynn uses for subscription items. */
    static String ulid(SplittableRandom random) {
        char[] chars = new char[26];
        chars[0] = '0';
        chars[1] = '1';
        for (int i = 2; i < chars.length; i++) {
            chars[i] = CROCKFORD[random.nextInt(CROCKFORD.length)];
        }
        return new String(chars);
    }
}
