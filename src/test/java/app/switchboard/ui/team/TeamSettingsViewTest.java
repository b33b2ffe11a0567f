package app.switchboard.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.paths.AppPaths;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamSettings;
import app.switchboard.team.TeamSettingsStore;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Team in the real shell against the embedded PostgreSQL. */
@ExtendWith(ApplicationExtension.class)
class TeamSettingsViewTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;
    private AppPaths paths;
    private AppContext context;
    private final InMemorySecretStore secrets = new InMemorySecretStore();

    @Start
    void start(Stage stage) {
        paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        context = AppContext.builder(paths)
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())))
                .secrets(secrets)
                .sandbox(SandboxConfig.builder().seed(11).build())
                .locale(Locale.ENGLISH)
                .appearance(() -> false)
                .sameThreadTasks()
                .build();
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aRemoteAddressWithoutTlsIsRefusedInWordsThenConnectingKeepsThePasswordOnlyInTheSecretStore(FxRobot robot)
            throws Exception {
        robot.clickOn("#navSettings");
        robot.clickOn("Team");
        robot.interact(() -> {
            field(robot, "#teamUrl").setText("jdbc:postgresql://db.example.org/switchboard");
            field(robot, "#teamUser").setText("postgres");
        });
        robot.clickOn("#teamTest");
        Label result = robot.lookup("#teamResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.getText().contains("verify-full"));
        assertThat(Files.exists(paths.config().resolve(TeamSettingsStore.FILE_NAME))).isFalse();

        robot.interact(() -> {
            field(robot, "#teamUrl").setText("");
            field(robot, "#teamHost").setText("127.0.0.1");
            field(robot, "#teamPort").setText(String.valueOf(DB.port()));
            field(robot, "#teamDatabase").setText(DB.database());
            field(robot, "#teamDesk").setText("desk-3");
        });
        robot.clickOn("#teamPassword").write("pw-for-the-team-42");
        robot.clickOn("#teamConnect");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> result.getText().startsWith("Connected (schema version 101)"));
        Label status = robot.lookup("#teamStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Team log: up to date".equals(status.getText()));

        assertThat(secrets.get(TeamSettings.PASSWORD_KEY)).contains("pw-for-the-team-42");
        String saved = Files.readString(paths.config().resolve(TeamSettingsStore.FILE_NAME));
        assertThat(saved).contains("desk-3").doesNotContain("pw-for-the-team-42");
        assertThat(robot.lookup("#teamPassword").queryAs(TextField.class).getText()).isEmpty();
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }
}
