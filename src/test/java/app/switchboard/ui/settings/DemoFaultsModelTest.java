package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.settings.DemoFaultsModel.Fault;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoFaultsModelTest {
    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(3)
            .faults(FaultSettings.none().withLatency(40, 10)).build());
    private final DemoFaultsModel model = new DemoFaultsModel(TaskRunner.sameThread((what, error) -> {
        throw new AssertionError(what, error);
    }), Messages.load(Locale.ENGLISH));

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void showsWhatTheRunningSandboxDoesNow() {
        model.attach(new SandboxFaults(sandbox.faults()));
        assertThat(model.availableProperty().get()).isTrue();
        assertThat(model.latencyMsProperty().get()).isEqualTo(40);
        assertThat(model.jitterMsProperty().get()).isEqualTo(10);
        assertThat(model.counts()).extracting(DemoFaultsModel.Count::what).contains("API requests", "HTTP 503", "Timeouts");
    }

    @Test
    void appliedRatesReachTheSandboxAndKeepItsRetryAfter() {
        model.attach(new SandboxFaults(sandbox.faults()));
        int retryAfter = sandbox.faults().settings().retryAfterSeconds();
        model.percentProperty(Fault.UNAVAILABLE).set(25.0);
        model.percentProperty(Fault.TRUNCATED).set(5.0);
        model.editorIntervalSecondsProperty().set(30);

        model.apply();

        FaultSettings now = sandbox.faults().settings();
        assertThat(now.unavailableRate()).isEqualTo(0.25);
        assertThat(now.truncatedRate()).isEqualTo(0.05);
        assertThat(now.editorIntervalMs()).isEqualTo(30_000);
        assertThat(now.retryAfterSeconds()).isEqualTo(retryAfter);
    }

    @Test
    void ratesAddingUpToMoreThanAllRequestsAreRefused() {
        model.attach(new SandboxFaults(sandbox.faults()));
        model.percentProperty(Fault.SERVER_ERROR).set(60.0);
        model.percentProperty(Fault.RESET).set(50.0);

        model.apply();

        assertThat(model.feedbackProperty().get().problem()).isTrue();
        assertThat(model.feedbackProperty().get().text()).contains("110%");
        assertThat(sandbox.faults().settings().serverErrorRate()).isZero();
    }

    @Test
    void theConcurrentEditorChangesItemsOnRequestAndTheCounterShowsIt() {
        model.attach(new SandboxFaults(sandbox.faults()));
        model.editCountProperty().set(4);

        model.editNow();

        assertThat(sandbox.faults().counters().get("editorChanges")).isEqualTo(4L);
        assertThat(model.counts()).contains(new DemoFaultsModel.Count("Concurrent edits", 4));
        assertThat(model.feedbackProperty().get().text()).isEqualTo("4 items were changed behind your back.");
    }

    @Test
    void withoutTheDemoThePanelIsUnavailable() {
        model.attach(new SandboxFaults(sandbox.faults()));
        model.attach(null);
        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.counts()).isEmpty();
    }
}
