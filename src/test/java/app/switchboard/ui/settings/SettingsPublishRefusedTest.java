package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.paths.AppPaths;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamConsoles;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamSchema;
import app.switchboard.team.TeamSettings;
import app.switchboard.team.TeamSettingsStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** An operator's "Publish to team" is refused by the database and said in words; nothing reaches the team. */
@ExtendWith(ApplicationExtension.class)
class SettingsPublishRefusedTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();
    private static final Environment OPS = new Environment("Ops", "#1565c0", RiskLevel.STAGING, "https://der.example.org",
            "https://der.example.org/token", "client-3", "esp", "https://coreapi.io", false);

    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        TeamSchema.migrate(TeamDatabase.of(DB.settings("setup"), null));
        // the operator's grants of docs/TEAM.md: reading environments, writing only the activity log
        DB.execute("do $$ begin if not exists (select from pg_roles where rolname = 'gui_olga') then "
                        + "create role gui_olga login; end if; end $$",
                "grant select on team_environment, team_schema_history to gui_olga",
                "grant select, insert on team_activity to gui_olga",
                "grant usage on sequence team_activity_seq_seq to gui_olga");
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        new TeamSettingsStore(paths.config()).save(TeamSettings.ofHost("127.0.0.1", DB.port(), DB.database(), "gui_olga",
                "desk-olga"));
        context = TeamConsoles.open(stage, paths,
                new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo(), OPS)), "olga", 4);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anOperatorsPublishIsRefusedInWordsAndNothingReachesTheTeam(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Environment> list = robot.lookup("#environmentList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(e -> e.name().equals("Ops")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#envPublish").queryButton().isVisible()).isTrue();

        robot.clickOn("#envPublish");
        Label feedback = robot.lookup(".feedback").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feedback.getText() != null && feedback.getText().startsWith("Ops: not done."));
        assertThat(feedback.getText()).contains("Only the team's admin can publish or remove environments")
                .contains("user gui_olga");
        try (Connection c = DB.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from team_environment")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }
}
