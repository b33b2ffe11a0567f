package app.switchboard.about;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.paths.AppPaths;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class AboutInfoTest {
    private final AppPaths paths = new AppPaths(Path.of("/home/ops/.config/switchboard"), Path.of("/home/ops/.local/share/switchboard"));

    @Test
    void showsVersionAndBuildDateFromTheApplicationManifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "1.4.2");
        manifest.getMainAttributes().putValue("Build-Date", "2026-11-21T10:15:00Z");

        AboutInfo about = AboutInfo.of(Optional.of(manifest), new Properties(), paths);

        assertThat(about.version()).isEqualTo("1.4.2");
        assertThat(about.buildDate()).isEqualTo("2026-11-21T10:15:00Z");
    }

    @Test
    void saysDevelopmentBuildWhenRunFromClassesWithoutAManifest() {
        AboutInfo about = AboutInfo.of(Optional.empty(), new Properties(), paths);

        assertThat(about.version()).isEqualTo("development");
        assertThat(about.buildDate()).isEqualTo("unknown");
    }

    @Test
    void showsTheJavaAndJavaFxVersionsItRunsOn() {
        Properties system = new Properties();
        system.setProperty("java.version", "17.0.15");
        system.setProperty("javafx.version", "21.0.12");

        AboutInfo about = AboutInfo.of(Optional.empty(), system, paths);

        assertThat(about.javaVersion()).isEqualTo("17.0.15");
        assertThat(about.javaFxVersion()).isEqualTo("21.0.12");
    }

    @Test
    void javaFxVersionIsUnknownBeforeTheToolkitStarts() {
        Properties system = new Properties();
        system.setProperty("java.version", "17.0.15");

        assertThat(AboutInfo.of(Optional.empty(), system, paths).javaFxVersion()).isEqualTo("unknown");
    }

    @Test
    void namesTheFoldersWhereSettingsSecretsLogsAndTheActivityLogAreKept() {
        AboutInfo about = AboutInfo.of(Optional.empty(), new Properties(), paths);

        assertThat(about.settings()).isEqualTo(Path.of("/home/ops/.config/switchboard"));
        assertThat(about.secrets()).isEqualTo(Path.of("/home/ops/.local/share/switchboard"));
        assertThat(about.logs()).isEqualTo(Path.of("/home/ops/.local/share/switchboard/logs"));
        assertThat(about.activityLog()).isEqualTo(Path.of("/home/ops/.local/share/switchboard/activity"));
    }

    @Test
    void theRunningBuildReportsTheJavaItRunsOn() {
        AboutInfo about = AboutInfo.current(paths);

        assertThat(about.javaVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(about.version()).as("tests run from target/classes").isEqualTo("development");
    }
}
