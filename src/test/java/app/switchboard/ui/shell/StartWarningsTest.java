package app.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.paths.AppPaths;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A normal start and a first look at every kind of switch logs no JavaFX warning: JavaFX reports
 * a CSS lookup it cannot resolve (e.g. ControlsFX's switch asking for Modena's
 * {@code -fx-text-base-color}, which AtlantaFX does not define) through its "javafx.css" logger.
 */
@ExtendWith(ApplicationExtension.class)
class StartWarningsTest {
    @TempDir
    Path home;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Logger css = Logger.getLogger("javafx.css");
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(entry.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private AppContext context;
    private Stage stage;

    @BeforeEach
    void record() {
        css.addHandler(recorder);
    }

    @AfterEach
    void close() {
        css.removeHandler(recorder);
        if (stage != null) {
            new FxRobot().interact(stage::close);
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theEntitiesViewAndAnEntitysFeatureSwitchesLogNoCssWarning(FxRobot robot) throws Exception {
        context = AppContext.builder(new AppPaths(home.resolve("config"), home.resolve("data")))
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())))
                .sandbox(SandboxConfig.builder().seed(7).build())
                .locale(Locale.ENGLISH)
                .appearance(() -> false)
                .build();
        context.connectAhead();
        robot.interact(() -> {
            stage = new Stage();
            new ShellWindow(context).open(stage);
        });
        TableView<?> table = robot.lookup("#entitiesView .table-view").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup(".entity-feature .toggle-switch").tryQuery().isPresent());
        // styles are applied in the next pulse; applying them now makes the check independent of it
        robot.interact(() -> stage.getScene().getRoot().applyCss());

        assertThat(robot.lookup(".toggle-switch").queryAllAs(ToggleSwitch.class)).isNotEmpty();
        assertThat(warnings).isEmpty();
    }
}
