package app.switchboard.ui.activity;

import app.switchboard.audit.ActivityCsv;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.SharedActivity;
import app.switchboard.audit.SharedActivityException;
import app.switchboard.ui.common.change.ActivityHistory;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Activity view's Team scope: pages of the team log read in the background with the view's
 * filters, who made each change on which desk, and which rows are this computer's own (only those
 * can be undone from here).
 */
final class TeamActivityPages {
    static final int PAGE = 200;
    private static final int EXPORT_PAGE = 1000;

    private final SharedActivity team;
    private final ActivityHistory history;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final Map<String, SharedActivity.SharedEntry> shown = new HashMap<>();
    private Set<String> own = Set.of();
    private SharedActivity.Cursor next;

    TeamActivityPages(SharedActivity team, ActivityHistory history, TaskRunner tasks, Messages messages) {
        this.team = team;
        this.history = history;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Runs {@code then} on the FX thread with each new entry that reaches the team log. */
    void onNewEntries(Consumer<app.switchboard.audit.SharedActivity.SharedChange> then) {
        team.onNewEntries(change -> app.switchboard.ui.common.fx.FxThread.executor().execute(() -> then.accept(change)));
    }

    boolean available() {
        return team.available();
    }

    /** The newest page matching {@code query}; also learns which entries this computer wrote. */
    RunningTask first(ActivityQuery query, Consumer<List<ActivityEntry>> show, Consumer<Throwable> failed) {
        return tasks.task(messages.get("activity.task.readTeam"), progress -> {
            Set<String> ownIds = history.newest(ActivityQuery.all(), ActivityViewModel.LOADED).stream()
                    .map(ActivityEntry::id).collect(Collectors.toSet());
            return new Loaded(team.page(query, null, PAGE), ownIds);
        }).onSuccess(loaded -> {
            own = loaded.own();
            shown.clear();
            show.accept(remember(loaded.page()));
        }).onFailure(failed).start();
    }

    /** The page below the last one shown. */
    RunningTask next(ActivityQuery query, Consumer<List<ActivityEntry>> show, Consumer<Throwable> failed) {
        SharedActivity.Cursor after = next;
        if (after == null) {
            return null;
        }
        return tasks.task(messages.get("activity.task.readTeam"), progress -> team.page(query, after, PAGE))
                .onSuccess(page -> show.accept(remember(page)))
                .onFailure(failed).start();
    }

    /** Every entry matching {@code query} as CSV, read page by page; returns how many. */
    long export(ActivityQuery query, Writer out) {
        Iterator<ActivityEntry> all = new Iterator<>() {
            private final Deque<ActivityEntry> buffered = new ArrayDeque<>();
            private SharedActivity.Cursor cursor;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (buffered.isEmpty() && !done) {
                    try {
                        SharedActivity.Page page = team.page(query, cursor, EXPORT_PAGE);
                        page.entries().forEach(e -> buffered.add(e.entry()));
                        cursor = page.next().orElse(null);
                        done = cursor == null;
                    } catch (SharedActivityException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
                return !buffered.isEmpty();
            }

            @Override
            public ActivityEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffered.removeFirst();
            }
        };
        return ActivityCsv.write(StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED),
                false), out);
    }

    boolean isOwn(ActivityEntry entry) {
        return own.contains(entry.id());
    }

    /** "anna on desk-7", as the team log recorded the change. */
    String who(ActivityEntry entry) {
        SharedActivity.SharedEntry shared = shown.get(entry.id());
        if (shared == null) {
            return entry.user() == null ? "" : entry.user();
        }
        return messages.get("activity.team.who", entry.user() == null ? shared.writtenBy() : entry.user(), shared.desk());
    }

    ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    private List<ActivityEntry> remember(SharedActivity.Page page) {
        next = page.next().orElse(null);
        more.set(next != null);
        page.entries().forEach(e -> shown.put(e.entry().id(), e));
        return page.entries().stream().map(SharedActivity.SharedEntry::entry).toList();
    }

    private record Loaded(SharedActivity.Page page, Set<String> own) {
    }
}
