package app.switchboard.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {
    @TempDir
    Path home;
    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stop() {
        context.stop();
        System.clearProperty("switchboard.home");
    }

    @Test
    void logbackFindsTheSetUpThroughItsServiceFile() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(LogSetup.class);
    }

    @Test
    void writesTheLogIntoTheDataFolderWithSecretsRedacted() throws Exception {
        System.setProperty("switchboard.home", home.toString());
        // a context of its own, as Logback's provider makes it
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        new LogSetup().logToFile(context);

        context.getLogger("app.switchboard.Example").info("signed in with client_secret=abcdef123456secret");
        context.getLogger("okhttp3.OkHttpClient").info("connection chatter");
        assertThat(context.getLogger("okhttp3").getLevel()).isEqualTo(Level.WARN);
        context.stop();

        String log = Files.readString(home.resolve("data/logs/switchboard.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  [" + Thread.currentThread().getName() + "] app.switchboard.Example - signed in with")
                .doesNotContain("abcdef123456secret")
                .doesNotContain("connection chatter");
    }

    @Test
    void aTestConfigurationOnTheClassPathTakesPrecedence() {
        assertThat(new LogSetup().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
