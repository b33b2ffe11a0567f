package app.switchboard.ui.common.change;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.credentials.Environment;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reading the activity log for views, and undoing an entry from it. {@code AppContext} provides
 * one; the entity and subscription details get a per-switch history from {@link #newPane()}.
 */
public final class ActivityHistory {
    private final ActivityLog log;
    private final TaskRunner tasks;
    private final ChangeRunner changes;
    private final EnvironmentSession session;
    private final Messages messages;

    public ActivityHistory(ActivityLog log, TaskRunner tasks, ChangeRunner changes, EnvironmentSession session,
                           Messages messages) {
        this.log = log;
        this.tasks = tasks;
        this.changes = changes;
        this.session = session;
        this.messages = messages;
    }

    /** The newest {@code limit} matching entries, newest first. Blocks on the disk: call in the background. */
    public List<ActivityEntry> newest(ActivityQuery query, int limit) {
        Deque<ActivityEntry> newest = new ArrayDeque<>(Math.min(limit, 1024));
        try (Stream<ActivityEntry> entries = log.query(query)) {
            entries.forEach(entry -> {
                newest.addFirst(entry);
                if (newest.size() > limit) {
                    newest.removeLast();
                }
            });
        }
        return new ArrayList<>(newest);
    }

    /** A history list for one switch or one target; see {@link ActivityHistoryPane}. */
    public ActivityHistoryPane newPane() {
        return new ActivityHistoryPane(this, tasks, changes, messages);
    }

    /** Ids of entries that a later successful change undid, among those loaded. */
    public static Set<String> undone(Collection<ActivityEntry> entries) {
        return entries.stream()
                .filter(e -> e.undoOf() != null && e.outcome().kind() == app.switchboard.audit.OutcomeKind.SUCCEEDED)
                .map(ActivityEntry::undoOf)
                .collect(Collectors.toSet());
    }

    /**
     * Why this entry cannot be undone now, in words; empty when it can.
     *
     * @param undoneIds ids of entries already undone (see {@link #undone})
     */
    public Optional<String> whyNotUndoable(ActivityEntry entry, Set<String> undoneIds) {
        if (entry.outcome().kind() != app.switchboard.audit.OutcomeKind.SUCCEEDED) {
            return Optional.of(messages.get("changes.undo.notChanged"));
        }
        if (!entry.isUndoable()) {
            return Optional.of(messages.get("changes.undo.nothingChanged"));
        }
        if (undoneIds.contains(entry.id())) {
            return Optional.of(messages.get("changes.undo.alreadyUndone"));
        }
        Optional<Environment> connected = session.connection().map(EnvironmentConnection::environment);
        if (connected.isPresent() && connected.get().name().equals(entry.environment())
                && !entry.madeIn(connected.get().id(), connected.get().name())) {
            return Optional.of(messages.get("changes.undo.environmentReplaced", entry.environment()));
        }
        if (connected.isEmpty() || !entry.madeIn(connected.get().id(), connected.get().name())) {
            return Optional.of(messages.get("changes.undo.otherEnvironment", entry.environment()));
        }
        return changes.engine().readOnlyApis().readOnlyReason(entry.environment(), entry.api()).map(messages::text);
    }

    /** Undoes the entry through the engine (same policy; logged); the runner posts the notice. */
    public PendingChange undo(ActivityEntry entry) {
        Environment environment = session.connection().map(EnvironmentConnection::environment)
                .filter(env -> entry.madeIn(env.id(), env.name()))
                .orElseThrow(() -> new IllegalStateException(messages.get("changes.undo.otherEnvironment",
                        entry.environment())));
        return changes.change(ChangeEngine.undoRequestFor(entry, environment), outcome -> { });
    }
}
