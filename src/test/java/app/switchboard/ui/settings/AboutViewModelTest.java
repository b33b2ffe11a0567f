package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.about.AboutInfo;
import app.switchboard.ui.common.fx.Messages;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AboutViewModelTest {
    private final AboutInfo info = new AboutInfo("1.2.0", "2026-11-20T18:03:00Z", "21.0.5", "21.0.12",
            Path.of("/home/ann/.config/switchboard"), Path.of("/home/ann/.local/share/switchboard"),
            Path.of("/home/ann/.local/share/switchboard/logs"), Path.of("/home/ann/.local/share/switchboard/activity"));

    @Test
    void namesEachFileWhereItLives() {
        AboutViewModel model = new AboutViewModel(info, Messages.load(Locale.ENGLISH));
        assertThat(model.facts()).extracting(AboutViewModel.Fact::label, AboutViewModel.Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("Settings", "/home/ann/.config/switchboard/settings.json"),
                org.assertj.core.groups.Tuple.tuple("Environments", "/home/ann/.config/switchboard/environments.json"),
                org.assertj.core.groups.Tuple.tuple("Activity log", "/home/ann/.local/share/switchboard/activity"));
    }

    @Test
    void copiesEveryFactAsOneLineEachForASupportTicket() {
        String text = new AboutViewModel(info, Messages.load(Locale.ENGLISH)).asText();
        assertThat(text.lines()).contains("Switchboard 1.2.0", "Build date: 2026-11-20T18:03:00Z", "JavaFX: 21.0.12",
                "Logs: /home/ann/.local/share/switchboard/logs");
    }

    @Test
    void speaksGermanWhenAskedTo() {
        AboutViewModel model = new AboutViewModel(info, Messages.load(Locale.GERMAN));
        assertThat(model.title()).isEqualTo("Über Switchboard");
        assertThat(model.asText()).contains("Erstellt am: 2026-11-20T18:03:00Z");
    }
}
