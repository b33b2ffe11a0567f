package app.switchboard.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    private final Path home = Path.of("/home/ann");

    @Test
    void switchboardHomePutsEverythingBelowOneFolder() {
        AppPaths paths = AppPaths.resolve(Map.of("SWITCHBOARD_HOME", "/tmp/sb"), null, "Linux", home);
        assertThat(paths.config()).isEqualTo(Path.of("/tmp/sb/config"));
        assertThat(paths.activity()).isEqualTo(Path.of("/tmp/sb/data/activity"));
    }

    @Test
    void linuxFollowsXdgFolders() {
        AppPaths paths = AppPaths.resolve(Map.of(), null, "Linux", home);
        assertThat(paths.config()).isEqualTo(Path.of("/home/ann/.config/switchboard"));
        assertThat(paths.logs()).isEqualTo(Path.of("/home/ann/.local/share/switchboard/logs"));
    }

    @Test
    void systemPropertyWinsOverEnvironmentVariable() {
        AppPaths paths = AppPaths.resolve(Map.of("SWITCHBOARD_HOME", "/a"), "/b", "Linux", home);
        assertThat(paths.config()).isEqualTo(Path.of("/b/config"));
    }
}
