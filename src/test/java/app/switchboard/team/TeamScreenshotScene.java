package app.switchboard.team;

import app.switchboard.AppContext;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityOutcome;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.paths.AppPaths;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;

/**
 * For the README's screenshot (run under {@code ../shared/tools/screenshot}): an embedded PostgreSQL
 * with two colleagues' changes, the console connected to it with the Activity view in the Team
 * scope, and one more colleague change arriving live a few seconds later. Not a test.
 */
public final class TeamScreenshotScene {
    private TeamScreenshotScene() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("team-screenshot");
        try (Connection admin = TeamDatabaseExtension.server().getPostgresDatabase().getConnection();
             Statement sql = admin.createStatement()) {
            sql.execute("create database team_screenshot");
        }
        int port = TeamDatabaseExtension.server().getPort();
        Instant now = Instant.now();
        ship(home, "desk-7", entry("a1", "anna", now.minus(Duration.ofDays(3)), "Nordlicht Energie GmbH · SUB-10482 · Battery storage",
                false, "contract ended"));
        ship(home, "desk-2", entry("b1", "bert", now.minus(Duration.ofHours(5)), "EV \"Fleet 12\" (WVWZZZ1KZ) · CaptureChargeSessions",
                true, "customer asked on the phone"));
        ship(home, "desk-7", entry("a2", "anna", now.minus(Duration.ofMinutes(40)), "Stadtwerke Süd · SUB-20931 · Dynamic tariff",
                true, "trial extended"));
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        new ActivityLog(paths.activity()).append(entry("m1", "carla", now.minus(Duration.ofMinutes(12)),
                "Heat pump \"Kellerweg 4\" (HP-88213) · CaptureChargeSessions", false, "duplicate device"));
        new TeamSettingsStore(paths.config()).save(TeamSettings.ofHost("127.0.0.1", port, "team_screenshot", "postgres", "desk-1"));
        java.util.concurrent.atomic.AtomicReference<Stage> shown = new java.util.concurrent.atomic.AtomicReference<>();
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            AppContext context = AppContext.builder(paths).secrets(new InMemorySecretStore()).locale(Locale.ENGLISH)
                    .appearance(() -> false).user("carla").build();
            context.service(TeamMode.class).start();
            Stage stage = new Stage();
            stage.setWidth(1400);
            stage.setHeight(860);
            new ShellWindow(context).open(stage);
            shown.set(stage);
            click(stage.getScene().lookup("#navActivity"));
        });
        // the Activity view is built on first visit: wait for its scope switch, then choose Team
        for (boolean chosen = false; !chosen; ) {
            Thread.sleep(500);
            java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> {
                Node scope = shown.get() == null ? null : shown.get().getScene().lookup(".activity-scope");
                if (scope != null) {
                    click(scope.lookupAll(".toggle-button").stream().reduce((a, b) -> b).orElseThrow());
                }
                done.complete(scope != null);
            });
            chosen = done.get();
        }
        // a colleague's change arriving while the Team scope is open: the row at the top and "Arrived live: …"
        Thread.sleep(Long.getLong("scene.liveAfterMillis", 5000));
        ship(home, "desk-2", entry("b2", "bert", Instant.now(), "Nordlicht Energie GmbH · SUB-10482 · Battery storage",
                true, "contract renewed"));
        System.out.println("scene: bert's change shipped at " + Instant.now() + "; the console shows it live");
        // stays open until the screenshot tool ends the process
        new java.util.concurrent.CountDownLatch(1).await();
    }

    private static void click(Node node) {
        ((ButtonBase) node).fire();
    }

    private static ActivityEntry entry(String id, String user, Instant time, String target, boolean on, String reason) {
        return new ActivityEntry(id, time, user, "Production", Api.FYNN, "sub-" + id, "ent-" + id, target,
                ActivityEntry.actionFor(on), !on, on, reason, new ActivityOutcome(OutcomeKind.SUCCEEDED, 200, null), 180,
                null, null, null);
    }

    private static void ship(Path home, String desk, ActivityEntry entry) throws Exception {
        Path folder = home.resolve(desk + "-" + entry.id());
        ActivityLog log = new ActivityLog(folder.resolve("activity"));
        log.append(entry);
        int port = TeamDatabaseExtension.server().getPort();
        try (TeamReplicator replicator = new TeamReplicator(log, TeamDatabase.of(TeamSettings.ofHost("127.0.0.1", port,
                "team_screenshot", "postgres", desk), null), new ReplicationMark(folder), Clock.systemUTC(),
                TeamReplicator.Timing.defaults())) {
            replicator.shipNow();
        }
    }
}
