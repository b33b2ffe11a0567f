package app.switchboard.ui.find;

import app.switchboard.credentials.Environment;
import app.switchboard.find.Finder;
import app.switchboard.find.Found;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Ctrl+K's state: what is typed, what was found among the loaded items at once, and what the
 * servers add for the rest. An answer for text the operator has since changed, or from an
 * environment left since, is dropped. Used on the JavaFX thread; the server search runs as a task.
 */
public final class FindViewModel {
    private final Finder finder;
    private final EnvironmentSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LongSupplier nanoTime;
    private final ObservableList<Found> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private String text = "";
    private RunningTask asking;
    private long typedAt;
    private Long firstResultsNanos;

    public FindViewModel(Finder finder, EnvironmentSession session, TaskRunner tasks, Messages messages) {
        this(finder, session, tasks, messages, System::nanoTime);
    }

    FindViewModel(Finder finder, EnvironmentSession session, TaskRunner tasks, Messages messages, LongSupplier nanoTime) {
        this.finder = finder;
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.nanoTime = nanoTime;
    }

    public ObservableList<Found> results() {
        return results;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public Environment environment() {
        return session.current();
    }

    /** Nanoseconds from the last text to its first results shown; null while none are. */
    public Long firstResultsNanos() {
        return firstResultsNanos;
    }

    /** The loaded items that match, at once; the server is asked by {@link #askServer} (after a pause in typing). */
    public void type(String typed) {
        text = typed == null ? "" : typed.strip();
        typedAt = nanoTime.getAsLong();
        firstResultsNanos = null;
        cancelAsking();
        results.setAll(finder.loaded(text));
        noteFirstResults();
        status.set(text.isEmpty() ? messages.get("find.hint") : "");
    }

    /** Asks the servers for what is not loaded; what they find joins the loaded matches. */
    public void askServer() {
        cancelAsking();
        if (text.isEmpty()) {
            return;
        }
        EnvironmentConnection connection = session.connection().orElse(null);
        if (connection == null) {
            status.set(messages.get("find.offline", session.current() == null ? "" : session.current().name()));
            return;
        }
        String asked = text;
        List<String> known = results.stream().map(hit -> hit.kind() + ":" + hit.id()).toList();
        searching.set(true);
        status.set(messages.get("find.asking"));
        asking = tasks.task(messages.get("find.task", asked),
                progress -> finder.server(asked, connection.der(), connection.fynn(), known)
        ).onSuccess(answer -> {
            if (!asked.equals(text) || session.connection().orElse(null) != connection) {
                return;
            }
            searching.set(false);
            List<Found> all = new ArrayList<>(results);
            all.addAll(answer.found());
            results.setAll(Finder.grouped(all));
            noteFirstResults();
            List<String> problems = answer.problems().stream().map(words -> words.in(messages.locale())).toList();
            status.set(!problems.isEmpty() ? String.join(" ", problems)
                    : results.isEmpty() ? messages.get("find.none", asked) : "");
        }).onFailure(error -> {
            if (asked.equals(text)) {
                searching.set(false);
                status.set(messages.get("find.failed", ErrorText.reason(error, messages)));
            }
        }).onCancelled(() -> searching.set(false)).start();
    }

    private void noteFirstResults() {
        if (firstResultsNanos == null && !results.isEmpty()) {
            firstResultsNanos = nanoTime.getAsLong() - typedAt;
        }
    }

    private void cancelAsking() {
        if (asking != null) {
            asking.cancel();
            asking = null;
        }
        searching.set(false);
    }

    /** The window closes: nothing more is asked. */
    public void close() {
        cancelAsking();
    }
}
