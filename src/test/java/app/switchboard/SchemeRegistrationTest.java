package app.switchboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * The entry as the .deb installs it (jpackage fills in the launcher and icon), in a data folder of
     * its own: valid for the desktop, and after update-desktop-database (the postinst's step) the one
     * xdg-mime names for switchboard:// links.
     */
    @Test
    void theInstalledMenuEntryIsWhatXdgMimeNamesAsTheHandlerOfSwitchboardLinks(@TempDir Path data) throws Exception {
        assumeTrue(Stream.of("desktop-file-validate", "update-desktop-database", "xdg-mime")
                .allMatch(tool -> Files.isExecutable(Path.of("/usr/bin", tool))), "needs desktop-file-utils and xdg-utils");
        Path applications = Files.createDirectories(data.resolve("share/applications"));
        Path installed = applications.resolve("switchboard-Switchboard.desktop");
        Files.writeString(installed, Files.readString(Path.of("jpackage/linux/Switchboard.desktop"))
                .replace("APPLICATION_LAUNCHER", "/opt/switchboard/bin/Switchboard")
                .replace("APPLICATION_DESCRIPTION", "Switch DER Connect features and Fynn entitlements on and off")
                .replace("APPLICATION_ICON", "/opt/switchboard/lib/Switchboard.png"));

        // hints ("more than one main category") are advice, not faults
        assertThat(run(data, "desktop-file-validate", "--no-hints", installed.toString())).isEqualTo(new Ran(0, ""));
        assertThat(run(data, "update-desktop-database", applications.toString()).exit()).isZero();
        assertThat(run(data, "xdg-mime", "query", "default", "x-scheme-handler/switchboard"))
                .isEqualTo(new Ran(0, "switchboard-Switchboard.desktop"));
    }

    private record Ran(int exit, String output) {
    }

    /** A tool run with only {@code data} as the desktop's data and configuration (no desktop session). */
    private static Ran run(Path data, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("XDG_") || name.equals("DESKTOP_SESSION") || name.equals("KDE_FULL_SESSION")
                || name.equals("GNOME_DESKTOP_SESSION_ID"));
        env.put("HOME", data.toString());
        env.put("XDG_DATA_HOME", data.resolve("home-share").toString());
        env.put("XDG_DATA_DIRS", data.resolve("share").toString());
        env.put("XDG_CONFIG_HOME", data.resolve("config").toString());
        env.put("XDG_CONFIG_DIRS", data.resolve("config").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Ran(process.exitValue(), output);
    }

    @Test
    void theDebianPackageMakesTheDesktopDatabaseKnowTheHandler() throws Exception {
        assertThat(Files.readString(Path.of("jpackage/linux/postinst"))).contains("update-desktop-database -q /usr/share/applications");
    }

    @Test
    void theRpmMakesTheDesktopDatabaseKnowTheHandlerAfterCopyingTheEntryItself() throws Exception {
        String spec = Files.readString(Path.of("jpackage/linux/switchboard.spec"));
        String post = spec.substring(spec.indexOf("%post"), spec.indexOf("%preun"));
        // after the fallback copy of the entry, which xdg-desktop-menu would otherwise have announced
        assertThat(post.indexOf("update-desktop-database -q /usr/share/applications"))
                .isGreaterThan(post.indexOf("install -D -m 644"));
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
