package app.switchboard.ui.common.fx;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Lets one view send the operator to another with something to show there, e.g. Review's "open in
 * Subscriptions". The shell listens and switches sections; the target view takes the item with
 * {@link #takePending} when it is shown or told (it may not be loaded yet when the request comes).
 * Used on the JavaFX thread.
 */
public final class Navigator {
    /** Go to {@code view} and show {@code itemId} there (for Subscriptions: a subscription id; for Review: a feature id). */
    public record Request(FxmlView view, String itemId) {
    }

    private final List<Consumer<Request>> listeners = new CopyOnWriteArrayList<>();
    private final Map<FxmlView, String> pending = new EnumMap<>(FxmlView.class);
    private final Map<FxmlView, String> pendingSearch = new EnumMap<>(FxmlView.class);
    private String pendingEntitlement;

    public void open(FxmlView view, String itemId) {
        Request request = new Request(view, itemId);
        pending.put(view, itemId);
        listeners.forEach(listener -> listener.accept(request));
    }

    /**
     * Go to {@code view}, search there for {@code text} and show the first match: for what has no
     * view of its own, such as a customer (Subscriptions searches by customer number).
     */
    public void openSearch(FxmlView view, String text) {
        pendingSearch.put(view, text);
        listeners.forEach(listener -> listener.accept(new Request(view, null)));
    }

    /** Go to Subscriptions, open {@code subscriptionId} and select its entitlement {@code entitlementId}. */
    public void openEntitlement(String subscriptionId, String entitlementId) {
        pendingEntitlement = entitlementId;
        open(FxmlView.SUBSCRIPTIONS, subscriptionId);
    }

    /** The entitlement last requested with its subscription, once. */
    public Optional<String> takePendingEntitlement() {
        String entitlement = pendingEntitlement;
        pendingEntitlement = null;
        return Optional.ofNullable(entitlement);
    }

    /** The search last requested for {@code view}, once. */
    public Optional<String> takePendingSearch(FxmlView view) {
        return Optional.ofNullable(pendingSearch.remove(view));
    }

    /** Told of every request, after it is pending; the shell switches sections, target views take the item. */
    public void addListener(Consumer<Request> listener) {
        listeners.add(listener);
    }

    /** The item last requested for {@code view}, once: a second call returns empty. */
    public Optional<String> takePending(FxmlView view) {
        return Optional.ofNullable(pending.remove(view));
    }
}
