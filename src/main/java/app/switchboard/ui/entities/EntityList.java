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
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
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
    /** Every row loaded, by arrival number ("slot", the server's order), with its search text. */
    private final SearchText loadedRows = new SearchText();
    /** The slots of every row loaded, in the current order. */
    private Slots ordered = new Slots();
    private RowOrder<EntityRow> order = RowOrder.none();
    private final RowList<EntityRow> visible = new RowList<>();
    /** The slots of {@link #visible}'s rows, index for index. */
    private Slots shownSlots = new Slots();
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

    /** Every row loaded so far, in the current sort order: as they are now, later changes not included. */
    public List<EntityRow> all() {
        return rowsOf(ordered.array(), ordered.size());
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
        int[] positions = newOrder.sortedPositions(rowsOf(slotsUpTo(loadedRows.size()), loadedRows.size()));
        ordered = new Slots(positions, positions.length);
        int[] shownAt = new int[loadedRows.size()];
        Arrays.fill(shownAt, -1);
        for (int i = 0; i < shownSlots.size(); i++) {
            shownAt[shownSlots.get(i)] = i;
        }
        int[] newPlaces = new int[shownSlots.size()];
        int[] newShown = new int[Math.max(16, shownSlots.size())];
        int next = 0;
        for (int slot : positions) {
            if (shownAt[slot] >= 0) {
                newShown[next] = slot;
                newPlaces[next++] = shownAt[slot];
            }
        }
        shownSlots = new Slots(newShown, next);
        visible.reorder(newPlaces);
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
        for (int slot = 0; slot < loadedRows.size(); slot++) {
            known.add(loadedRows.row(slot).id());
        }
        List<EntityRow> fresh = rows.stream().filter(row -> known.add(row.id())).toList();
        add(fresh);
        loaded.set(loadedRows.size());
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
        loaded.set(loadedRows.size());
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
        loadedRows.clear();
        ordered = new Slots();
        shownSlots = new Slots();
        visible.clear();
        loaded.set(0);
    }

    /**
     * Shows {@code now}: from the rows shown when it narrows the filter they were made with, else from
     * every row; the search goes through the rows' search texts side by side ({@link SearchText}).
     */
    private void refilter(EntityFilter now) {
        boolean narrowing = now.narrows(shown);
        Slots candidates = narrowing ? shownSlots : ordered;
        int[] matching = now.isEmpty() ? Arrays.copyOf(ordered.array(), ordered.size())
                : loadedRows.matching(now, candidates.array(), candidates.size());
        shown = now;
        if (narrowing && matching.length == shownSlots.size()) {
            // every row shown still matches: nothing to tell the table
            return;
        }
        shownSlots = new Slots(matching, matching.length);
        // a view of the loaded rows through the new slots: neither array changes any more
        visible.show(rowsOf(matching, matching.length));
    }

    /**
     * The rows of {@code slots[0, count)} copied out in one loop, for arriving rows the shown rows
     * take in as one array copy (a new set of shown rows is taken as a view, {@link RowList#show}).
     */
    private List<EntityRow> copyOfRows(int[] slots, int count) {
        EntityRow[] rows = loadedRows.rows();
        if (order.isNone() && count == loadedRows.size()) {
            // every row in the server's order (a cleared search): the slots are 0, 1, 2, ...
            return Arrays.asList(Arrays.copyOf(rows, count));
        }
        EntityRow[] copy = new EntityRow[count];
        for (int i = 0; i < count; i++) {
            copy[i] = rows[slots[i]];
        }
        return Arrays.asList(copy);
    }

    /** The rows of {@code slots[0, count)}, as a list that reads them from the loaded rows. */
    private List<EntityRow> rowsOf(int[] slots, int count) {
        EntityRow[] rows = loadedRows.rows();
        return new AbstractList<>() {
            @Override
            public EntityRow get(int index) {
                Objects.checkIndex(index, count);
                return rows[slots[index]];
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    private static int[] slotsUpTo(int count) {
        int[] slots = new int[count];
        Arrays.setAll(slots, i -> i);
        return slots;
    }

    /**
     * Takes in a page: every row in its place in the current order (after rows that sort equal, as
     * a sort of every row in the server's order would put it), the ones the filter lets through also
     * among the shown rows, one insertion per place.
     */
    private void add(List<EntityRow> page) {
        int first = loadedRows.size();
        page.forEach(loadedRows::add);
        int[] pageOrder = order.sortedPositions(page);
        int[] newSlots = new int[page.size()];
        for (int i = 0; i < pageOrder.length; i++) {
            newSlots[i] = first + pageOrder[i];
        }
        int[] newShown = loadedRows.matching(shown, newSlots, newSlots.length);
        int shownCount = newShown.length;
        if (order.isNone()) {
            for (int slot : newSlots) {
                ordered.add(slot);
            }
            for (int i = 0; i < shownCount; i++) {
                shownSlots.add(newShown[i]);
            }
            visible.addAll(copyOfRows(newShown, shownCount));
            return;
        }
        Comparator<EntityRow> comparator = order.comparator();
        ordered = merged(ordered, newSlots, newSlots.length, comparator);
        int[] places = new int[shownCount];
        for (int i = 0; i < shownCount; i++) {
            places[i] = placeAfterEqual(shownSlots, loadedRows.row(newShown[i]), comparator);
        }
        // from the last place to the first, so that the places still to fill keep their index
        int end = shownCount;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && places[start - 1] == places[end - 1]) {
                start--;
            }
            shownSlots = shownSlots.inserted(places[end - 1], newShown, start, end);
            visible.insert(places[end - 1], rowsOf(newShown, shownCount).subList(start, end));
            end = start;
        }
    }

    /** {@code sorted} with {@code more[0, count)} (both in {@code comparator}'s order) put in, each after its equals. */
    private Slots merged(Slots sorted, int[] more, int count, Comparator<EntityRow> comparator) {
        int[] result = new int[Math.max(16, sorted.size() + count)];
        int next = 0;
        int from = 0;
        for (int i = 0; i < count; i++) {
            int at = placeAfterEqual(sorted, loadedRows.row(more[i]), comparator);
            System.arraycopy(sorted.array(), from, result, next, at - from);
            next += at - from;
            result[next++] = more[i];
            from = at;
        }
        System.arraycopy(sorted.array(), from, result, next, sorted.size() - from);
        return new Slots(result, sorted.size() + count);
    }

    /** The index after the last row of {@code sorted} that does not come after {@code row}. */
    private int placeAfterEqual(Slots sorted, EntityRow row, Comparator<EntityRow> comparator) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (comparator.compare(loadedRows.row(sorted.get(middle)), row) <= 0) {
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
