package app.switchboard.ui.settings;

import app.switchboard.paths.AppPaths;
import app.switchboard.settings.SettingsStore;
import app.switchboard.ui.common.fx.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The general part of Settings: the interface language, and where Switchboard keeps its files
 * (useful when troubleshooting).
 */
public final class SettingsViewModel {
    /** The interface languages on offer; {@code tag} null follows the operating system. */
    public enum Language {
        SYSTEM(null), ENGLISH("en"), GERMAN("de");

        private final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }

        static Language of(String tag) {
            return Arrays.stream(values())
                    .filter(l -> l.tag != null && tag != null && l.tag.equalsIgnoreCase(Locale.forLanguageTag(tag).getLanguage()))
                    .findFirst().orElse(SYSTEM);
        }
    }

    private final AppPaths paths;
    private final SettingsStore settings;
    private final Messages messages;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();

    public SettingsViewModel(AppPaths paths, SettingsStore settings, Messages messages) {
        this.paths = paths;
        this.settings = settings;
        this.messages = messages;
        language.set(Language.of(settings.current().language()));
        // stored at once; the texts were loaded at start, so the new language shows after a restart
        language.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                settings.update(s -> s.withLanguage(chosen.tag()));
            }
        });
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The language's name in its own words, so someone who cannot read the current one finds theirs. */
    public String languageName(Language choice) {
        return messages.get("settings.language." + choice.name());
    }

    /** Whether the chosen language differs from the one on screen now. */
    public boolean restartNeeded() {
        Language chosen = language.get();
        String showing = messages.locale().getLanguage();
        String wanted = chosen == null || chosen.tag() == null ? Locale.getDefault().getLanguage() : chosen.tag();
        return !wanted.equals(showing);
    }

    public String settingsFile() {
        return settings.file().toString();
    }

    public String dataFolder() {
        return paths.data().toString();
    }

    public String logFolder() {
        return paths.logs().toString();
    }

    public String activityFolder() {
        return paths.activity().toString();
    }
}
