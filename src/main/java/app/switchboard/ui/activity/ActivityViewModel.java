package app.switchboard.ui.activity;

import app.switchboard.audit.ActivityCsv;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.CsvFile;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.ui.common.change.ActivityHistory;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.change.PendingChange;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.Api;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.table.EmptyState;
import app.switchboard.audit.SharedActivity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the Activity view: the newest entries of the activity log, read in the background and
 * again whenever a change completes, narrowed by environment, target text, outcome, user and date
 * range in memory. Exports exactly the rows that pass the filters; undoes a row through the engine.
 */
public final class ActivityViewModel {
    /** Entries read from the log; older ones are reachable through the CSV files themselves. */
    static final int LOADED = 20_000;

    private final ActivityHistory history;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableList<ActivityEntry> loaded = FXCollections.observableArrayList();
    private final FilteredList<ActivityEntry> shown = new FilteredList<>(loaded);
    private final ObservableList<FilterChoice<String>> environments = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<String>> users = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<OutcomeKind>> outcomes = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice<String>> environment = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice<String>> user = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice<OutcomeKind>> outcome = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty();
    private final ObjectBinding<EmptyState> emptyState;
    private final TeamActivityPages teamPages;
    private final BooleanProperty teamScope = new SimpleBooleanProperty();
    /* the latest colleague's entry heard live, in words */
    private final javafx.beans.property.StringProperty arrival = new javafx.beans.property.SimpleStringProperty();
    private Set<String> undone = Set.of();
    private RunningTask reading;

    public ActivityViewModel(ActivityHistory history, TaskRunner tasks, ChangeRunner changes, Notifier notifier,
                             EnvironmentSession session, Messages messages, SharedActivity team) {
        this(history, tasks, changes, notifier, session, messages, ZoneId.systemDefault(), team);
    }

    ActivityViewModel(ActivityHistory history, TaskRunner tasks, ChangeRunner changes, Notifier notifier,
                      EnvironmentSession session, Messages messages, ZoneId zone) {
        this(history, tasks, changes, notifier, session, messages, zone, SharedActivity.none());
    }

    ActivityViewModel(ActivityHistory history, TaskRunner tasks, ChangeRunner changes, Notifier notifier,
                      EnvironmentSession session, Messages messages, ZoneId zone, SharedActivity team) {
        this.teamPages = new TeamActivityPages(team, history, tasks, messages);
        this.history = history;
        this.tasks = tasks;
        this.notifier = notifier;
        this.messages = messages;
        this.zone = zone;
        environments.setAll(List.of(FilterChoice.all(messages.get("activity.filter.allEnvironments"))));
        users.setAll(List.of(FilterChoice.all(messages.get("activity.filter.allUsers"))));
        outcomes.add(FilterChoice.all(messages.get("activity.filter.allOutcomes")));
        for (OutcomeKind kind : OutcomeKind.values()) {
            outcomes.add(new FilterChoice<>(kind, messages.get("activity.outcome." + kind.name().toLowerCase(java.util.Locale.ROOT))));
        }
        environment.set(environments.get(0));
        user.set(users.get(0));
        outcome.set(outcomes.get(0));
        List<javafx.beans.Observable> filters = List.of(environment, user, outcome, text, from, until);
        // the team log is filtered by the database (indexed, paged); this computer's log in memory
        filters.forEach(filter -> filter.addListener(changed -> {
            if (teamScope.get()) {
                reload();
            } else {
                applyFilters();
            }
        }));
        teamScope.addListener((obs, old, now) -> reload());
        // live: the Team scope shows a colleague's entry as it arrives
        teamPages.onNewEntries(change -> {
            if (!change.fromThisDesk()) {
                arrival.set(messages.get("activity.team.arrived", change.operator(), change.desk(),
                        java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.MEDIUM)
                                .withLocale(messages.locale()).format(java.time.LocalTime.now(zone))));
            }
            if (teamScope.get()) {
                reload();
            }
        });
        emptyState = Bindings.createObjectBinding(this::describeEmpty, loaded, problem, loading);
        changes.addOutcomeListener(done -> reload());
        // which rows can be undone depends on the environment connected now
        session.stateProperty(Api.DER_CONNECT).addListener((obs, old, now) -> reload());
    }

    /** Reads the log again in the background; the filters stay. */
    public void reload() {
        if (reading != null) {
            reading.cancel();
        }
        loading.set(true);
        if (teamScope.get()) {
            reading = teamPages.first(query(), this::showTeamPage, this::readFailed);
            return;
        }
        reading = tasks.task(messages.get("activity.task.read"), progress -> history.newest(ActivityQuery.all(), LOADED))
                .onSuccess(entries -> {
                    loading.set(false);
                    problem.set(null);
                    undone = ActivityHistory.undone(entries);
                    loaded.setAll(entries);
                    refreshChoices();
                })
                .onFailure(this::readFailed)
                .onCancelled(() -> loading.set(false))
                .start();
    }

    /** The next page of the team log below the rows shown. */
    public void loadMore() {
        reading = teamPages.next(query(), page -> {
            loaded.addAll(page);
            undone = ActivityHistory.undone(loaded);
            refreshChoices();
        }, this::readFailed);
    }

    private void showTeamPage(List<ActivityEntry> entries) {
        loading.set(false);
        problem.set(null);
        undone = ActivityHistory.undone(entries);
        loaded.setAll(entries);
        refreshChoices();
    }

    private void readFailed(Throwable error) {
        loading.set(false);
        problem.set(messages.get("activity.readFailed", ErrorText.reason(error, messages)));
    }

    /** The filters as one query; dates are whole local days, {@code until} included. */
    public ActivityQuery query() {
        ActivityQuery query = ActivityQuery.all()
                .withEnvironment(valueOf(environment))
                .withUser(valueOf(user))
                .withText(text.get() == null || text.get().isBlank() ? null : text.get())
                .withOutcomes(outcome.get() == null || outcome.get().isAll() ? Set.of() : Set.of(outcome.get().value()));
        return query.between(from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                until.get() == null ? null : until.get().plusDays(1).atStartOfDay(zone).toInstant());
    }

    public void clearFilters() {
        environment.set(environments.get(0));
        user.set(users.get(0));
        outcome.set(outcomes.get(0));
        text.set("");
        from.set(null);
        until.set(null);
    }

    /** Writes the rows that pass the filters, in the order shown, as CSV; returns how many. */
    public long export(Writer out) {
        return ActivityCsv.write(List.copyOf(shown).stream(), out);
    }

    /**
     * {@link #export(Writer)} to a file, in the background, with a notice when done. In the Team scope
     * every matching entry of the team log, page by page, not only the pages shown.
     */
    public void exportTo(Path file) {
        List<ActivityEntry> rows = List.copyOf(shown);
        ActivityQuery query = query();
        boolean team = teamScope.get();
        tasks.task(messages.get("activity.task.export", file.getFileName()), progress -> {
            try (Writer out = CsvFile.create(file)) {
                return team ? teamPages.export(query, out) : ActivityCsv.write(rows.stream(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).onSuccess(count -> notifier.post(Notice.of(Notice.Kind.SUCCESS, messages.get("activity.exported.title"),
                        messages.get("activity.exported", count, file.toString()))))
                .onFailure(error -> notifier.post(Notice.of(Notice.Kind.FAILED, messages.get("activity.exportFailed.title"),
                        messages.get("activity.exportFailed", file.toString(), ErrorText.reason(error, messages)))))
                .start();
    }

    /** Why the row cannot be undone now; empty when it can. Only this computer's own changes can be undone. */
    public Optional<String> whyNotUndoable(ActivityEntry entry) {
        if (teamScope.get() && !teamPages.isOwn(entry)) {
            return Optional.of(messages.get("activity.team.notOwn", teamPages.who(entry)));
        }
        return history.whyNotUndoable(entry, undone);
    }

    /** "anna on desk-7" for a team row; empty for this computer's rows. */
    public String who(ActivityEntry entry) {
        return teamScope.get() ? teamPages.who(entry) : "";
    }

    /** "Arrived live: a change by bert on desk-2 at 2:02:07 PM", once a colleague's entry was heard live. */
    public javafx.beans.property.ReadOnlyStringProperty arrivalProperty() {
        return arrival;
    }

    /** Whether the view shows the team log instead of this computer's. */
    public BooleanProperty teamScopeProperty() {
        return teamScope;
    }

    public boolean teamAvailable() {
        return teamPages.available();
    }

    /** Whether the team log has more matching entries below those shown. */
    public javafx.beans.property.ReadOnlyBooleanProperty moreProperty() {
        return teamPages.moreProperty();
    }

    public PendingChange undo(ActivityEntry entry) {
        return history.undo(entry);
    }

    private void applyFilters() {
        ActivityQuery query = query();
        shown.setPredicate(query::matches);
    }

    private void refreshChoices() {
        keepChoices(environments, environment, loaded.stream().map(ActivityEntry::environment).toList());
        keepChoices(users, user, loaded.stream().map(ActivityEntry::user).filter(u -> u != null).toList());
        applyFilters();
    }

    private static void keepChoices(ObservableList<FilterChoice<String>> choices, ObjectProperty<FilterChoice<String>> chosen,
                                    List<String> values) {
        FilterChoice<String> keep = chosen.get();
        Set<String> distinct = new TreeSet<>(values);
        List<FilterChoice<String>> fresh = new java.util.ArrayList<>();
        fresh.add(choices.get(0));
        distinct.forEach(v -> fresh.add(new FilterChoice<>(v, v)));
        if (keep != null && !keep.isAll() && !distinct.contains(keep.value())) {
            fresh.add(keep);
        }
        choices.setAll(fresh);
        chosen.set(keep == null ? fresh.get(0) : fresh.get(fresh.indexOf(keep)));
    }

    private static <T> T valueOf(ObjectProperty<FilterChoice<T>> choice) {
        return choice.get() == null ? null : choice.get().value();
    }

    private EmptyState describeEmpty() {
        if (problem.get() != null) {
            return new EmptyState(messages.get("activity.empty.failed"), problem.get());
        }
        if (loading.get()) {
            return new EmptyState(messages.get("activity.empty.loading"), messages.get("activity.empty.loadingText"));
        }
        return loaded.isEmpty()
                ? new EmptyState(messages.get("activity.empty.heading"), messages.get("activity.empty.text"))
                : new EmptyState(messages.get("activity.empty.filtered"), messages.get("activity.empty.filteredText"));
    }

    public ObservableList<ActivityEntry> shown() {
        return shown;
    }

    public int loadedCount() {
        return loaded.size();
    }

    public ObjectBinding<EmptyState> emptyStateProperty() {
        return emptyState;
    }

    public ObservableList<FilterChoice<String>> environments() {
        return environments;
    }

    public ObservableList<FilterChoice<String>> users() {
        return users;
    }

    public ObservableList<FilterChoice<OutcomeKind>> outcomes() {
        return outcomes;
    }

    public ObjectProperty<FilterChoice<String>> environmentProperty() {
        return environment;
    }

    public ObjectProperty<FilterChoice<String>> userProperty() {
        return user;
    }

    public ObjectProperty<FilterChoice<OutcomeKind>> outcomeProperty() {
        return outcome;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
