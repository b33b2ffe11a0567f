package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppPaths;
import app.switchboard.settings.SettingsStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path home;

    @Test
    void showsWhereSwitchboardKeepsItsFiles() {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        SettingsViewModel model = new SettingsViewModel(paths, new SettingsStore(paths.config(), Runnable::run));
        assertThat(model.settingsFile()).isEqualTo(home.resolve("config/settings.json").toString());
        assertThat(model.logFolder()).isEqualTo(home.resolve("data/logs").toString());
        assertThat(model.emptyStateProperty().getValue().message()).contains("keychain")
                .doesNotContain("once Demo is available");
    }
}
