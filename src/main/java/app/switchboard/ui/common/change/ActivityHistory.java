package app.switchboard.ui.common.change;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.SharedActivity;
import app.switchboard.audit.SharedActivityException;
import java.util.Map;
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActivityHistory.class);
    private final ActivityLog log;
    private final SharedActivity team;
    private final TaskRunner tasks;
    private final ChangeRunner changes;
    private final EnvironmentSession session;
    private final Messages messages;

    public ActivityHistory(ActivityLog log, TaskRunner tasks, ChangeRunner changes, EnvironmentSession session,
                           Messages messages) {
        this(log, tasks, changes, session, messages, SharedActivity.none());
    }

    /** With the team's log too (team mode): item histories then show colleagues' changes. */
    public ActivityHistory(ActivityLog log, TaskRunner tasks, ChangeRunner changes, EnvironmentSession session,
                           Messages messages, SharedActivity team) {
        this.team = team;
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

    /**
     * One switch's (or target's) history: this computer's entries and, in team mode, the team's,
     * newest first. Entries this computer did not write come with who made them where.
     */
    public record ItemHistory(List<ActivityEntry> entries, Map<String, SharedActivity.SharedEntry> colleagues) {
    }

    /** Blocks on the disk and the network: call in the background. A team log that cannot be read leaves this computer's. */
    public ItemHistory itemHistory(ActivityQuery query, int limit) {
        List<ActivityEntry> own = newest(query, limit);
        if (!team.available()) {
            return new ItemHistory(own, Map.of());
        }
        Set<String> ownIds = own.stream().map(ActivityEntry::id).collect(Collectors.toSet());
        Map<String, SharedActivity.SharedEntry> colleagues = new java.util.HashMap<>();
        List<ActivityEntry> all = new ArrayList<>(own);
        try {
            for (SharedActivity.SharedEntry shared : team.page(query, null, limit).entries()) {
                if (!ownIds.contains(shared.entry().id())) {
                    colleagues.put(shared.entry().id(), shared);
                    all.add(shared.entry());
                }
            }
        } catch (SharedActivityException e) {
            LOG.info("Team history unavailable: {}", e.getMessage());
        }
        all.sort(java.util.Comparator.comparing(ActivityEntry::time).reversed());
        return new ItemHistory(all.subList(0, Math.min(limit, all.size())), colleagues);
    }

    /** The team log's live announcements (nothing without team mode); called on a background thread. */
    public void onTeamChange(java.util.function.Consumer<SharedActivity.SharedChange> listener) {
        team.onNewEntries(listener);
    }

    public void removeTeamListener(java.util.function.Consumer<SharedActivity.SharedChange> listener) {
        team.removeListener(listener);
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
        return whyNotUndoable(entry, undoneIds, null);
    }

    /** As {@link #whyNotUndoable(ActivityEntry, Set)}; a colleague's change (from the team log) is theirs to undo. */
    public Optional<String> whyNotUndoable(ActivityEntry entry, Set<String> undoneIds, SharedActivity.SharedEntry colleague) {
        if (entry.outcome().kind() != app.switchboard.audit.OutcomeKind.SUCCEEDED) {
            return Optional.of(messages.get("changes.undo.notChanged"));
        }
        if (!entry.isUndoable()) {
            return Optional.of(messages.get("changes.undo.nothingChanged"));
        }
        if (undoneIds.contains(entry.id())) {
            return Optional.of(messages.get("changes.undo.alreadyUndone"));
        }
        if (colleague != null) {
            return Optional.of(messages.get("changes.history.notOwn", colleague.entry().user(), colleague.desk()));
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
