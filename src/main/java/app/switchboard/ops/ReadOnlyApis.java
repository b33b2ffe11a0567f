package app.switchboard.ops;

import app.switchboard.text.Words;
import app.switchboard.audit.Api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Which APIs the console must treat as read-only, per environment: a 403 on a write means the
 * credentials may read but not change, so the toggles are disabled with the reason until the
 * credentials for that API change.
 */
public final class ReadOnlyApis {

    /** A switch between writable and read-only; {@code reason} is null when writable again. */
    public record Change(String environment, Api api, Words reason) {
    }

    private record Key(String environment, Api api) {
    }

    private final Map<Key, Words> reasons = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /** Marks it read-only because of {@code reason}, e.g. the server's own refusal. */
    public void markReadOnly(String environment, Api api, String reason) {
        markReadOnly(environment, api, Words.verbatim(Objects.requireNonNull(reason, "reason")));
    }

    public void markReadOnly(String environment, Api api, Words reason) {
        Objects.requireNonNull(reason, "reason");
        if (!reason.equals(reasons.put(new Key(environment, api), reason))) {
            fire(new Change(environment, api, reason));
        }
    }

    public Optional<Words> readOnlyReason(String environment, Api api) {
        return Optional.ofNullable(reasons.get(new Key(environment, api)));
    }

    public boolean isReadOnly(String environment, Api api) {
        return reasons.containsKey(new Key(environment, api));
    }

    /** New credentials for that API in that environment: let the operator try writing again. */
    public void credentialsChanged(String environment, Api api) {
        if (reasons.remove(new Key(environment, api)) != null) {
            fire(new Change(environment, api, null));
        }
    }

    /** Listeners are called on the thread that made the change; a view model hops to its own thread. */
    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    private void fire(Change change) {
        listeners.forEach(l -> l.accept(change));
    }
}
