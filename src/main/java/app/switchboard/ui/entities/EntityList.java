package app.switchboard.ui.entities;

import app.switchboard.client.CallScope;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.ui.common.ErrorText;
import app.switchboard.ui.common.Messages;
import app.switchboard.ui.common.RunningTask;
import app.switchboard.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The entities of one environment, filled page by page in the background as DER Connect hands
 * them over (forward-only, no total), then sorted on extracted keys and filtered on the rows'
 * search keys. Each page is one task on the {@link TaskRunner}, pulled from the lazy page stream,
 * so rows appear as soon as the first page arrives and a new load or {@link #stop()} cancels the
 * calls in flight through the {@link CallScope}. Used on the JavaFX thread.
 */
public final class EntityList {
    private final TaskRunner tasks;
    private final LongSupplier nanoTime;
    private final ObservableList<EntityRow> all = FXCollections.observableArrayList();
    private final SortedList<EntityRow> sorted = new SortedList<>(all);
    private final FilteredList<EntityRow> visible = new FilteredList<>(sorted);
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.WAITING);
    private final IntegerProperty loaded = new SimpleIntegerProperty();
    private final StringProperty failure = new SimpleStringProperty();
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
        filter.addListener((obs, old, now) -> visible.setPredicate(now.predicate()));
    }

    /** The rows the table shows: filtered and sorted. */
    public ObservableList<EntityRow> visible() {
        return visible;
    }

    /** Every row loaded so far, in the current sort order. */
    public List<EntityRow> all() {
        return sorted;
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

    public ObjectProperty<EntityFilter> filterProperty() {
        return filter;
    }

    /** Sorts every row (loaded and still to come) by extracted keys; null keeps the server's order. */
    public void sortBy(Comparator<EntityRow> comparator) {
        sorted.setComparator(comparator);
    }

    /** Starts again from the first page, dropping what was loaded. */
    public void load(DerConnectApi der) {
        stop();
        generation++;
        source = der;
        scope = new CallScope();
        all.clear();
        loaded.set(0);
        failure.set(null);
        firstRowsNanos = null;
        allRowsNanos = null;
        startedAt = nanoTime.getAsLong();
        state.set(LoadState.LOADING);
        fetch(generation, der.within(scope).entities().iterator(), 1);
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
        all.clear();
        loaded.set(0);
        failure.set(null);
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
        all.addAll(batch.rows());
        loaded.set(all.size());
        if (firstRowsNanos == null && !batch.rows().isEmpty()) {
            firstRowsNanos = nanoTime.getAsLong() - startedAt;
        }
        if (batch.last()) {
            page = null;
            allRowsNanos = nanoTime.getAsLong() - startedAt;
            if (firstRowsNanos == null) {
                firstRowsNanos = allRowsNanos;
            }
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
        failure.set(ErrorText.reason(error, messages));
        state.set(LoadState.FAILED);
    }

    private record Batch(List<EntityRow> rows, boolean last) {
    }
}
