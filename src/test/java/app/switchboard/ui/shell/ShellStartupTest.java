package app.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.session.Api;
import app.switchboard.ui.common.session.ConnectionState;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up as the application does it: the context connects to the starting environment while the
 * window is built ({@link AppContext#connectAhead}), with real background workers and sandbox.
 */
@ExtendWith(ApplicationExtension.class)
class ShellStartupTest {
    @TempDir
    Path home;
    private AppContext context;
    private Stage stage;

    @AfterEach
    void close() {
        if (stage != null) {
            new FxRobot().interact(stage::close);
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theDemoSandboxStartedAheadFillsTheEntitiesTable(FxRobot robot) throws Exception {
        context = demo(SandboxConfig.builder().seed(7).build());
        context.connectAhead();
        open(robot);

        TableView<?> table = robot.lookup("#entitiesView .table-view").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(context.session().stateProperty(Api.DER_CONNECT).get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(context.session().connection()).isPresent();
    }

    @Test
    void onlyTheOpeningViewIsBuiltAtStartUpAndAnotherIsBuiltAndLoadsOnItsFirstVisit(FxRobot robot) throws Exception {
        context = demo(SandboxConfig.builder().seed(7).build());
        context.connectAhead();
        open(robot);

        assertThat(robot.lookup("#entitiesView").tryQuery()).isPresent();
        for (String later : List.of("#subscriptionsView", "#reviewView", "#activityView", "#settingsView")) {
            assertThat(robot.lookup(later).tryQuery()).as(later).isEmpty();
        }

        robot.clickOn("#navSubscriptions");
        TableView<?> subscriptions = robot.lookup("#subscriptionsView .table-view").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !subscriptions.getItems().isEmpty());
        assertThat(robot.lookup("#subscriptionsView").query().isVisible()).isTrue();
    }

    @Test
    void aDemoSandboxThatCannotStartStillSaysSoPlainly(FxRobot robot) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            context = demo(SandboxConfig.builder().port(taken.getLocalPort()).build());
            context.connectAhead();
            open(robot);

            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> context.session().stateProperty(Api.DER_CONNECT).get() == ConnectionState.UNAVAILABLE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".message").queryAs(atlantafx.base.controls.Message.class).getDescription())
                    .contains("The Demo environment could not start its sandbox")
                    .contains(Integer.toString(taken.getLocalPort()));
            assertThat(robot.lookup("#derStatus").queryAs(javafx.scene.control.Label.class).getText())
                    .isEqualTo("DER Connect: not available");
        }
    }

    private AppContext demo(SandboxConfig sandbox) {
        return AppContext.builder(new AppPaths(home.resolve("config"), home.resolve("data")))
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo(), ShellFixture.STAGING)))
                .sandbox(sandbox)
                .locale(Locale.ENGLISH)
                .appearance(() -> false)
                .build();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            new ShellWindow(context).open(stage);
        });
    }
}
