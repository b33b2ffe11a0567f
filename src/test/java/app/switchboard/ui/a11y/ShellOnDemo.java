package app.switchboard.ui.a11y;

import app.switchboard.AppContext;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.session.TestSessions;
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

    /** The running Demo sandbox of a connected context, to pick test data from its own state. */
    public static app.switchboard.sandbox.Sandbox sandbox(AppContext context) {
        return context.session().connection()
                .map(c -> ((app.switchboard.connect.ApiConnector.Connection) c).sandbox().orElseThrow()).orElseThrow();
    }

    /** Waits until the console is connected and the Entities table holds every entity of the sandbox. */
    public static void awaitEntities(org.testfx.api.FxRobot robot, AppContext context) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> context.session().connection().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitFor(600, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#table").queryAs(javafx.scene.control.TableView.class).getItems().size()
                        == sandbox(context).derStore().entities().size());
    }

    /**
     * Makes every answer of the Demo sandbox take {@code millis}: called once a view is ready, it
     * keeps a scan running while the test looks at it (0 makes the sandbox quick again).
     */
    public static void answerAfter(AppContext context, int millis) {
        context.session().connection()
                .flatMap(connection -> ((app.switchboard.connect.ApiConnector.Connection) connection).sandbox())
                .ifPresent(sandbox -> sandbox.faults().update(s -> s.withLatency(millis, 0)));
    }
}
