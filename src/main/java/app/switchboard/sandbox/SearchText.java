package app.switchboard.sandbox;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for searching, so "muller" finds "Müller" and "lefevre" finds "Lefèvre", as support staff type. */
final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ł", "l").replace("œ", "oe").replace("ø", "o");
    }
}
