package app.switchboard.find;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an item matches what was typed, and how well: the whole value first ("WVW…" typed in
 * full), then a value that starts with it, then one that contains it. Case and accents do not
 * count, so "muller" finds "Müller", as support staff type from tickets.
 */
final class Matcher {
    static final int WHOLE = 0;
    static final int START = 1;
    static final int INSIDE = 2;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final String term;

    Matcher(String text) {
        this.term = fold(text.strip());
    }

    boolean isBlank() {
        return term.isEmpty();
    }

    /** The best-matching key of {@code item} with its rank, or empty. */
    Optional<Found> match(Findable item, Found.Source source) {
        if (!item.folded().contains(term)) {
            return Optional.empty();
        }
        Found best = null;
        for (Findable.Key key : item.keys()) {
            String value = key.folded();
            int rank = value.equals(term) ? WHOLE : value.startsWith(term) ? START : value.contains(term) ? INSIDE : -1;
            if (rank >= 0 && (best == null || rank < best.rank())) {
                best = new Found(item, key, source, rank);
            }
        }
        return Optional.ofNullable(best);
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (text.chars().allMatch(c -> c < 128)) {
            return text.toLowerCase(Locale.ROOT); // the common case, without the cost of normalising
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replace("ß", "ss");
    }
}
