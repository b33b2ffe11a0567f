package app.switchboard.fynn;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The words and number style {@link FeatureValues} writes values in. The console passes its own
 * (translated) words; {@link #english()} is the plain default for logs and the command line.
 */
public interface ValueWords {
    String on();

    String off();

    String unlimited();

    /** e.g. "allowed 1–100 GB"; both bounds already carry their unit where it belongs. */
    String allowedBetween(String from, String to);

    /** e.g. "allowed 1 GB or more". */
    String allowedAtLeast(String from);

    /** e.g. "allowed up to 100 GB". */
    String allowedUpTo(String to);

    Locale locale();

    /** A number in the locale's style ("100000" → "100,000"); anything that is not a number stays as it is. */
    default String number(String raw) {
        try {
            return NumberFormat.getNumberInstance(locale()).format(new BigDecimal(raw.trim()));
        } catch (NumberFormatException notANumber) {
            return raw;
        }
    }

    static ValueWords english() {
        return English.INSTANCE;
    }

    /** The defaults; numbers stay as the server sent them, so command-line output can be parsed back. */
    enum English implements ValueWords {
        INSTANCE;

        @Override
        public String on() {
            return "On";
        }

        @Override
        public String off() {
            return "Off";
        }

        @Override
        public String unlimited() {
            return FeatureValues.UNLIMITED;
        }

        @Override
        public String allowedBetween(String from, String to) {
            return "allowed " + from + "–" + to;
        }

        @Override
        public String allowedAtLeast(String from) {
            return "allowed " + from + " or more";
        }

        @Override
        public String allowedUpTo(String to) {
            return "allowed up to " + to;
        }

        @Override
        public Locale locale() {
            return Locale.ROOT;
        }

        @Override
        public String number(String raw) {
            return raw;
        }
    }
}
