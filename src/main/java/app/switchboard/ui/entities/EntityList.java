package app.switchboard.ui.entities;

import app.switchboard.client.ApiException;
import app.switchboard.ops.Availability;

import app.switchboard.client.CallScope;
import app.switchboard.client.PagingStop;
import java.util.concurrent.atomic.AtomicReference;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.table.RowList;
import app.switchboard.ui.common.table.RowOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The entities of one environment, filled page by page in the background as DER Connect hands
 * them over (forward-only, no total), then sorted on extracted keys and filtered on the rows'
 * search keys. Each page is one task on the {@link TaskRunner}, pulled from the lazy page stream,
 * so rows appear as soon as the first page arrives and a new load or {@link #stop()} cancels the
 * calls in flight through the {@link CallScope}. Used on the JavaFX thread.
 *
 * <p>Kept fast at 100,000 rows: a keystroke that narrows the search tests only the rows shown, not
 * every row; the shown rows change as one event (a replacement, a permutation for a new order, an
 * insertion per place where arriving rows land), so the table reacts once, not once per row.
 */
public final class EntityList {
    private final TaskRunner tasks;
    private final LongSupplier nanoTime;
    /** Every row loaded, in the server's order. */
    private final List<EntityRow> arrived = new ArrayList<>();
    /** Every row loaded, in the current order. */
    private List<EntityRow> ordered = new ArrayList<>();
    private RowOrder<EntityRow> order = RowOrder.none();
    private final RowList<EntityRow> visible = new RowList<>();
    /** The filter {@link #visible} was made with. */
    private EntityFilter shown = EntityFilter.NONE;
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.WAITING);
    private final IntegerProperty loaded = new SimpleIntegerProperty();
    private final StringProperty failure = new SimpleStringProperty();
    private final StringProperty incomplete = new SimpleStringProperty();
    /** Why the listing in progress ended early, told by the page stream on the fetching thread. */
    private AtomicReference<PagingStop> stopped = new AtomicReference<>();
    private final ObjectProperty<EntityFilter> filter = new SimpleObjectProperty<>(EntityFilter.NONE);
    private DerConnectApi source;
    private CallScope scope;
    private RunningTask page;
    private int generation;
    private long startedAt;
    private Long firstRowsNanos;
    private Long allRowsNanos;
    private final Messages messages;

    /** With English failure texts, for measurements and tests. */
    public EntityList(TaskRunner tasks, LongSupplier nanoTime) {
        this(tasks, nanoTime, Messages.load(java.util.Locale.ENGLISH));
    }

    /** @param messages the interface language of the failure text */
    public EntityList(TaskRunner tasks, LongSupplier nanoTime, Messages messages) {
        this.tasks = tasks;
        this.nanoTime = nanoTime;
        this.messages = messages;
        filter.addListener((obs, old, now) -> refilter(now));
    }

    /** The rows the table shows: filtered and sorted. */
    public ObservableList<EntityRow> visible() {
        return visible;
    }

    /** Every row loaded so far, in the current sort order. */
    public List<EntityRow> all() {
        return Collections.unmodifiableList(ordered);
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state;
    }

    /** Rows loaded so far (the server gives no total). */
    public ReadOnlyIntegerProperty loadedProperty() {
        return loaded;
    }

    /** Why the last load failed, with the server's reason; null otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    /**
     * Why the list may be incomplete: DER Connect repeated a page, a page token or ids already
     * listed, or kept sending empty pages, and the listing stopped there. Null otherwise.
     */
    public ReadOnlyStringProperty incompleteProperty() {
        return incomplete;
    }

    public ObjectProperty<EntityFilter> filterProperty() {
        return filter;
    }

    /**
     * Puts every row (loaded and still to come) in {@code newOrder}, taking each row's keys once;
     * {@link RowOrder#none()} is the server's order. The shown rows get the new order as one
     * permutation, which a table's selection follows.
     */
    public void sortBy(RowOrder<EntityRow> newOrder) {
        order = newOrder;
        ordered = new ArrayList<>(newOrder.sorted(arrived));
        Map<EntityRow, Integer> shownAt = new IdentityHashMap<>(visible.size() * 2);
        for (int i = 0; i < visible.size(); i++) {
            shownAt.put(visible.get(i), i);
        }
        int[] positions = new int[visible.size()];
        int next = 0;
        for (EntityRow row : ordered) {
            Integer at = shownAt.get(row);
            if (at != null) {
                positions[next++] = at;
            }
        }
        visible.reorder(positions);
    }

    /** Starts again from the first page, dropping what was loaded. */
    public void load(DerConnectApi der) {
        stop();
        generation++;
        source = der;
        scope = new CallScope();
        forgetRows();
        failure.set(null);
        incomplete.set(null);
        firstRowsNanos = null;
        allRowsNanos = null;
        startedAt = nanoTime.getAsLong();
        state.set(LoadState.LOADING);
        AtomicReference<PagingStop> stop = new AtomicReference<>();
        stopped = stop;
        fetch(generation, der.within(scope).entities(stop::set).iterator(), 1);
    }

    /**
     * Rows the operator opened by id (DER Connect here offers no list, or the entity is not in it):
     * each shown once, after those already there.
     */
    public void addOpened(List<EntityRow> rows) {
        Set<String> known = new HashSet<>();
        arrived.forEach(row -> known.add(row.id()));
        List<EntityRow> fresh = rows.stream().filter(row -> known.add(row.id())).toList();
        add(fresh);
        loaded.set(arrived.size());
        if (state.get() != LoadState.LOADING) {
            failure.set(null);
            state.set(LoadState.LOADED);
        }
    }

    /** Loads again from the environment last loaded, e.g. after a failure. */
    public void retry() {
        if (source != null) {
            load(source);
        }
    }

    /** Cancels the calls in flight; the rows loaded so far stay. */
    public void stop() {
        generation++;
        if (scope != null) {
            scope.cancel();
        }
        if (page != null) {
            page.cancel();
            page = null;
        }
        if (state.get() == LoadState.LOADING) {
            state.set(LoadState.STOPPED);
        }
    }

    /** Forgets the rows, for an environment that has none to show (switching, not connected). */
    public void clear() {
        stop();
        source = null;
        forgetRows();
        failure.set(null);
        incomplete.set(null);
        state.set(LoadState.WAITING);
    }

    /** Time from the start of the load to the first rows shown, if they have arrived. */
    public Long firstRowsNanos() {
        return firstRowsNanos;
    }

    /** Time from the start of the load to the last page, once it has arrived. */
    public Long allRowsNanos() {
        return allRowsNanos;
    }

    private void fetch(int loadNumber, Iterator<Entity> entities, int pageNumber) {
        page = tasks.task("Loading entities, page " + pageNumber, progress -> nextPage(entities))
                .onSuccess(batch -> arrived(loadNumber, entities, pageNumber, batch))
                .onFailure(error -> failed(loadNumber, error))
                .onCancelled(() -> {
                    if (loadNumber == generation) {
                        stop();
                    }
                })
                .start();
    }

    /** At most one page: the stream fetches the next page only when it is asked for one more item. */
    private static Batch nextPage(Iterator<Entity> entities) {
        List<EntityRow> rows = new ArrayList<>(DerConnectApi.DEFAULT_PAGE_SIZE);
        while (rows.size() < DerConnectApi.DEFAULT_PAGE_SIZE) {
            if (!entities.hasNext()) {
                return new Batch(rows, true);
            }
            rows.add(EntityRow.of(entities.next()));
        }
        return new Batch(rows, false);
    }

    private void arrived(int loadNumber, Iterator<Entity> entities, int pageNumber, Batch batch) {
        if (loadNumber != generation) {
            return;
        }
        add(batch.rows());
        loaded.set(arrived.size());
        if (firstRowsNanos == null && !batch.rows().isEmpty()) {
            firstRowsNanos = nanoTime.getAsLong() - startedAt;
        }
        if (batch.last()) {
            page = null;
            allRowsNanos = nanoTime.getAsLong() - startedAt;
            if (firstRowsNanos == null) {
                firstRowsNanos = allRowsNanos;
            }
            // never a silent end: the rows so far stay, with why there may be more
            PagingStop stop = stopped.get();
            incomplete.set(stop == null ? null : messages == null ? stop.english() : messages.text(stop.words()));
            state.set(LoadState.LOADED);
        } else {
            fetch(loadNumber, entities, pageNumber + 1);
        }
    }

    private void failed(int loadNumber, Throwable error) {
        if (loadNumber != generation) {
            return;
        }
        page = null;
        boolean notOffered = error instanceof ApiException api && Availability.ofStatus(api.status()).missing();
        // the list is inferred, not documented: without it entities are opened by id
        failure.set(notOffered && messages != null ? messages.get("entities.list.notOffered", ErrorText.reason(error, messages))
                : ErrorText.reason(error, messages));
        state.set(LoadState.FAILED);
    }

    private void forgetRows() {
        arrived.clear();
        ordered = new ArrayList<>();
        visible.clear();
        loaded.set(0);
    }

    /** Shows {@code now}: from the rows shown when it narrows the filter they were made with, else from every row. */
    private void refilter(EntityFilter now) {
        boolean narrowing = now.narrows(shown);
        List<EntityRow> candidates = narrowing ? visible : ordered;
        List<EntityRow> matching = now.isEmpty() ? ordered : matching(candidates, now.predicate());
        shown = now;
        if (narrowing && matching.size() == visible.size()) {
            // every row shown still matches: nothing to tell the table
            return;
        }
        visible.setAll(matching);
    }

    private static List<EntityRow> matching(List<EntityRow> rows, Predicate<EntityRow> test) {
        List<EntityRow> result = new ArrayList<>();
        for (EntityRow row : rows) {
            if (test.test(row)) {
                result.add(row);
            }
        }
        return result;
    }

    /**
     * Takes in a page: every row in its place in the current order (after rows that sort equal, as
     * a sort of every row in the server's order would put it), the ones the filter lets through also
     * among the shown rows, one insertion per place.
     */
    private void add(List<EntityRow> page) {
        arrived.addAll(page);
        List<EntityRow> matching = matching(page, shown.predicate());
        if (order.isNone()) {
            ordered.addAll(page);
            visible.addAll(matching);
            return;
        }
        Comparator<EntityRow> comparator = order.comparator();
        ordered = merged(ordered, order.sorted(page), comparator);
        List<EntityRow> newShown = order.sorted(matching);
        int[] places = new int[newShown.size()];
        for (int i = 0; i < places.length; i++) {
            places[i] = placeAfterEqual(visible, newShown.get(i), comparator);
        }
        // from the last place to the first, so that the places still to fill keep their index
        int end = places.length;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && places[start - 1] == places[end - 1]) {
                start--;
            }
            visible.insert(places[end - 1], newShown.subList(start, end));
            end = start;
        }
    }

    /** {@code sorted} with {@code more} (both in {@code comparator}'s order) put in, each after its equals. */
    private static List<EntityRow> merged(List<EntityRow> sorted, List<EntityRow> more, Comparator<EntityRow> comparator) {
        List<EntityRow> result = new ArrayList<>(sorted.size() + more.size());
        int from = 0;
        for (EntityRow row : more) {
            int at = placeAfterEqual(sorted, row, comparator);
            result.addAll(sorted.subList(from, at));
            result.add(row);
            from = at;
        }
        result.addAll(sorted.subList(from, sorted.size()));
        return result;
    }

    /** The index after the last row of {@code sorted} that does not come after {@code row}. */
    private static int placeAfterEqual(List<EntityRow> sorted, EntityRow row, Comparator<EntityRow> comparator) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (comparator.compare(sorted.get(middle), row) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private record Batch(List<EntityRow> rows, boolean last) {
    }
}
