package app.switchboard.ui.requests;

import app.switchboard.AppContext;
import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.NewRequest;
import app.switchboard.approvals.RequestItem;
import app.switchboard.audit.Api;
import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ops.ApprovalRig;
import app.switchboard.paths.AppPaths;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamSettings;
import app.switchboard.team.TeamSettingsStore;
import app.switchboard.ui.shell.Section;
import app.switchboard.ui.shell.ShellWindow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The Requests view for the README screenshot: an embedded PostgreSQL with requests by alice,
 * seen from bob's console. Run with {@code SWITCHBOARD_HOME} set to an empty folder, through
 * {@code ../shared/tools/screenshot}.
 */
public final class RequestsScreen {
    private static final Environment PRODUCTION = new Environment("Production", "#c62828", RiskLevel.PRODUCTION,
            "http://127.0.0.1:9/der", "http://127.0.0.1:9/token", "client", "esp", "http://127.0.0.1:9/fynn", true)
            .withApproval(ApprovalRule.EVERY_CHANGE);
    private static final Environment STAGING = new Environment("Staging EU", "#ef6c00", RiskLevel.STAGING,
            "http://127.0.0.1:9/der", "http://127.0.0.1:9/token", "client", "esp", "http://127.0.0.1:9/fynn", false)
            .withApproval(ApprovalRule.SWITCHING_OFF);

    private RequestsScreen() {
    }

    public static void main(String[] args) throws Exception {
        TeamDatabaseExtension team = new TeamDatabaseExtension();
        team.beforeAll(null);
        ApprovalRig.prepare(team);
        ChangeRequests alice = ApprovalRig.requestsOf(team, "alice");
        alice.submit(new NewRequest(PRODUCTION.name(), List.of(
                RequestItem.of(Api.DER_CONNECT, "e-1", "CaptureChargeSessions", "EV \"Fleet car 1 (Zoé)\" · CaptureChargeSessions", true, false),
                RequestItem.of(Api.DER_CONNECT, "e-2", "CaptureChargeSessions", "EV \"Fleet car 2 (Ioniq 5)\" · CaptureChargeSessions", true, false)),
                "Fleet contract ended (SUP-2209)", null, null));
        alice.submit(new NewRequest(PRODUCTION.name(), List.of(RequestItem.of(Api.FYNN, "s-2041", "ent-7",
                "ACME GmbH (C-10023) · subscription S-2041 · Premium support", false, true)),
                "Premium support from the first of the month", Instant.now().plus(3, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.HOURS), null));
        ApprovalRig.requestsOf(team, "carol").submit(new NewRequest(STAGING.name(), List.of(RequestItem.of(Api.FYNN,
                "s-77", "ent-9", "Stadtwerke Nord · subscription S-77 · API calls", true, false)),
                "Trial over", null, null));
        AppPaths paths = AppPaths.fromSystem();
        new TeamSettingsStore(paths.config()).save(TeamSettings.ofHost("127.0.0.1", team.port(), team.database(), "bob",
                "bob-desk"));
        Application.launch(Screen.class, args);
    }

    public static final class Screen extends Application {
        private AppContext context;

        @Override
        public void start(Stage stage) {
            context = AppContext.builder(AppPaths.fromSystem()).user("bob")
                    .environments(new InMemoryEnvironmentStore(List.of(PRODUCTION, STAGING))).build();
            context.startTeam();
            ShellWindow shell = new ShellWindow(context);
            shell.open(stage);
            shell.controller().model().sectionProperty().set(Section.REQUESTS);
        }

        @Override
        public void stop() {
            context.close();
            System.exit(0);
        }
    }
}
