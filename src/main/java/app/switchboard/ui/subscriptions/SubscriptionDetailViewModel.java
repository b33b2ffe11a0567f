package app.switchboard.ui.subscriptions;

import app.switchboard.credentials.Environment;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.EntitlementSubscriptionItem;
import app.switchboard.fynn.FynnApi;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.SwitchState;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.audit.Api;
import app.switchboard.ui.common.change.AwaitingApproval;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.change.PendingChange;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One subscription's detail: its entitlements grouped by subscription item, filtered by status and
 * (as Fynn does by default) without expired ones unless asked. Filters go to the server, so what
 * is listed is what Fynn answers. Used on the JavaFX thread.
 */
public final class SubscriptionDetailViewModel {
    private final TaskRunner tasks;
    private final ChangeRunner changes;
    private final BulkFlow bulk;
    private final Messages messages;
    private final EntitlementTexts texts;
    private final ObjectProperty<SubscriptionRow> subscription = new SimpleObjectProperty<>();
    private final ObservableList<EntitlementRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ItemGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.NOT_CONNECTED);
    private final StringProperty problem = new SimpleStringProperty();
    private final DelayedLoading delayedLoading = new DelayedLoading(state);
    private final ObjectProperty<EntitlementStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty includeExpired = new SimpleBooleanProperty(false);
    private final ObjectProperty<EntitlementRow> selected = new SimpleObjectProperty<>();
    /** Selected once the entitlements are shown: a link named it. */
    private String wantedEntitlement;
    private final javafx.beans.property.ReadOnlyStringWrapper missingEntitlement = new javafx.beans.property.ReadOnlyStringWrapper();
    private FynnApi fynn;
    private Environment environment;
    private RunningTask loading;
    private int generation;

    public SubscriptionDetailViewModel(TaskRunner tasks, Messages messages, Clock clock, ChangeRunner changes,
                                       BulkFlow bulk) {
        this.tasks = tasks;
        this.messages = messages;
        this.texts = new EntitlementTexts(messages, clock);
        this.changes = changes;
        this.bulk = bulk;
        changes.addOutcomeListener(this::changed);
        changes.awaiting().addListener(this::showAwaiting);
    }

    /** The connection to work through; {@code environment} is the one changes are made in. */
    void connect(FynnApi api, Environment connected) {
        this.fynn = api;
        this.environment = connected;
    }

    /** Leaves the detail (the operator went back, or the environment changed). */
    public void close() {
        generation++;
        if (loading != null) {
            loading.cancel();
        }
        subscription.set(null);
        rows.clear();
        groups.clear();
        selected.set(null);
        state.set(fynn == null ? LoadState.NOT_CONNECTED : LoadState.SHOWING);
    }

    public void open(SubscriptionRow row) {
        open(row, null);
    }

    /** Opens {@code row} with its entitlement {@code entitlementId} selected (expired ones shown, so it is there). */
    public void open(SubscriptionRow row, String entitlementId) {
        wantedEntitlement = entitlementId;
        subscription.set(row);
        statusFilter.set(null);
        includeExpired.set(entitlementId != null);
        reload();
    }

    /** This subscription's link, for a ticket; null while none is shown. */
    public String link() {
        SubscriptionRow row = subscription.get();
        return row == null || environment == null ? null
                : app.switchboard.links.ItemLink.subscription(environment.id(), row.id()).text();
    }

    /** An entitlement's link; it names its subscription, through which Fynn finds it. */
    public String link(EntitlementRow entitlement) {
        SubscriptionRow row = subscription.get();
        return row == null || environment == null || entitlement == null ? null
                : app.switchboard.links.ItemLink.entitlement(environment.id(), row.id(), entitlement.id()).text();
    }

    public ReadOnlyObjectProperty<SubscriptionRow> subscriptionProperty() {
        return subscription;
    }

    public boolean isOpen() {
        return subscription.get() != null;
    }

    /** Every listed entitlement, grouped items one after the other. */
    public ObservableList<EntitlementRow> rows() {
        return rows;
    }

    public ObservableList<ItemGroup> groups() {
        return groups;
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state;
    }

    /** Whether the loading indicator shows: only once a load lasts a moment. */
    public DelayedLoading loading() {
        return delayedLoading;
    }

    /** An entitlement a link or Ctrl+K named that the subscription shown does not hold (set each time it happens). */
    public ReadOnlyStringProperty missingEntitlementProperty() {
        return missingEntitlement.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyObjectProperty<EntitlementStatus> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty includeExpiredProperty() {
        return includeExpired;
    }

    /** The entitlement the table and the timeline both highlight. */
    public ObjectProperty<EntitlementRow> selectedProperty() {
        return selected;
    }

    public EntitlementTexts texts() {
        return texts;
    }

    Environment environment() {
        return environment;
    }

    public Optional<EntitlementRow> row(String entitlementId) {
        return rows.stream().filter(r -> r.id().equals(entitlementId)).findFirst();
    }

    public void filterByStatus(EntitlementStatus status) {
        statusFilter.set(status);
        reload();
    }

    public void includeExpired(boolean include) {
        includeExpired.set(include);
        reload();
    }

    public void reload() {
        SubscriptionRow row = subscription.get();
        if (row == null || fynn == null) {
            return;
        }
        if (loading != null) {
            loading.cancel();
        }
        FynnApi api = fynn;
        EntitlementStatus status = statusFilter.get();
        boolean expired = includeExpired.get();
        int mine = ++generation;
        state.set(LoadState.LOADING);
        problem.set(null);
        loading = tasks.task(messages.get("subscriptions.detail.loading.task", row.number()),
                progress -> api.entitlements(row.id(), status, expired)
        ).onSuccess(list -> {
            if (mine == generation) {
                show(row, list);
            }
        }).onFailure(error -> {
            if (mine == generation) {
                problem.set(messages.get("subscriptions.detail.error.message", ErrorText.reason(error, messages)));
                state.set(LoadState.FAILED);
            }
        }).start();
    }

    private void show(SubscriptionRow row, List<Entitlement> entitlements) {
        String linked = wantedEntitlement;
        String keep = wantedEntitlement != null ? wantedEntitlement : selected.get() == null ? null : selected.get().id();
        wantedEntitlement = null;
        Map<String, List<EntitlementRow>> byItem = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        // the subscription's own item order first, so the groups read like the contract
        for (EntitlementSubscriptionItem item : row.subscription().items()) {
            byItem.put(item.id(), new ArrayList<>());
            names.put(item.id(), item.name());
        }
        for (Entitlement e : entitlements) {
            EntitlementSubscriptionItem item = e.subscriptionItem();
            String key = item == null || item.id() == null ? "" : item.id();
            byItem.computeIfAbsent(key, k -> new ArrayList<>()).add(new EntitlementRow(e));
            if (item != null && item.name() != null) {
                names.putIfAbsent(key, item.name());
            }
        }
        List<ItemGroup> result = new ArrayList<>();
        List<EntitlementRow> flat = new ArrayList<>();
        byItem.forEach((id, list) -> {
            if (!list.isEmpty()) {
                String name = names.get(id);
                result.add(new ItemGroup(id, name == null || name.isBlank()
                        ? messages.get("subscriptions.detail.item.none") : name, list));
                flat.addAll(list);
            }
        });
        rows.setAll(flat);
        showAwaiting();
        groups.setAll(result);
        selected.set(keep == null ? null : row(keep).orElse(null));
        state.set(flat.isEmpty() ? LoadState.EMPTY : LoadState.SHOWING);
        if (linked != null && selected.get() == null) {
            missingEntitlement.set(null);
            missingEntitlement.set(linked);
        }
    }

    /**
     * "Awaiting approval" beside each entitlement an open change request holds, whoever asked; one
     * whose request was decided, withdrawn or applied is read again, so it shows what the server has.
     */
    private void showAwaiting() {
        SubscriptionRow s = subscription.get();
        if (s == null || environment == null) {
            return;
        }
        boolean released = false;
        for (EntitlementRow row : rows) {
            String words = changes.awaiting().of(environment.name(), Api.FYNN, s.id(), row.id())
                    .map(r -> AwaitingApproval.words(r, Api.FYNN, s.id(), row.id(), messages)).orElse(null);
            released |= words == null && row.awaiting() != null;
            row.setAwaiting(words);
        }
        if (released) {
            // also while a load is running: it may have been read before the request was applied
            reload();
        }
    }

    /** Whether an empty list is down to the filters. */
    public boolean isFiltered() {
        return statusFilter.get() != null || !includeExpired.get();
    }

    /**
     * Switches one entitlement through the change engine (policy, confirmation, stale-write check,
     * activity log, Undo). The row shows "switching" until the answer arrives and then what the
     * server said: switching on a future-dated entitlement leaves it pending, not active.
     */
    public void switchOne(EntitlementRow row, boolean on) {
        Boolean seen = row.seen();
        if (environment == null || !row.isSwitchable() || row.switchingProperty().get()
                || (seen != null && seen == on) || row.awaiting() != null) {
            return;
        }
        // a state Fynn did not give goes as unknown: the confirmation says so, nothing counts it as done
        PendingChange pending = changes.change(ChangeRequest.set(target(row), seen, on), outcome -> { });
        row.setSwitching(pending.isInFlight());
        pending.inFlightProperty().addListener((obs, was, now) -> row.setSwitching(now));
    }

    /** Opens the bulk flow (preview, one confirmation, progress, results) for the chosen rows. */
    public void switchAll(List<EntitlementRow> chosen, boolean on) {
        if (environment != null && !chosen.isEmpty()) {
            bulk.open(bulkCandidates(chosen), on);
        }
    }

    /** The chosen rows as the bulk flow sees them; an expired one cannot be switched. */
    public List<BulkCandidate> bulkCandidates(List<EntitlementRow> chosen) {
        return chosen.stream().map(row -> new BulkCandidate(target(row), row.seen(), row.isSwitchable() ? null
                : messages.get("subscriptions.bulk.expired"))).toList();
    }

    ChangeTarget target(EntitlementRow row) {
        SubscriptionRow s = subscription.get();
        return ChangeTarget.fynnEntitlement(environment, s.id(), row.id(), s.customerName(), s.customerNumber(),
                s.number(), texts.featureName(row.entitlement()));
    }

    /**
     * Every finished change, from a switch here, the bulk flow, Undo or the activity view: a row
     * of this subscription takes the status the server answered; after a stale-write warning the
     * list is read again.
     */
    private void changed(ChangeOutcome outcome) {
        ChangeTarget t = outcome.request().target();
        SubscriptionRow s = subscription.get();
        if (t.api() != app.switchboard.audit.Api.FYNN || s == null || !t.targetId().equals(s.id())) {
            return;
        }
        if (outcome.kind() == ChangeOutcome.Kind.STALE) {
            reload();
            return;
        }
        boolean answeredOtherwise = outcome.kind() == ChangeOutcome.Kind.NOT_APPLIED;
        if (answeredOtherwise && !outcome.after().isKnown()) {
            reload();
        } else if (outcome.succeeded() || answeredOtherwise) {
            // a change the server did not apply shows its answer too, never what was asked
            row(t.item()).ifPresent(row -> row.update(withStatus(row.entitlement(), outcome.after())));
        }
    }

    /**
     * The entitlement as the server's answer to the write describes it: its computed status, or, when
     * the answer carried none, its {@code active} alone (the status shown before is no longer true).
     */
    private static Entitlement withStatus(Entitlement e, SwitchState after) {
        EntitlementStatus status = after.statusText() == null ? null : EntitlementStatus.of(after.statusText());
        Boolean active = status != null && status.isKnown() ? Boolean.valueOf(EntitlementStatus.ACTIVE.equals(status))
                : after.on();
        return new Entitlement(e.id(), e.subscriptionItem(), e.feature(), e.value(), e.validFrom(), e.validUntil(),
                active, status);
    }
}
