package app.switchboard.ui.shell;

import app.switchboard.AppContext;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.paths.AppPaths;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.file.Path;
import java.util.List;

/** Builds application contexts the way the app does, on a temporary SWITCHBOARD_HOME. */
final class ShellFixture {
    static final Environment STAGING = TestSessions.STAGING;

    private ShellFixture() {
    }

    /** The home folder as the app finds it: through the {@code switchboard.home} system property. */
    static AppPaths pathsFor(Path home) {
        String previous = System.getProperty("switchboard.home");
        System.setProperty("switchboard.home", home.toString());
        try {
            return AppPaths.fromSystem();
        } finally {
            if (previous == null) {
                System.clearProperty("switchboard.home");
            } else {
                System.setProperty("switchboard.home", previous);
            }
        }
    }

    static AppContext.Builder builder(Path home) {
        return AppContext.builder(pathsFor(home))
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo(), STAGING)))
                .connector(new app.switchboard.ops.NoBackendConnector())
                .appearance(() -> false);
    }

    static AppContext sameThread(Path home) {
        return builder(home).sameThreadTasks().build();
    }
}
