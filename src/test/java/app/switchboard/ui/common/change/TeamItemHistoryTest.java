package app.switchboard.ui.common.change;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityOutcome;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.team.ReplicationMark;
import app.switchboard.team.TeamActivityReader;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamReplicator;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An item's history in team mode: a colleague's change says who, where, how long ago and why; only our own can be undone. */
@ExtendWith(ApplicationExtension.class)
class TeamItemHistoryTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;
    private final StackPane root = new StackPane();
    private ChangeFixture fixture;
    private final ChangeTarget car = ChangeTarget.derFeature(TestSessions.STAGING, "ev-1", "CaptureChargeSessions",
            "Anna's car", "EV", "WVW1");

    @Start
    void start(Stage stage) {
        fixture = ChangeFixture.sameThread(home, TestSessions.CLOCK, "alice");
        fixture.connect(TestSessions.STAGING);
        stage.setScene(new Scene(root, 700, 400));
        stage.show();
    }

    @Test
    void aColleaguesChangeShowsWhoWhereWhenAndWhyBesideOurOwn(FxRobot robot) throws Exception {
        ActivityLog annasDesk = new ActivityLog(home.resolve("anna"));
        annasDesk.append(new ActivityEntry("anna-off", Instant.now().minus(Duration.ofDays(3)), "anna", "Staging EU",
                Api.DER_CONNECT, "ev-1", "CaptureChargeSessions", "EV \"Anna's car\" (WVW1) · CaptureChargeSessions",
                ActivityEntry.DISABLE, true, false, "contract ended", new ActivityOutcome(OutcomeKind.SUCCEEDED, 200, null),
                40, null, null, null));
        try (TeamReplicator desk7 = new TeamReplicator(annasDesk, TeamDatabase.of(DB.settings("desk-7"), null),
                new ReplicationMark(home.resolve("anna-mark")), Clock.systemUTC(), TeamReplicator.Timing.defaults())) {
            desk7.shipNow();
        }
        fixture.der.set(car, false);
        fixture.engine.change(ChangeRequest.set(car, false, true));
        TeamDatabase database = TeamDatabase.of(DB.settings("desk-1"), null);
        TeamActivityReader team = new TeamActivityReader(() -> Optional.of(database), fixture.log);
        ActivityHistory history = new ActivityHistory(fixture.log, fixture.sessions.tasks, fixture.changes, fixture.session,
                fixture.messages, team);
        ActivityHistoryPane[] pane = new ActivityHistoryPane[1];
        robot.interact(() -> {
            pane[0] = history.newPane();
            root.getChildren().setAll(pane[0]);
            pane[0].showSwitch("Staging EU", Api.DER_CONNECT, "ev-1", "CaptureChargeSessions");
        });

        // newest first: our change was made at the fixture's fixed time in November, anna's three days ago
        assertThat(pane[0].entries()).extracting(ActivityEntry::user).containsExactly("anna", "alice");
        List<String> lines = robot.lookup("#activityHistory .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("on → off by anna on desk-7, 3 days ago: contract ended"));
        List<Button> undo = robot.lookup("#activityHistory .button").queryAllAs(Button.class).stream().toList();
        assertThat(undo).hasSize(2);
        assertThat(undo.get(0).isDisabled()).as("anna's change").isTrue();
        assertThat(undo.get(1).isDisabled()).as("our own change").isFalse();
        team.close();
    }

    @Test
    void aColleaguesChangeToTheSwitchShownArrivesLiveAndSaysWhoDidIt(FxRobot robot) throws Exception {
        Path mine = home.resolve("mine");
        new app.switchboard.team.TeamSettingsStore(mine).save(DB.settings("desk-1"));
        try (app.switchboard.team.TeamMode teamMode = new app.switchboard.team.TeamMode(
                new app.switchboard.team.TeamSettingsStore(mine), new app.switchboard.credentials.InMemorySecretStore(),
                fixture.log, new ReplicationMark(mine), Clock.systemUTC(), TeamReplicator.Timing.defaults())) {
            teamMode.start();
            TeamActivityReader team = new TeamActivityReader(teamMode, fixture.log);
            ActivityHistory history = new ActivityHistory(fixture.log, fixture.sessions.tasks, fixture.changes,
                    fixture.session, fixture.messages, team);
            ActivityHistoryPane[] pane = new ActivityHistoryPane[1];
            java.util.concurrent.atomic.AtomicReference<String> refreshedFor = new java.util.concurrent.atomic.AtomicReference<>();
            robot.interact(() -> {
                pane[0] = history.newPane();
                pane[0].onColleagueChange(change -> refreshedFor.set(change.targetId()));
                root.getChildren().setAll(pane[0]);
                pane[0].showSwitch("Staging EU", Api.DER_CONNECT, "ev-2", "CaptureChargeSessions");
            });
            assertThat(pane[0].entries()).isEmpty();
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, teamMode::listening);

            ActivityLog annasDesk = new ActivityLog(home.resolve("anna2"));
            annasDesk.append(new ActivityEntry("anna-live", Instant.now(), "anna", "Staging EU", Api.DER_CONNECT, "ev-2",
                    "CaptureChargeSessions", "Ben's car", ActivityEntry.ENABLE, false, true, "customer asked",
                    new ActivityOutcome(OutcomeKind.SUCCEEDED, 200, null), 30, null, null, null));
            Label live = robot.lookup("#teamLiveChange").queryAs(Label.class);
            try (TeamReplicator desk7 = new TeamReplicator(annasDesk, TeamDatabase.of(DB.settings("desk-7"), null),
                    new ReplicationMark(home.resolve("anna2-mark")), Clock.systemUTC(), TeamReplicator.Timing.defaults())) {
                desk7.shipNow();
            }
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, live::isVisible);
            assertThat(live.getText()).isEqualTo("Changed just now by anna on desk-7");
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> pane[0].entries().size() == 1);
            assertThat(pane[0].entries()).extracting(ActivityEntry::id).containsExactly("anna-live");
            assertThat(refreshedFor).as("the detail was asked to read the entity again").hasValue("ev-2");
            team.close();
        }
    }
}
