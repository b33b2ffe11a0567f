package app.switchboard.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.paths.AppPaths;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.ReplicationMark;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamEntries;
import app.switchboard.team.TeamMode;
import app.switchboard.team.TeamReplicator;
import app.switchboard.team.TeamSettingsStore;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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

/** The Activity view's Team scope over a real PostgreSQL: a colleague's changes, who made them where, undo only for our own. */
@ExtendWith(ApplicationExtension.class)
class TeamScopeTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        Instant now = Instant.now();
        // a colleague's desk shipped its log earlier
        ActivityLog anna = new ActivityLog(home.resolve("anna/activity"));
        anna.append(TeamEntries.entry("anna-1", "anna", now.minus(Duration.ofDays(3))));
        try (TeamReplicator colleague = new TeamReplicator(anna, TeamDatabase.of(DB.settings("desk-7"), null),
                new ReplicationMark(home.resolve("anna")), Clock.systemUTC(), TeamReplicator.Timing.defaults())) {
            colleague.shipNow();
        }
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        new ActivityLog(paths.activity()).append(TeamEntries.entry("mine-1", "alice", now.minus(Duration.ofHours(1))));
        new TeamSettingsStore(paths.config()).save(DB.settings("desk-1"));
        context = AppContext.builder(paths)
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())))
                .secrets(new InMemorySecretStore())
                .sandbox(SandboxConfig.builder().seed(5).build())
                .appearance(() -> false)
                .locale(Locale.ENGLISH)
                .user("alice")
                .sameThreadTasks()
                .build();
        context.service(TeamMode.class).start();
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theTeamScopeShowsAColleaguesChangeWithWhoAndWhereAndOffersUndoOnlyForOurOwn(FxRobot robot) throws Exception {
        Label status = robot.lookup(".status-bar .api-status").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().startsWith("Team log")).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Team log: up to date".equals(status.getText()));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Team");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ActivityEntry> table = robot.lookup("#activityTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(ActivityEntry::id).containsExactlyInAnyOrder("anna-1", "mine-1");

        List<String> cells = robot.lookup("#activityTable .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(t -> t != null).toList();
        assertThat(cells).contains("anna on desk-7", "alice on desk-1");

        List<Button> undo = robot.lookup(".activity-undo").queryAllAs(Button.class).stream()
                .filter(b -> b.getParent() != null && b.isVisible()).toList();
        int annaRow = table.getItems().stream().map(ActivityEntry::id).toList().indexOf("anna-1");
        assertThat(context.service(app.switchboard.audit.SharedActivity.class).available()).isTrue();
        assertThat(undo).hasSize(2);
        assertThat(annaRow).isNotNegative();
        assertThat(undo.stream().filter(Button::isDisabled).map(Button::getAccessibleText))
                .anySatisfy(text -> assertThat(text).contains("Made by anna on desk-7"));
    }
}
