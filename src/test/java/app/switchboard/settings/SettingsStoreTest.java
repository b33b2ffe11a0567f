package app.switchboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.files.FlakyMover;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path config;

    @Test
    void withoutAFileTheDefaultsApply() {
        Settings settings = new SettingsStore(config, Runnable::run).current();
        assertThat(settings).isEqualTo(Settings.defaults());
        assertThat(settings.theme()).isEqualTo(ThemeChoice.SYSTEM);
    }

    @Test
    void everythingSavedIsReadBackByTheNextStart() {
        SettingsStore store = new SettingsStore(config, Runnable::run);
        store.update(s -> s.withWindow(new WindowBounds(10, 20, 1100, 700, true))
                .withTheme(ThemeChoice.DARK).withLastView("ACTIVITY").withLastEnvironment("Production EU"));

        Settings reread = new SettingsStore(config, Runnable::run).current();
        assertThat(reread).isEqualTo(new Settings(new WindowBounds(10, 20, 1100, 700, true),
                ThemeChoice.DARK, "ACTIVITY", "Production EU", null));
    }

    @Test
    void aChangeIsVisibleAtOnceAndWrittenByTheWriter() throws IOException {
        List<Runnable> pendingWrites = new ArrayList<>();
        SettingsStore store = new SettingsStore(config, pendingWrites::add);
        store.update(s -> s.withTheme(ThemeChoice.LIGHT));
        assertThat(store.current().theme()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(Files.exists(store.file())).isFalse();

        pendingWrites.forEach(Runnable::run);
        assertThat(Files.readString(store.file())).contains("\"theme\" : \"LIGHT\"");
    }

    @Test
    void writesThatRunOutOfOrderStillLeaveTheNewestSettings() {
        List<Runnable> pendingWrites = new ArrayList<>();
        SettingsStore store = new SettingsStore(config, pendingWrites::add);
        store.update(s -> s.withTheme(ThemeChoice.LIGHT));
        store.update(s -> s.withTheme(ThemeChoice.DARK));
        pendingWrites.get(1).run();
        pendingWrites.get(0).run();
        assertThat(new SettingsStore(config, Runnable::run).current().theme()).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void anUnreadableFileFallsBackToDefaultsInsteadOfStoppingTheApp() throws IOException {
        Files.writeString(config.resolve(SettingsStore.FILE_NAME), "{ this is not json");
        assertThat(new SettingsStore(config, Runnable::run).current()).isEqualTo(Settings.defaults());
    }

    @Test
    void fieldsFromANewerVersionAreIgnored() throws IOException {
        Files.writeString(config.resolve(SettingsStore.FILE_NAME),
                "{\"theme\":\"DARK\",\"lastEnvironment\":\"Demo\",\"fontScale\":1.25}");
        Settings settings = new SettingsStore(config, Runnable::run).current();
        assertThat(settings.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(settings.lastEnvironment()).isEqualTo("Demo");
    }

    @Test
    void twoProcessesSavingDifferentSettingsKeepBoth() {
        SettingsStore console = new SettingsStore(config, Runnable::run);
        SettingsStore secondConsole = new SettingsStore(config, Runnable::run);

        console.update(s -> s.withTheme(ThemeChoice.DARK));
        secondConsole.update(s -> s.withLanguage("de"));

        Settings reread = new SettingsStore(config, Runnable::run).current();
        assertThat(reread.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(reread.language()).isEqualTo("de");
        assertThat(secondConsole.current().theme()).as("the other's change is read back").isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void aFileHeldByAnotherProgramIsWrittenOnceItLetsGo() throws IOException {
        FlakyMover held = new FlakyMover(2);
        SettingsStore store = new SettingsStore(config, Runnable::run,
                new app.switchboard.files.AtomicReplace(held, pause -> { }));

        store.update(s -> s.withTheme(ThemeChoice.LIGHT));

        assertThat(held.attempts()).isEqualTo(3);
        assertThat(new SettingsStore(config, Runnable::run).current().theme()).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void aFileHeldThroughEveryAttemptKeepsTheChangeForTheNextWrite() throws IOException {
        FlakyMover held = new FlakyMover(Integer.MAX_VALUE);
        SettingsStore store = new SettingsStore(config, Runnable::run,
                new app.switchboard.files.AtomicReplace(held, pause -> { }));

        store.update(s -> s.withTheme(ThemeChoice.LIGHT));
        assertThat(Files.exists(store.file())).isFalse();
        assertThat(store.current().theme()).isEqualTo(ThemeChoice.LIGHT);

        held.release();
        store.update(s -> s.withLastView("REVIEW"));
        Settings reread = new SettingsStore(config, Runnable::run).current();
        assertThat(reread.theme()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(reread.lastView()).isEqualTo("REVIEW");
    }
}
