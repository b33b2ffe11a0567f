package app.switchboard.client;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Masks parts of known secrets that a server or a library echoes: the first characters of a key
 * ("invalid key sk_live_51Hx..."), its end, or a middle cut by a length limit. A part is a run of
 * the text in which every {@value #GRAM} characters in a row also stand in a row in one of the
 * secrets. So that ordinary words a secret shares with a sentence ("client", "secret") stay
 * readable, a run is masked when it is at least {@value #SHORTEST} characters long and holds a
 * digit, or at least {@value #SHORTEST_WITHOUT_DIGIT} characters long; shorter parts are too
 * short to guess a key from and too likely to be words.
 */
final class SecretParts {
    static final int GRAM = 6;
    static final int SHORTEST = 8;
    static final int SHORTEST_WITHOUT_DIGIT = 16;

    static final SecretParts NONE = new SecretParts(Set.of());

    private final Set<String> grams;

    private SecretParts(Set<String> grams) {
        this.grams = grams;
    }

    /** The parts of {@code secrets}; values shorter than {@value #SHORTEST} characters have none. */
    static SecretParts of(Collection<String> secrets) {
        Set<String> grams = new HashSet<>();
        for (String secret : secrets) {
            if (secret.length() >= SHORTEST) {
                for (int i = 0; i + GRAM <= secret.length(); i++) {
                    grams.add(secret.substring(i, i + GRAM));
                }
            }
        }
        return grams.isEmpty() ? NONE : new SecretParts(Set.copyOf(grams));
    }

    /** The text with every run long enough to be part of a secret replaced by {@link Redaction#MASK}. */
    String mask(String text) {
        if (grams.isEmpty() || text.length() < SHORTEST) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i + GRAM <= text.length(); i++) {
            if (!grams.contains(text.substring(i, i + GRAM))) {
                continue;
            }
            if (runStart >= 0 && i <= runEnd) {
                runEnd = i + GRAM;
                continue;
            }
            if (runStart >= 0 && masked(text, runStart, runEnd)) {
                out = append(out, text, copied, runStart);
                copied = runEnd;
            }
            runStart = i;
            runEnd = i + GRAM;
        }
        if (runStart >= 0 && masked(text, runStart, runEnd)) {
            out = append(out, text, copied, runStart);
            copied = runEnd;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean masked(String text, int start, int end) {
        if (end - start >= SHORTEST_WITHOUT_DIGIT) {
            return true;
        }
        if (end - start < SHORTEST) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static StringBuilder append(StringBuilder out, String text, int from, int to) {
        StringBuilder builder = out == null ? new StringBuilder(text.length()) : out;
        return builder.append(text, from, to).append(Redaction.MASK);
    }
}
