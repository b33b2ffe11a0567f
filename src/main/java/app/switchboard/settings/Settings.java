package app.switchboard.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Preferences that survive a restart. Read by the GUI and, for {@link #lastEnvironment()}, by the
 * command line. Unknown fields are ignored so an older Switchboard can read a newer file.
 *
 * @param window          last window position and size; {@code null} before the first close
 * @param theme           light, dark or follow the desktop
 * @param lastView        name of the view that was open, e.g. {@code ENTITIES}; {@code null} at first
 * @param lastEnvironment name of the environment that was selected; {@code null} at first
 * @param language        language tag of the interface ({@code en}, {@code de}); {@code null} follows the OS
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(WindowBounds window, ThemeChoice theme, String lastView, String lastEnvironment,
                       String language) {

    public Settings {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
    }

    public static Settings defaults() {
        return new Settings(null, ThemeChoice.SYSTEM, null, null, null);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(bounds, theme, lastView, lastEnvironment, language);
    }

    public Settings withTheme(ThemeChoice choice) {
        return new Settings(window, choice, lastView, lastEnvironment, language);
    }

    public Settings withLastView(String view) {
        return new Settings(window, theme, view, lastEnvironment, language);
    }

    public Settings withLastEnvironment(String environment) {
        return new Settings(window, theme, lastView, environment, language);
    }

    public Settings withLanguage(String tag) {
        return new Settings(window, theme, lastView, lastEnvironment, tag);
    }

    /** The interface language: the chosen one, else the operating system's. */
    public java.util.Locale locale() {
        return language == null || language.isBlank() ? java.util.Locale.getDefault() : java.util.Locale.forLanguageTag(language);
    }
}
