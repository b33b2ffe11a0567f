package app.switchboard.ui.common.fx;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every text the console shows, from resource bundles: one bundle per view beside its FXML
 * ({@code app/switchboard/ui/entities/entities.properties}, {@code entities_de.properties}) plus
 * {@code common/common.properties} for shared words. Keys start with the view's name
 * ({@code entities.search.prompt}), so the bundles never collide and are searched as one.
 * FXML files reach the texts as {@code %key}; Java code through {@link #get}.
 */
public final class Messages {
    private static final String ROOT = "app.switchboard.ui.";
    /** Bundles of components that are not views, as {@code package.file} below {@code ui}. */
    private static final List<String> COMPONENT_BUNDLES = List.of("common.common", "common.changes", "common.errors",
            "find.find", "links.links");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The bundles of every view in {@link FxmlView} plus the common one, in {@code locale}. */
    public static Messages load(Locale locale) {
        List<String> names = new ArrayList<>(COMPONENT_BUNDLES);
        for (FxmlView view : FxmlView.values()) {
            names.add(view.bundleName() + "." + view.bundleName());
        }
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String name : names) {
            try {
                bundles.add(ResourceBundle.getBundle(ROOT + name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException viewWithoutTexts) {
                // a view may keep all its text in the common bundle
            }
        }
        return new Messages(locale, new Composite(bundles));
    }

    public Locale locale() {
        return locale;
    }

    /** For {@code FXMLLoader.setResources}. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in; the key itself if missing. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A sentence produced below the interface (engine, connection test, settings checks) in this language. */
    public String text(app.switchboard.text.Words words) {
        return words.in(locale);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Searches several bundles as one. */
    private static final class Composite extends ResourceBundle {
        private final List<ResourceBundle> parts;

        Composite(List<ResourceBundle> parts) {
            this.parts = List.copyOf(parts);
        }

        @Override
        protected Object handleGetObject(String key) {
            for (ResourceBundle part : parts) {
                if (part.containsKey(key)) {
                    return part.getObject(key);
                }
            }
            return null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>();
            parts.forEach(part -> keys.addAll(part.keySet()));
            return Collections.enumeration(keys);
        }
    }
}
