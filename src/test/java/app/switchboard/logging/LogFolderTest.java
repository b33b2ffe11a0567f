package app.switchboard.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFolderTest {
    @TempDir
    Path home;

    @AfterEach
    void clear() {
        System.clearProperty("switchboard.home");
    }

    @Test
    void logsGoBelowSwitchboardHome() {
        System.setProperty("switchboard.home", home.toString());
        String folder = new LogFolder().getPropertyValue();
        assertThat(Path.of(folder)).isEqualTo(home.resolve("data/logs"));
        assertThat(Files.isDirectory(Path.of(folder))).isTrue();
    }
}
