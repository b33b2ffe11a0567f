package app.switchboard.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ops.NoBackendConnector;
import app.switchboard.ui.common.EnvironmentSession;
import app.switchboard.ui.common.TestSessions;
import org.junit.jupiter.api.Test;

class EntitiesViewModelTest {
    private final TestSessions sessions = new TestSessions();

    @Test
    void saysWhatWillAppearAndThatTheEnvironmentIsNotAvailable() {
        EnvironmentSession session = sessions.session(new NoBackendConnector());
        EntitiesViewModel model = new EntitiesViewModel(session);
        session.switchTo(session.environments().get(0));

        assertThat(model.emptyStateProperty().get().heading()).isEqualTo("No entities to show yet");
        assertThat(model.emptyStateProperty().get().message())
                .contains("CaptureChargeSessions")
                .endsWith("It fills in once Demo is available.");
    }

    @Test
    void followsTheEnvironmentOnceItConnects() {
        EnvironmentSession session = sessions.session(TestSessions.connectingToEverything());
        EntitiesViewModel model = new EntitiesViewModel(session);
        session.switchTo(TestSessions.STAGING);
        assertThat(model.emptyStateProperty().get().message()).isEqualTo(EntitiesViewModel.WHAT_APPEARS);
    }
}
