package app.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.capabilities.CapabilityRegistry;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.ops.Availability;
import app.switchboard.ops.InferredRead;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real shell on the Demo sandbox serving only what the vendors document: the status bar keeps
 * saying, in words, which reads the environment does not offer, follows the capability record as it
 * changes, and Settings says the same of the environment selected there.
 */
@ExtendWith(ApplicationExtension.class)
class CapabilityStatusBarTest {
    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        context = AppContext.builder(paths)
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())))
                .secrets(new InMemorySecretStore())
                .sandbox(SandboxConfig.builder().seed(11).documentedOnly(true).build())
                .clock(TestSessions.CLOCK)
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
    void theStatusBarSaysWhatIsNotOfferedAndFollowsTheRecord(FxRobot robot) {
        Label status = robot.lookup("#capabilityStatus").queryAs(Label.class);

        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText())
                .isEqualTo("Not offered here: the entity list, reading one entity, reading an entity's features");
        assertThat(status.getAccessibleText()).startsWith("What Demo does not offer: ")
                .contains("DER Connect here does not offer the entity list (GET /v1/entities)")
                .contains("switches show \"state unknown\"");

        robot.interact(() -> context.service(CapabilityRegistry.class)
                .observed("Demo", InferredRead.FEATURES, Availability.AVAILABLE));

        assertThat(status.getText()).isEqualTo("Not offered here: the entity list, reading one entity");
        assertThat(status.getAccessibleText()).doesNotContain("GET /v1/entities/{entityId}/features");
    }

    @Test
    void settingsSaysTheSameOfTheSelectedEnvironment(FxRobot robot) {
        robot.clickOn("#navSettings");
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#environmentList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        Label offered = robot.lookup("#offeredReads").queryAs(Label.class);

        assertThat(offered.getText()).contains("DER Connect here does not offer the entity list (GET /v1/entities)")
                .contains("reading an entity's features (GET /v1/entities/{entityId}/features)");

        robot.interact(() -> {
            CapabilityRegistry registry = context.service(CapabilityRegistry.class);
            for (InferredRead read : InferredRead.values()) {
                registry.observed("Demo", read, Availability.AVAILABLE);
            }
        });

        assertThat(offered.getText()).isEqualTo("Offered: the entity list, one entity, its features.");
    }
}
