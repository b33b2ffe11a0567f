package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SharedEnvironmentStore;
import app.switchboard.paths.AppPaths;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamConsoles;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamEnvironments;
import app.switchboard.team.TeamSettingsStore;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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

/** Settings → Environments with a team database: a colleague's published environment is offered "from team"; publishing from here. */
@ExtendWith(ApplicationExtension.class)
class SettingsTeamEnvironmentsTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        // the admin on another computer published Production before this console started
        Path adminConfig = home.resolve("admin-config");
        app.switchboard.team.TeamSchema.migrate(TeamDatabase.of(DB.settings("desk-admin"), null));
        TeamDatabase database = TeamDatabase.of(DB.settings("desk-admin"), null);
        SharedEnvironmentStore admin = new SharedEnvironmentStore(new JsonEnvironmentStore(adminConfig.resolve("environments.json")),
                adminConfig, new TeamEnvironments(() -> Optional.of(database)), new InMemorySecretStore(), Clock.systemUTC());
        admin.add(new Environment("Production", "#c62828", RiskLevel.PRODUCTION, "https://der.example.org",
                "https://der.example.org/token", "client-1", "esp", "https://coreapi.io", true));
        admin.publish("Production");

        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        new TeamSettingsStore(paths.config()).save(DB.settings("desk-1"));
        context = TeamConsoles.open(stage, paths, null, "olga", 3);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aPublishedEnvironmentIsOfferedFromTeamAndALocalOneIsPublishedFromSettings(FxRobot robot) throws Exception {
        EnvironmentSession session = context.session();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.environments().stream()
                .anyMatch(e -> e.name().equals("Production")));

        // the environment picker in the toolbar marks it too
        robot.clickOn("#environmentSwitcher");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> picker = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null).toList();
        assertThat(picker).anyMatch(t -> t.startsWith("Production  ·  ") && t.endsWith("  ·  from team"));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#navSettings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellTexts(robot)).anyMatch(t -> t.startsWith("Production  ·  ") && t.endsWith("  ·  from team"));

        robot.interact(() -> list(robot).getSelectionModel().select(session.environments().stream()
                .filter(e -> e.name().equals("Production")).findFirst().orElseThrow()));
        Label origin = robot.lookup("#envTeamOrigin").queryAs(Label.class);
        assertThat(origin.getText()).startsWith("From the team (revision 1, published by postgres)");
        assertThat(robot.lookup("#envPublish").queryButton().isVisible()).as("nothing of its own to publish").isFalse();

        // an environment of this computer's own, published from Settings
        EnvironmentStore store = context.service(EnvironmentStore.class);
        store.add(new Environment("Staging", "#1565c0", RiskLevel.STAGING, "https://der.example.org",
                "https://der.example.org/token", "client-2", "esp", "https://coreapi.io", false));
        robot.interact(() -> {
            session.reloadEnvironments();
            list(robot).getSelectionModel().select(session.environments().stream()
                    .filter(e -> e.name().equals("Staging")).findFirst().orElseThrow());
        });
        assertThat(robot.lookup("#envPublish").queryButton().isVisible()).isTrue();
        robot.clickOn("#envPublish");
        Label feedback = robot.lookup(".feedback").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feedback.getText() != null
                && feedback.getText().startsWith("Published Staging to the team (revision 1)"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellTexts(robot).stream()
                .anyMatch(t -> t.startsWith("Staging  ·  ") && t.endsWith("  ·  from team")));
        try (Connection c = DB.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select published_by from team_environment where name = 'Staging'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("postgres");
        }
    }

    @SuppressWarnings("unchecked")
    private static ListView<Environment> list(FxRobot robot) {
        return robot.lookup("#environmentList").queryAs(ListView.class);
    }

    private static java.util.List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#environmentList .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null).toList();
    }
}
