package app.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the installers register for switchboard:// links, and that the launcher takes what they pass. */
class SchemeRegistrationTest {
    @Test
    void theLinuxMenuEntryClaimsSwitchboardLinksAndPassesThemToTheLauncher() throws Exception {
        List<String> entry = Files.readAllLines(Path.of("jpackage/linux/Switchboard.desktop"));

        assertThat(entry).contains("MimeType=x-scheme-handler/switchboard;");
        // %u: the desktop passes the one link clicked as the launcher's only argument
        assertThat(entry).contains("Exec=APPLICATION_LAUNCHER %u");
        assertThat(Launcher.linkArgument(new String[] {"switchboard://open/demo/entity/e1"}))
                .contains("switchboard://open/demo/entity/e1");
    }

    @Test
    void theDebianPackageMakesTheDesktopDatabaseKnowTheHandler() throws Exception {
        assertThat(Files.readString(Path.of("jpackage/linux/postinst"))).contains("update-desktop-database -q /usr/share/applications");
    }

    @Test
    void theMacBundleDeclaresTheSchemeBeforeItIsSigned() throws Exception {
        String finish = Files.readString(Path.of("jpackage/finish-app-image.sh"));
        assertThat(finish).contains("CFBundleURLSchemes:0 string switchboard")
                .contains("register_url_scheme; sign_mac_bundle");
    }

    @Test
    void theLauncherOpensLinksAndLeavesOtherArgumentsToTheCommandLine() {
        assertThat(Launcher.linkArgument(new String[] {"open", "switchboard://open/demo/subscription/s1"}))
                .contains("switchboard://open/demo/subscription/s1");
        assertThat(Launcher.linkArgument(new String[] {"open", "--help"})).isEmpty();
        assertThat(Launcher.linkArgument(new String[] {"entities", "list"})).isEqualTo(Optional.empty());
        assertThat(Launcher.linkArgument(new String[0])).isEmpty();
    }
}
