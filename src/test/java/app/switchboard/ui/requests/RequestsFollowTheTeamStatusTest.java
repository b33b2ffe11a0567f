package app.switchboard.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.NewRequest;
import app.switchboard.approvals.RequestItem;
import app.switchboard.audit.Api;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.ops.ApprovalRig;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamSettings;
import app.switchboard.team.TeamSettingsStore;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Requests view follows the team database's status from where the window binds its badge, on
 * the JavaFX thread, even though the status is reported from a background thread and this context
 * runs its tasks on the calling thread; a context without a window leaves the view alone.
 */
@ExtendWith(ApplicationExtension.class)
class RequestsFollowTheTeamStatusTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;
    private AppContext context;
    private String statusWithoutWindow;
    private final List<Boolean> changedOnFxThread = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void database() throws Exception {
        ApprovalRig.prepare(DB);
        ApprovalRig.requestsOf(DB, "alice").submit(new NewRequest("Demo", List.of(RequestItem.of(Api.FYNN, "s-1",
                "ent-1", "ACME · Premium support", true, false)), "contract ended", null, null));
    }

    @Start
    void start(Stage stage) {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        new TeamSettingsStore(paths.config()).save(TeamSettings.ofHost("127.0.0.1", DB.port(), DB.database(), "bob",
                "bob-desk"));
        context = AppContext.builder(paths)
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())))
                .secrets(new InMemorySecretStore())
                .sandbox(SandboxConfig.builder().seed(5).build())
                .appearance(() -> false)
                .locale(Locale.ENGLISH)
                .user("bob")
                .sameThreadTasks()
                .build();
        RequestsViewModel requests = context.service(RequestsViewModel.class);
        statusWithoutWindow = requests.statusProperty().get();
        requests.requests().addListener((ListChangeListener<ApprovalRequest>) change ->
                changedOnFxThread.add(Platform.isFxApplicationThread()));
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theRequestsLoadOnTheFxThreadWhenTheTeamDatabaseComesAndNotBeforeThereIsAWindow(FxRobot robot)
            throws Exception {
        assertThat(statusWithoutWindow).as("nothing asked of the Requests view before the window binds it").isEmpty();
        RequestsViewModel requests = context.service(RequestsViewModel.class);

        context.startTeam();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> requests.requests().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changedOnFxThread).as("every change of the list on the JavaFX thread").isNotEmpty()
                .containsOnly(true);
        assertThat(robot.lookup("#requestsBadge").queryAs(Label.class).getText()).isEqualTo("1");
    }
}
