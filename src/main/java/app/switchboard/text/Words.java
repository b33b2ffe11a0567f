package app.switchboard.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence for the operator as a key and its arguments, not yet in any language. Code below the
 * interface (engine, connection test, settings checks) hands these up instead of English strings,
 * so the window can say them in German and the command line and the activity log in English, all
 * from the one bundle {@code app/switchboard/text/words.properties} (+ {@code _de}). The servers'
 * own words travel as {@link #verbatim} and are never translated. An argument may itself be Words.
 */
public final class Words {
    private static final String BUNDLE = "app.switchboard.text.words";

    private final String key;
    private final List<Object> arguments;

    private Words(String key, List<Object> arguments) {
        this.key = key;
        this.arguments = Collections.unmodifiableList(arguments);
    }

    /** The text under {@code key} in the words bundle, with {@code {0}}-style arguments (null reads as empty). */
    public static Words of(String key, Object... arguments) {
        List<Object> values = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            values.add(argument == null ? "" : argument);
        }
        return new Words(Objects.requireNonNull(key, "key"), values);
    }

    /** Text that is shown as it is in every language, e.g. a server's reason. */
    public static Words verbatim(String text) {
        return new Words(null, List.of(text == null ? "" : text));
    }

    /** The key in the words bundle; empty for verbatim text. */
    public String key() {
        return key == null ? "" : key;
    }

    public boolean isVerbatim() {
        return key == null;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The sentence in {@code locale}; English where the bundle has no such language. */
    public String in(Locale locale) {
        if (key == null) {
            return (String) arguments.get(0);
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.isEmpty()) {
            return pattern;
        }
        Object[] values = arguments.stream().map(a -> a instanceof Words w ? w.in(locale) : a).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    /** For the command line, log lines and the activity log, which are English. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Words w && Objects.equals(key, w.key) && arguments.equals(w.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments);
    }

    @Override
    public String toString() {
        return english();
    }
}
