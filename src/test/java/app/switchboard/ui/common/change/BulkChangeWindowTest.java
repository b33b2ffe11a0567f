package app.switchboard.ui.common.change;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.BulkResult;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationRequest;
import app.switchboard.ops.SwitchFailure;
import app.switchboard.ui.common.fx.FxThread;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bulk window over the real bulk engine on worker threads, with an in-memory gateway. */
@ExtendWith(ApplicationExtension.class)
class BulkChangeWindowTest {
    @TempDir
    Path home;
    private final ExecutorService workers = Executors.newFixedThreadPool(3);
    private final List<ConfirmationRequest> asked = new ArrayList<>();
    private ChangeFixture fixture;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private BulkFlowModel open(FxRobot robot, List<BulkCandidate> candidates, boolean on) {
        fixture = new ChangeFixture(home, TestSessions.CLOCK, "alice", request -> {
            asked.add(request);
            return CompletableFuture.completedFuture(ConfirmationAnswer.confirmed("batch 3"));
        }, FxThread.executor(), workers);
        fixture.connect(TestSessions.STAGING);
        BulkFlow flow = new BulkFlow(fixture.bulk, fixture.changes, fixture.messages, FxThread.executor());
        AtomicReference<BulkFlowModel> model = new AtomicReference<>();
        robot.interact(() -> model.set(flow.open(candidates, on)));
        return model.get();
    }

    private static ChangeTarget ev(int n) {
        return ChangeTarget.derFeature(TestSessions.STAGING, "ev-" + n, "CaptureChargeSessions", "Car " + n, "EV", "VIN" + n);
    }

    @Test
    void previewConfirmProgressAndResultsReportExactCountsAndRetryRunsTheFailedOnes(FxRobot robot) throws Exception {
        List<BulkCandidate> candidates = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            candidates.add(BulkCandidate.eligible(ev(n), n > 8)); // 1..8 off, 9 and 10 already on
        }
        candidates.add(new BulkCandidate(ev(11), false, "applies only to EVs and charge points"));
        BulkFlowModel model = open(robot, candidates, true);
        for (int n = 1; n <= 10; n++) {
            fixture.der.set(ev(n), n > 8);
        }
        fixture.der.failWith(ev(2), SwitchFailure.refused(400, "Battery capacity must be set first"));
        fixture.der.failWith(ev(5), SwitchFailure.failed(503, "The server is busy"));
        fixture.der.failWith(ev(6), SwitchFailure.failed(503, "The server is busy"));

        assertThat(text(robot, "#bulkSummary"))
                .isEqualTo("8 will change · 2 already in that state · 1 not eligible. Nothing has been sent yet.");
        assertThat(robot.lookup("#bulkTable").queryTableView().getItems()).hasSize(11);

        robot.clickOn("#bulkStart");
        BulkResult result = model.done().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(asked).singleElement().satisfies(q -> assertThat(q.counts().willChange()).isEqualTo(8));
        assertThat(result.succeeded()).isEqualTo(5);
        assertThat(text(robot, "#bulkSummary")).isEqualTo(
                "Finished: 5 succeeded · 1 refused · 2 failed · 0 changed meanwhile · 0 not started.");
        assertThat(model.rows()).filteredOn(r -> r.state() == BulkRow.State.REFUSED).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("Battery capacity must be set first"));
        assertThat(model.rows()).filteredOn(r -> r.state() == BulkRow.State.FAILED).hasSize(2)
                .allSatisfy(r -> assertThat(r.message()).contains("The server is busy"));
        assertThat(robot.lookup("#bulkRetry").queryButton().isVisible()).isTrue();

        fixture.der.clearFaults(); // the server is back; only the failed ones are retried
        robot.clickOn("#bulkRetry");
        BulkResult retried = model.done().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(retried.items()).hasSize(2);
        assertThat(retried.succeeded()).isEqualTo(2);
        assertThat(asked).as("the retry is confirmed once more").hasSize(2);
        assertThat(fixture.der.isOn(ev(5))).isTrue();
        assertThat(text(robot, "#bulkSummary")).isEqualTo(
                "Finished: 2 succeeded · 0 refused · 0 failed · 0 changed meanwhile · 0 not started.");

        robot.clickOn("#bulkUndo");
        BulkResult undone = model.done().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(undone.succeeded()).isEqualTo(2);
        assertThat(fixture.der.isOn(ev(5))).as("the retried ones are off again").isFalse();
        assertThat(fixture.der.isOn(ev(6))).isFalse();
        assertThat(asked).hasSize(3);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
