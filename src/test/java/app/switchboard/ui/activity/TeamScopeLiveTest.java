package app.switchboard.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.paths.AppPaths;
import app.switchboard.team.ReplicationMark;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamConsoles;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamEntries;
import app.switchboard.team.TeamMode;
import app.switchboard.team.TeamReplicator;
import app.switchboard.team.TeamSettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** The Team scope says it shows the team's changes (not "from this computer") and says when a colleague's arrives live. */
@ExtendWith(ApplicationExtension.class)
class TeamScopeLiveTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        new ActivityLog(paths.activity()).append(TeamEntries.entry("own-1", "alice", Instant.now()));
        new TeamSettingsStore(paths.config()).save(DB.settings("desk-1"));
        context = TeamConsoles.open(stage, paths, new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())),
                "alice", 5);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theTeamScopesSubtitleSpeaksOfTheTeamAndAColleaguesChangeArrivingLiveIsSaid(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Label subtitle = robot.lookup("#activityView .section-subtitle").queryAs(Label.class);
        assertThat(subtitle.getText()).startsWith("Every change made from this computer");

        robot.clickOn("Team");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(subtitle.getText()).startsWith("The whole team's changes, from every computer").doesNotContain("this computer");

        TeamMode team = context.service(TeamMode.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, team::listening);
        ActivityLog anna = new ActivityLog(home.resolve("anna/activity"));
        anna.append(TeamEntries.entry("anna-live", "anna", Instant.now()));
        try (TeamReplicator colleague = new TeamReplicator(anna, TeamDatabase.of(DB.settings("desk-7"), null),
                new ReplicationMark(home.resolve("anna")), Clock.systemUTC(), TeamReplicator.Timing.defaults())) {
            colleague.shipNow();
        }

        Label arrival = robot.lookup(".activity-arrival").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> arrival.isVisible() && arrival.getText() != null);
        assertThat(arrival.getText()).startsWith("Arrived live: a change by anna on desk-7 at ");
        @SuppressWarnings("unchecked")
        TableView<ActivityEntry> table = robot.lookup("#activityTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(e -> e.id().equals("anna-live")));

        robot.clickOn("This computer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(subtitle.getText()).startsWith("Every change made from this computer");
        assertThat(arrival.isVisible()).isFalse();
    }
}
