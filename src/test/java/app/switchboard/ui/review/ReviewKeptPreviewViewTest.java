package app.switchboard.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewSandbox;
import app.switchboard.ops.review.ReviewScans;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.fx.ControllerFactory;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.fx.ViewLoader;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Review view between a kept scan's preview and its rows: the queue shows its first rows and
 * says the rest are being read, and filtering, sorting, export and switching are off until they are.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewKeptPreviewViewTest {
    private static final Instant NOW = Instant.parse("2026-12-15T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Environment PROD = ReviewKeptPreviewTest.PROD;

    private final Queue<Runnable> work = new ConcurrentLinkedQueue<>();
    /** Only for the change runner the view model listens to; nothing is sent to it. */
    private ReviewSandbox sandbox;
    @TempDir
    static Path data;

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        sandbox = new ReviewSandbox(CLOCK, 1, 0);
        List<ReviewRow> rows = ReviewTableBench.rows(3000);
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        scans.save(PROD, new ReviewSnapshot(NOW.minus(Duration.ofHours(20)), 1000, rows, List.of(), List.of(),
                Duration.ofSeconds(4)));
        TaskRunner tasks = TaskRunner.deferred(work::add, (what, error) -> {
            throw new AssertionError(what, error);
        });
        EnvironmentConnector offline = environment -> {
            throw new IllegalStateException("not connected in this test");
        };
        Messages messages = Messages.load(Locale.ENGLISH);
        EnvironmentSession session = new EnvironmentSession(new InMemoryEnvironmentStore(List.of(PROD)), offline, tasks,
                CLOCK, messages);
        session.switchTo(PROD);
        drain();
        ReviewChanges changes = new ReviewChanges(sandbox, session, tasks, messages, CLOCK, data.resolve("activity"));
        Map<Class<?>, Object> services = Map.of(EnvironmentSession.class, session, TaskRunner.class, tasks,
                SharedHttp.class, sandbox.http, Clock.class, CLOCK, Messages.class, messages,
                Navigator.class, new Navigator(), ChangeRunner.class, changes.runner, BulkFlow.class, changes.bulkFlow,
                WriteAccess.class, changes.writeAccess, ReviewScans.class, scans);
        ViewLoader.LoadedView<ReviewController> view = new ViewLoader(new ControllerFactory(services), messages)
                .load(FxmlView.REVIEW);
        stage.setScene(new Scene(view.root(), 1240, 780));
        stage.show();
    }

    @Test
    void whileTheKeptRowsAreReadTheQueueSaysSoAndNothingActsOnItsFirstRows(FxRobot robot) {
        robot.interact(() -> work.poll().run()); // the preview only
        TableView<ReviewRow> table = robot.lookup("#queueTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().selectFirst());

        assertThat(table.getItems()).isNotEmpty();
        assertThat(robot.lookup("#asOfLabel").queryAs(Label.class).getText()).contains("reading its 3,000 rows");
        assertThat(robot.lookup("#selectionLabel").queryAs(Label.class).getText())
                .startsWith("The first " + table.getItems().size() + " rows; the others are being read");
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#switchOffButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(table.getColumns()).allMatch(column -> !column.isSortable());

        robot.interact(this::drain);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#asOfLabel").queryAs(Label.class).getText()).startsWith("As of ").contains("scan took");
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(table.getColumns()).allMatch(column -> column.isSortable());
    }

    private void drain() {
        for (Runnable next = work.poll(); next != null; next = work.poll()) {
            next.run();
        }
    }
}
