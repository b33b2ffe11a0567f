package app.switchboard.ui.common.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.ops.NoBackendConnector;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.session.TestSessions;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControllerFactoryTest {
    private final TestSessions sessions = new TestSessions();

    @Test
    void controllersGetTheirViewModelBuiltFromTheProvidedServices() {
        Map<Class<?>, Object> services = new HashMap<>();
        services.put(EnvironmentSession.class, sessions.session(new NoBackendConnector()));
        Object controller = new ControllerFactory(services).call(SampleController.class);
        assertThat(controller).isInstanceOf(SampleController.class);
        assertThat(((SampleController) controller).model.session).isSameAs(services.get(EnvironmentSession.class));
    }

    @Test
    void aMissingServiceIsNamedInTheError() {
        assertThatThrownBy(() -> new ControllerFactory(Map.of()).call(SampleController.class))
                .hasMessageContaining("SampleViewModel needs a app.switchboard.ui.common.session.EnvironmentSession")
                .hasMessageContaining("AppContext provides none");
    }

    @Test
    void servicesAddedAfterTheFactoryWasMadeAreFound() {
        Map<Class<?>, Object> services = new HashMap<>();
        ControllerFactory factory = new ControllerFactory(services);
        services.put(Clock.class, TestSessions.CLOCK);
        assertThat(factory.call(NeedsAClock.class)).isInstanceOf(NeedsAClock.class);
    }

    /** A controller shaped like the application's: its view model built from the services. */
    public static final class SampleController {
        final SampleViewModel model;

        public SampleController(SampleViewModel model) {
            this.model = model;
        }
    }

    public static final class SampleViewModel {
        final EnvironmentSession session;

        public SampleViewModel(EnvironmentSession session) {
            this.session = session;
        }
    }

    public static final class NeedsAClock {
        public NeedsAClock(Clock clock) {
            assertThat(clock).isSameAs(TestSessions.CLOCK);
        }
    }
}
