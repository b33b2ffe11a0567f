package app.switchboard.ui.subscriptions;

import app.switchboard.client.CallScope;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.FynnPage;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.fynn.SubscriptionStatus;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.session.Api;
import app.switchboard.ui.common.session.ConnectionState;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.util.List;
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

/**
 * The subscriptions list: one server-side page at a time with Fynn's totals, a search, a status
 * filter, and the detail of the subscription the operator opens. Follows the environment: a new
 * connection starts again on page 1, and what the old one started is cancelled.
 * Used on the JavaFX thread.
 */
public final class SubscriptionsViewModel {
    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    /** The fields Fynn sorts subscriptions by (fynn.yaml, {@code order[...]}). */
    public static final List<String> SORT_FIELDS = List.of("status", "activatedAt", "contractDetails.contractEnd",
            "createdAt", "trialEndsOn");

    private final EnvironmentSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final SubscriptionDetailViewModel detail;
    private final Navigator navigator;
    private final CustomerDirectory customers = new CustomerDirectory();
    private final ObservableList<SubscriptionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.NOT_CONNECTED);
    private final StringProperty problem = new SimpleStringProperty();
    private final DelayedLoading delayedLoading = new DelayedLoading(state);
    private final IntegerProperty page = new SimpleIntegerProperty(1);
    private final IntegerProperty lastPage = new SimpleIntegerProperty(1);
    private final IntegerProperty totalItems = new SimpleIntegerProperty();
    private final IntegerProperty pageSize = new SimpleIntegerProperty(PAGE_SIZES.get(1));
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<SubscriptionStatus> statusFilter = new SimpleObjectProperty<>();
    private String search = "";
    /** Fynn's name of the field the list is sorted by on the server, or null for Fynn's own order. */
    private String orderBy;
    private boolean descending;
    private CallScope scope = new CallScope();
    private FynnApi fynn;
    private RunningTask loading;
    /** Counts loads, so that an answer to an older one (cancelled too late) is dropped. */
    private int generation;
    private int requested = 1;
    /** A subscription another view asked to show, kept until there is a connection to fetch it with. */
    private String wanted;
    private RunningTask fetching;
    /** A search asked for from elsewhere opens its first subscription once it is loaded. */
    private boolean openFirstFound;
    /** The entitlement to select in the wanted subscription (a link to an entitlement), or null. */
    private String wantedEntitlement;
    private final javafx.beans.property.ReadOnlyStringWrapper searchShown = new javafx.beans.property.ReadOnlyStringWrapper("");

    public SubscriptionsViewModel(EnvironmentSession session, TaskRunner tasks, Messages messages,
                                  SubscriptionDetailViewModel detail, Navigator navigator) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.detail = detail;
        this.navigator = navigator;
        session.stateProperty(Api.FYNN).addListener((obs, old, now) -> connectionChanged(now));
        connectionChanged(session.stateProperty(Api.FYNN).get());
        // a request made before this view existed is waiting; later ones arrive while it is loaded
        navigator.addListener(request -> {
            if (request.view() == FxmlView.SUBSCRIPTIONS) {
                takeRequest();
            }
        });
        takeRequest();
    }

    private void takeRequest() {
        navigator.takePending(FxmlView.SUBSCRIPTIONS).ifPresent(id -> {
            wanted = id;
            wantedEntitlement = navigator.takePendingEntitlement().orElse(null);
            openWanted();
        });
        navigator.takePendingSearch(FxmlView.SUBSCRIPTIONS).ifPresent(text -> {
            openFirstFound = true;
            searchShown.set(text);
            search(text);
        });
    }

    /** The search text the view should show when it was set from elsewhere (a customer opened from Ctrl+K). */
    public javafx.beans.property.ReadOnlyStringProperty searchShownProperty() {
        return searchShown.getReadOnlyProperty();
    }

    /** Opens the requested subscription: from the page shown if it is there, else fetched by id. */
    private void openWanted() {
        if (wanted == null || fynn == null) {
            return;
        }
        String id = wanted;
        wanted = null;
        SubscriptionRow onPage = rows.stream().filter(row -> id.equals(row.id())).findFirst().orElse(null);
        String entitlement = wantedEntitlement;
        wantedEntitlement = null;
        if (onPage != null) {
            detail.open(onPage, entitlement);
            return;
        }
        if (fetching != null) {
            fetching.cancel();
        }
        FynnApi api = fynn;
        fetching = tasks.task(messages.get("subscriptions.opening.task", id),
                progress -> customers.rowFor(named(id, api.subscription(id)), api)
        ).onSuccess(row -> {
            if (api == fynn) { // not after an environment switch
                detail.open(row, entitlement);
            }
        }).onFailure(error -> {
            if (api == fynn) {
                problem.set(messages.get("subscriptions.error.open", id, ErrorText.reason(error, messages)));
                state.set(LoadState.FAILED);
            }
        }).start();
    }

    /** An answer without an id may be about any subscription: never shown as the one a link or Ctrl+K named. */
    private app.switchboard.fynn.Subscription named(String id, app.switchboard.fynn.Subscription answer) {
        if (answer == null || !id.equalsIgnoreCase(answer.id())) {
            throw new IllegalStateException(messages.get("subscriptions.error.noId"));
        }
        return answer;
    }

    private void connectionChanged(ConnectionState now) {
        FynnApi current = now == ConnectionState.CONNECTED
                ? session.connection().map(EnvironmentConnection::fynn).orElse(null) : null;
        if (current != null && fynn != null) {
            return; // same connection; a view only reported how a call went
        }
        scope.cancel();
        scope = new CallScope();
        generation++;
        customers.forget();
        rows.clear();
        detail.close();
        if (current == null) {
            fynn = null;
            state.set(LoadState.NOT_CONNECTED);
            return;
        }
        fynn = current.within(scope);
        detail.connect(fynn, session.connection().map(EnvironmentConnection::environment).orElseThrow());
        load(1);
        openWanted();
    }

    public ObservableList<SubscriptionRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state;
    }

    /** What went wrong, in the server's words; null unless {@link LoadState#FAILED}. */
    /** Whether the loading indicator shows: only once a load lasts a moment. */
    public DelayedLoading loading() {
        return delayedLoading;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyIntegerProperty lastPageProperty() {
        return lastPage;
    }

    public ReadOnlyIntegerProperty totalItemsProperty() {
        return totalItems;
    }

    public ReadOnlyIntegerProperty pageSizeProperty() {
        return pageSize;
    }

    /** e.g. "Page 2 of 9 · 420 subscriptions". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyObjectProperty<SubscriptionStatus> statusFilterProperty() {
        return statusFilter;
    }

    public String search() {
        return search;
    }

    public SubscriptionDetailViewModel detail() {
        return detail;
    }

    /** Searches subscription numbers, customer names and customer numbers; blank shows all. */
    public void search(String text) {
        search = text == null ? "" : text.strip();
        load(1);
    }

    /** Only subscriptions in {@code status}; null for all. */
    public void filterByStatus(SubscriptionStatus status) {
        statusFilter.set(status);
        load(1);
    }

    /**
     * Sorts the whole list on the server (Fynn's {@code order[field]}), starting again on page 1.
     *
     * @param field one of {@link #SORT_FIELDS}, or null for Fynn's own order
     */
    public void sortBy(String field, boolean newestFirst) {
        if (field != null && !SORT_FIELDS.contains(field)) {
            throw new IllegalArgumentException("Fynn cannot sort subscriptions by " + field);
        }
        boolean sameDirection = field == null || newestFirst == descending;
        if (java.util.Objects.equals(field, orderBy) && sameDirection) {
            return; // the table asks again whenever it redraws its headers
        }
        orderBy = field;
        descending = field != null && newestFirst;
        load(1);
    }

    public String orderBy() {
        return orderBy;
    }

    public boolean isDescending() {
        return descending;
    }

    public void changePageSize(int size) {
        if (size == pageSize.get()) {
            return;
        }
        // keep the first row of the current page in view
        int firstRow = (page.get() - 1) * pageSize.get();
        pageSize.set(size);
        load(firstRow / size + 1);
    }

    public void firstPage() {
        goToPage(1);
    }

    public void previousPage() {
        goToPage(page.get() - 1);
    }

    public void nextPage() {
        goToPage(page.get() + 1);
    }

    public void lastPage() {
        goToPage(lastPage.get());
    }

    public boolean hasPrevious() {
        return page.get() > 1;
    }

    public boolean hasNext() {
        return page.get() < lastPage.get();
    }

    /** Jumps to a page; numbers outside 1..last are brought inside. */
    public void goToPage(int number) {
        load(Math.max(1, Math.min(number, lastPage.get())));
    }

    /** Asks again for the page that was asked for last (after a failure, not the one still shown). */
    public void retry() {
        load(requested);
    }

    public void open(SubscriptionRow row) {
        if (row != null && fynn != null) {
            detail.open(row);
        }
    }

    private SubscriptionQuery query() {
        SubscriptionQuery query = SubscriptionQuery.all().withSearch(search.isEmpty() ? null : search)
                .withStatus(statusFilter.get());
        return orderBy == null ? query : query.orderedBy(orderBy, descending);
    }

    private void load(int number) {
        if (fynn == null) {
            return;
        }
        if (loading != null) {
            loading.cancel();
        }
        FynnApi api = fynn;
        SubscriptionQuery query = query();
        int size = pageSize.get();
        state.set(LoadState.LOADING);
        problem.set(null);
        int mine = ++generation;
        requested = number;
        loading = tasks.task(messages.get("subscriptions.loading.task", number), progress -> {
            FynnPage<Subscription> answer = api.subscriptions(query, number, size);
            return new Loaded(number, answer, customers.rowsFor(answer.data(), api));
        }).onSuccess(loaded -> {
            if (mine == generation) {
                show(loaded);
            }
        }).onFailure(error -> {
            if (mine == generation) {
                problem.set(messages.get("subscriptions.error.message", ErrorText.reason(error, messages)));
                state.set(LoadState.FAILED);
            }
        }).start();
    }

    private void show(Loaded loaded) {
        rows.setAll(loaded.rows());
        page.set(loaded.page());
        lastPage.set(loaded.answer().lastPage());
        totalItems.set(loaded.answer().totalItems());
        summary.set(messages.get("subscriptions.page.summary", page.get(), lastPage.get(), totalItems.get()));
        state.set(rows.isEmpty() ? LoadState.EMPTY : LoadState.SHOWING);
        session.markRefreshed();
        if (openFirstFound) {
            openFirstFound = false;
            if (!rows.isEmpty()) {
                detail.open(rows.get(0));
            }
        }
    }

    /** Whether the empty list is down to the search or filter (rather than an empty environment). */
    public boolean isFiltered() {
        return !search.isEmpty() || statusFilter.get() != null;
    }

    private record Loaded(int page, FynnPage<Subscription> answer, List<SubscriptionRow> rows) {
    }
}
