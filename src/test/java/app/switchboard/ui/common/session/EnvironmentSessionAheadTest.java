package app.switchboard.ui.common.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.credentials.Environment;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Switching to an environment whose connection was opened ahead, at start-up. */
class EnvironmentSessionAheadTest {
    private final List<Runnable> queuedWork = new ArrayList<>();
    private final TestSessions sessions = new TestSessions();
    /* background work is held back, so only what happens at once is seen */
    private final TaskRunner tasks = TaskRunner.deferred(queuedWork::add, (what, error) -> { });

    @Test
    void aConnectionAlreadyOpenIsUsedAtOnceWithoutWaitingForABackgroundTask() throws Exception {
        Environment demo = sessions.store.list().get(0);
        EnvironmentConnection open = TestSessions.connectingToEverything().connect(demo);
        EnvironmentSession session = session(new EnvironmentConnector() {
            @Override
            public EnvironmentConnection connect(Environment environment) {
                throw new AssertionError("the open connection should have been used");
            }

            @Override
            public Optional<EnvironmentConnection> takeOpen(Environment environment) {
                return Optional.of(open);
            }
        });

        session.switchTo(demo);

        assertThat(session.connection()).containsSame(open);
        assertThat(session.stateProperty(Api.DER_CONNECT).get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(session.stateProperty(Api.FYNN).get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(session.lastRefreshProperty().get()).isNotNull();
        assertThat(queuedWork).isEmpty();
    }

    @Test
    void withoutAnOpenConnectionTheSessionConnectsInTheBackgroundAsBefore() {
        Environment demo = sessions.store.list().get(0);
        EnvironmentSession session = session(TestSessions.connectingToEverything());

        session.switchTo(demo);

        assertThat(session.stateProperty(Api.DER_CONNECT).get()).isEqualTo(ConnectionState.CONNECTING);
        assertThat(queuedWork).hasSize(1);
        queuedWork.get(0).run();
        assertThat(session.stateProperty(Api.DER_CONNECT).get()).isEqualTo(ConnectionState.CONNECTED);
    }

    private EnvironmentSession session(EnvironmentConnector connector) {
        return new EnvironmentSession(sessions.store, connector, tasks, TestSessions.CLOCK, Messages.load(Locale.ENGLISH));
    }
}
