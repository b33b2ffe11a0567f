package app.switchboard.ui.a11y;

import app.switchboard.AppContext;
import app.switchboard.AppPaths;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.TestSessions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The whole console on the Demo sandbox (fixed seed and clock), as the app builds it. */
public final class ShellOnDemo {
    private ShellOnDemo() {
    }

    public static AppContext.Builder builder(Path home, Locale locale) {
        return AppContext.builder(new AppPaths(home.resolve("config"), home.resolve("data")))
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo(), TestSessions.STAGING)))
                .sandbox(SandboxConfig.builder().seed(7).build())
                .clock(TestSessions.CLOCK)
                .locale(locale)
                .user("alice")
                .appearance(() -> false);
    }
}
