package app.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopAppearanceTest {
    private static Optional<String> answer(List<String> command, Map<String, String> outputs) {
        return Optional.ofNullable(outputs.get(String.join(" ", command)));
    }

    @Test
    void gnomePreferDarkMeansDark() {
        var appearance = new DesktopAppearance("Linux", Map.of(), cmd -> answer(cmd,
                Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'prefer-dark'\n")));
        assertThat(appearance.prefersDark()).isTrue();
    }

    @Test
    void aDarkGtkThemeNameMeansDark() {
        var appearance = new DesktopAppearance("Linux", Map.of(), cmd -> answer(cmd, Map.of(
                "gsettings get org.gnome.desktop.interface color-scheme", "'default'\n",
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita-dark'\n")));
        assertThat(appearance.prefersDark()).isTrue();
        assertThat(new DesktopAppearance("Linux", Map.of("GTK_THEME", "Adwaita:dark"), cmd -> Optional.empty())
                .prefersDark()).isTrue();
    }

    @Test
    void withoutAnythingToReadItIsLight() {
        assertThat(new DesktopAppearance("Linux", Map.of(), cmd -> Optional.empty()).prefersDark()).isFalse();
    }

    @Test
    void windowsAndMacAreReadFromTheirOwnSettings() {
        assertThat(new DesktopAppearance("Windows 11", Map.of(), cmd -> Optional.of(
                "    AppsUseLightTheme    REG_DWORD    0x0")).prefersDark()).isTrue();
        assertThat(new DesktopAppearance("Windows 11", Map.of(), cmd -> Optional.of(
                "    AppsUseLightTheme    REG_DWORD    0x1")).prefersDark()).isFalse();
        assertThat(new DesktopAppearance("Mac OS X", Map.of(), cmd -> Optional.of("Dark\n")).prefersDark()).isTrue();
    }
}
