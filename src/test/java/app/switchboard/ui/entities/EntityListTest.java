package app.switchboard.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.CallScope;
import app.switchboard.derconnect.ChargingRecord;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityFeatureStatus;
import app.switchboard.derconnect.EntityPage;
import app.switchboard.derconnect.EntityType;
import app.switchboard.ui.common.TaskRunner;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Progressive loading with the application's task runner: pages are worked off one at a time by
 * the test (a hand-cranked worker), and results arrive on the JavaFX thread as in the app.
 */
@ExtendWith(ApplicationExtension.class)
class EntityListTest {
    private static final int PAGES = 5;

    private final Queue<Runnable> work = new ArrayDeque<>();
    private final TaskRunner tasks = TaskRunner.onFxThread(work::add, (what, error) -> { });
    private final PagedEntities der = new PagedEntities();

    @Test
    void rowsAppearPageByPageWithTheCountSoFar(FxRobot robot) {
        EntityList list = new EntityList(tasks, System::nanoTime);
        robot.interact(() -> list.load(der));

        runNextPage();
        assertThat(list.visible()).hasSize(DerConnectApi.DEFAULT_PAGE_SIZE);
        assertThat(list.stateProperty().get()).isEqualTo(LoadState.LOADING);
        assertThat(list.firstRowsNanos()).isNotNull();

        while (!work.isEmpty()) {
            runNextPage();
        }
        assertThat(list.loadedProperty().get()).isEqualTo(PAGES * DerConnectApi.DEFAULT_PAGE_SIZE);
        assertThat(list.stateProperty().get()).isEqualTo(LoadState.LOADED);
    }

    @Test
    void stoppingCancelsTheCallsAndFetchesNoFurtherPage(FxRobot robot) {
        EntityList list = new EntityList(tasks, System::nanoTime);
        robot.interact(() -> list.load(der));
        runNextPage();

        robot.interact(list::stop);
        while (!work.isEmpty()) {
            runNextPage();
        }

        assertThat(der.scope.isCancelled()).isTrue();
        assertThat(der.pagesFetched.get()).isEqualTo(1);
        assertThat(list.visible()).hasSize(DerConnectApi.DEFAULT_PAGE_SIZE);
        assertThat(list.stateProperty().get()).isEqualTo(LoadState.STOPPED);
    }

    @Test
    void aNewLoadDropsTheRowsOfTheOldOneEvenIfItsPageArrivesLate(FxRobot robot) {
        EntityList list = new EntityList(tasks, System::nanoTime);
        robot.interact(() -> list.load(der));
        Runnable stalePage = work.poll();
        robot.interact(() -> list.load(new PagedEntities()));
        stalePage.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.visible()).isEmpty();

        runNextPage();
        assertThat(list.visible()).hasSize(DerConnectApi.DEFAULT_PAGE_SIZE);
    }

    private void runNextPage() {
        work.remove().run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** DER Connect with {@link #PAGES} full pages, counting the pages actually fetched. */
    private static final class PagedEntities implements DerConnectApi {
        final AtomicInteger pagesFetched = new AtomicInteger();
        CallScope scope;

        @Override
        public Stream<Entity> entities() {
            return IntStream.range(0, PAGES).boxed().flatMap(page -> {
                pagesFetched.incrementAndGet();
                return IntStream.range(0, DEFAULT_PAGE_SIZE).mapToObj(i -> entity(page * DEFAULT_PAGE_SIZE + i));
            });
        }

        private static Entity entity(int n) {
            return new Entity("00000000-0000-0000-0000-" + String.format("%012d", n), EntityType.EV, "Kia",
                    "KNA" + n, OffsetDateTime.parse("2026-01-01T00:00:00Z"), "Car " + n, null, true, null, null);
        }

        @Override
        public DerConnectApi within(CallScope callScope) {
            this.scope = callScope;
            return this;
        }

        @Override
        public EntityPage entitiesPage(String continuationToken, int pageSize) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Entity entity(String entityId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EntityFeatureStatus> features(String entityId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EntityFeatureStatus> setFeature(String entityId, String feature, boolean enabled) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<ChargingRecord> chargeSessions(String entityId, OffsetDateTime start, OffsetDateTime end) {
            throw new UnsupportedOperationException();
        }
    }
}
