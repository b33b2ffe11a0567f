package app.switchboard.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.EnvironmentUnavailableException;
import app.switchboard.ui.common.session.TestSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AheadConnectorTest {
    private static final Environment DEMO = InMemoryEnvironmentStore.demo();
    private static final Environment STAGING = TestSessions.STAGING;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Counting counting = new Counting();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void theSessionTakesOverTheConnectionBegunAheadInsteadOfOpeningASecond() throws Exception {
        AheadConnector connector = new AheadConnector(counting);
        connector.begin(DEMO, executor);

        EnvironmentConnection connection = connector.connect(DEMO);

        assertThat(connection.environment()).isEqualTo(DEMO);
        assertThat(counting.opened).hasValue(1);
    }

    @Test
    void aFinishedConnectionBegunAheadCanBeUsedAtOnceAndOnlyOnce() throws Exception {
        AheadConnector connector = new AheadConnector(counting);
        connector.begin(DEMO, Runnable::run);

        assertThat(connector.takeOpen(STAGING)).isEmpty();
        assertThat(connector.takeOpen(DEMO)).map(EnvironmentConnection::environment).contains(DEMO);
        assertThat(connector.takeOpen(DEMO)).isEmpty();
        assertThat(connector.connect(DEMO).environment()).isEqualTo(DEMO);
        assertThat(counting.opened).hasValue(2);
    }

    @Test
    void aConnectionStillUnderWayIsNotOfferedForUseAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AheadConnector connector = new AheadConnector(environment -> {
            await(release);
            return counting.connect(environment);
        });
        connector.begin(DEMO, executor);

        assertThat(connector.takeOpen(DEMO)).isEmpty();
        release.countDown();
        assertThat(connector.connect(DEMO).environment()).isEqualTo(DEMO);
    }

    @Test
    void aFailureAheadReachesTheSessionAsTheSameReason() {
        AheadConnector connector = new AheadConnector(environment -> {
            throw new EnvironmentUnavailableException("The Demo environment could not start its sandbox: port in use");
        });
        connector.begin(DEMO, executor);

        assertThat(connector.takeOpen(DEMO)).isEmpty();
        assertThatThrownBy(() -> connector.connect(DEMO))
                .isInstanceOf(EnvironmentUnavailableException.class)
                .hasMessage("The Demo environment could not start its sandbox: port in use");
    }

    @Test
    void choosingAnotherEnvironmentFirstClosesTheConnectionBegunAhead() throws Exception {
        AheadConnector connector = new AheadConnector(counting);
        connector.begin(DEMO, Runnable::run);

        EnvironmentConnection staging = connector.connect(STAGING);

        assertThat(staging.environment()).isEqualTo(STAGING);
        assertThat(counting.closed).containsExactly(DEMO);
    }

    @Test
    void closingTheApplicationClosesAConnectionBegunAheadThatNobodyTook() {
        AheadConnector connector = new AheadConnector(counting);
        connector.begin(DEMO, Runnable::run);

        connector.close();

        assertThat(counting.closed).containsExactly(DEMO);
    }

    @Test
    void laterConnectsToTheSameEnvironmentOpenAFreshConnection() throws Exception {
        AheadConnector connector = new AheadConnector(counting);
        connector.begin(DEMO, Runnable::run);
        connector.begin(DEMO, Runnable::run);

        connector.connect(DEMO);
        connector.connect(DEMO);

        assertThat(counting.opened).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens connections that remember being closed. */
    private static final class Counting implements EnvironmentConnector {
        final AtomicInteger opened = new AtomicInteger();
        final List<Environment> closed = new ArrayList<>();

        @Override
        public EnvironmentConnection connect(Environment environment) {
            opened.incrementAndGet();
            return new EnvironmentConnection() {
                @Override
                public Environment environment() {
                    return environment;
                }

                @Override
                public DerConnectApi der() {
                    throw new UnsupportedOperationException("no API calls here");
                }

                @Override
                public FynnApi fynn() {
                    throw new UnsupportedOperationException("no API calls here");
                }

                @Override
                public void close() {
                    synchronized (closed) {
                        closed.add(environment);
                    }
                }
            };
        }
    }
}
