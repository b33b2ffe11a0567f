package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.paths.AppPaths;
import app.switchboard.settings.SettingsStore;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.settings.SettingsViewModel.Language;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path home;

    private AppPaths paths() {
        return new AppPaths(home.resolve("config"), home.resolve("data"));
    }

    @Test
    void showsWhereSwitchboardKeepsItsFiles() {
        AppPaths paths = paths();
        SettingsViewModel model = new SettingsViewModel(paths, new SettingsStore(paths.config(), Runnable::run),
                Messages.load(Locale.ENGLISH));
        assertThat(model.settingsFile()).isEqualTo(home.resolve("config/settings.json").toString());
        assertThat(model.logFolder()).isEqualTo(home.resolve("data/logs").toString());
        assertThat(model.activityFolder()).isEqualTo(home.resolve("data/activity").toString());
    }

    @Test
    void theChosenLanguageIsStoredAndReadBackAfterARestart() {
        AppPaths paths = paths();
        SettingsViewModel model = new SettingsViewModel(paths, new SettingsStore(paths.config(), Runnable::run),
                Messages.load(Locale.ENGLISH));
        assertThat(model.languageProperty().get()).isEqualTo(Language.SYSTEM);

        model.languageProperty().set(Language.GERMAN);

        assertThat(model.restartNeeded()).isTrue();
        SettingsStore reread = new SettingsStore(paths.config(), Runnable::run);
        assertThat(reread.current().language()).isEqualTo("de");
        assertThat(reread.current().locale()).isEqualTo(Locale.GERMAN);
        assertThat(new SettingsViewModel(paths, reread, Messages.load(Locale.GERMAN)).languageProperty().get())
                .isEqualTo(Language.GERMAN);
    }

    @Test
    void choosingTheSystemLanguageForgetsTheOverride() {
        AppPaths paths = paths();
        SettingsStore store = new SettingsStore(paths.config(), Runnable::run);
        store.update(s -> s.withLanguage("de"));
        SettingsViewModel model = new SettingsViewModel(paths, store, Messages.load(Locale.GERMAN));

        model.languageProperty().set(Language.SYSTEM);

        assertThat(new SettingsStore(paths.config(), Runnable::run).current().language()).isNull();
    }

    @Test
    void eachLanguageIsNamedInItsOwnWords() {
        AppPaths paths = paths();
        SettingsViewModel model = new SettingsViewModel(paths, new SettingsStore(paths.config(), Runnable::run),
                Messages.load(Locale.ENGLISH));
        assertThat(model.languageName(Language.GERMAN)).isEqualTo("Deutsch");
        assertThat(model.languageName(Language.ENGLISH)).isEqualTo("English");
    }
}
