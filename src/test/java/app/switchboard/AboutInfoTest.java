package app.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.Attributes;
import org.junit.jupiter.api.Test;

class AboutInfoTest {
    private final AppPaths paths = new AppPaths(Path.of("/home/ann/.config/switchboard"),
            Path.of("/home/ann/.local/share/switchboard"));

    @Test
    void readsVersionAndBuildDateFromTheManifest() {
        Attributes manifest = new Attributes();
        manifest.put(Attributes.Name.IMPLEMENTATION_VERSION, "1.4.2");
        manifest.put(new Attributes.Name("Build-Date"), "2026-11-20T18:03:00Z");
        Properties system = new Properties();
        system.setProperty("java.version", "21.0.5");
        system.setProperty("java.vendor", "Eclipse Adoptium");
        system.setProperty("javafx.version", "21.0.12");

        AboutInfo about = AboutInfo.from(paths, manifest, system);

        assertThat(about.version()).isEqualTo("1.4.2");
        assertThat(about.buildDate()).isEqualTo("2026-11-20T18:03:00Z");
        assertThat(about.javaVersion()).isEqualTo("21.0.5 (Eclipse Adoptium)");
        assertThat(about.javafxVersion()).isEqualTo("21.0.12");
    }

    @Test
    void saysDevelopmentAndUnknownWhenRunFromClasses() {
        AboutInfo about = AboutInfo.from(paths, null, new Properties());
        assertThat(about.version()).isEqualTo(AboutInfo.DEVELOPMENT);
        assertThat(about.buildDate()).isEqualTo(AboutInfo.UNKNOWN);
        assertThat(about.javafxVersion()).isEqualTo("not loaded");
    }

    @Test
    void namesWhereEveryFileLivesForASupportTicket() {
        AboutInfo about = AboutInfo.from(paths, null, new Properties());
        assertThat(about.settingsFile()).isEqualTo(paths.config().resolve("settings.json"));
        assertThat(about.environmentsFile()).isEqualTo(paths.config().resolve("environments.json"));
        assertThat(about.secretFile()).isEqualTo(paths.data().resolve("secrets.json"));
        assertThat(about.asText()).contains("Logs: " + paths.logs(), "Activity log: " + paths.activity(),
                "Settings: " + paths.config().resolve("settings.json"));
    }
}
