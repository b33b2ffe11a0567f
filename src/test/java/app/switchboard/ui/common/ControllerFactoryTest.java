package app.switchboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.ops.NoBackendConnector;
import app.switchboard.ui.entities.EntitiesController;
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
        Object controller = new ControllerFactory(services).call(EntitiesController.class);
        assertThat(controller).isInstanceOf(EntitiesController.class);
    }

    @Test
    void aMissingServiceIsNamedInTheError() {
        assertThatThrownBy(() -> new ControllerFactory(Map.of()).call(EntitiesController.class))
                .hasMessageContaining("EntitiesViewModel needs a app.switchboard.ui.common.EnvironmentSession")
                .hasMessageContaining("AppContext provides none");
    }

    @Test
    void servicesAddedAfterTheFactoryWasMadeAreFound() {
        Map<Class<?>, Object> services = new HashMap<>();
        ControllerFactory factory = new ControllerFactory(services);
        services.put(Clock.class, TestSessions.CLOCK);
        assertThat(factory.call(NeedsAClock.class)).isInstanceOf(NeedsAClock.class);
    }

    public static final class NeedsAClock {
        public NeedsAClock(Clock clock) {
            assertThat(clock).isSameAs(TestSessions.CLOCK);
        }
    }
}
