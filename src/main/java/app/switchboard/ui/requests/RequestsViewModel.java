package app.switchboard.ui.requests;

import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.RequestState;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.ops.ApprovalGate;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.RequestApplier;
import app.switchboard.text.DateTexts;
import app.switchboard.text.Words;
import app.switchboard.ui.common.change.AwaitingApproval;
import app.switchboard.ui.common.change.StaleWriteChooser;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Requests view without its nodes: change requests waiting for a decision or their time, the
 * count for the sidebar badge (live through the team database's notifications), and approve,
 * reject and withdraw for the selected one. Every call to the team database and the APIs runs on
 * the task runner; a switch changed since the request is put to the approver through the usual
 * stale-write dialog.
 */
public final class RequestsViewModel implements AutoCloseable {
    private final ApprovalGate gate;
    private final ChangeEngine engine;
    private final EnvironmentStore environments;
    private final TaskRunner tasks;
    private final Executor fx;
    private final StaleWriteChooser staleWrites;
    private final Messages messages;
    private final Clock clock;
    private final AwaitingApproval awaiting;

    private final ObservableList<ApprovalRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<ApprovalRequest> selected = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final IntegerProperty openCount = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private AutoCloseable watching;

    public RequestsViewModel(ApprovalGate gate, ChangeEngine engine, EnvironmentStore environments, TaskRunner tasks,
                             Executor fx, StaleWriteChooser staleWrites, Messages messages, Clock clock) {
        this(gate, engine, environments, tasks, fx, staleWrites, messages, clock, new AwaitingApproval());
    }

    /** @param awaiting filled with the open requests each time they load, for the switches' badges */
    public RequestsViewModel(ApprovalGate gate, ChangeEngine engine, EnvironmentStore environments, TaskRunner tasks,
                             Executor fx, StaleWriteChooser staleWrites, Messages messages, Clock clock,
                             AwaitingApproval awaiting) {
        this.awaiting = awaiting;
        this.gate = gate;
        this.engine = engine;
        this.environments = environments;
        this.tasks = tasks;
        this.fx = fx;
        this.staleWrites = staleWrites;
        this.messages = messages;
        this.clock = clock;
    }

    public ObservableList<ApprovalRequest> requests() {
        return requests;
    }

    public ObjectProperty<ApprovalRequest> selectedProperty() {
        return selected;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** Open requests: the number on the sidebar badge. */
    public ReadOnlyIntegerProperty openCountProperty() {
        return openCount;
    }

    /** The last outcome or problem, in words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the selected request may be decided here by this person (not their own, still open). */
    public BooleanBinding canDecide() {
        return Bindings.createBooleanBinding(() -> {
            ApprovalRequest r = selected.get();
            return r != null && r.state() == RequestState.OPEN && gate.requests().map(q -> !q.me().equals(r.requester()))
                    .orElse(false);
        }, selected);
    }

    public BooleanBinding canWithdraw() {
        return Bindings.createBooleanBinding(() -> {
            ApprovalRequest r = selected.get();
            return r != null && r.state() == RequestState.OPEN && gate.requests().map(q -> q.me().equals(r.requester()))
                    .orElse(false);
        }, selected);
    }

    /** The environment's colour for its cell; grey for one this computer does not know. */
    public String colourOf(String environment) {
        return environments.find(environment).map(Environment::colour).filter(c -> c != null && !c.isBlank())
                .orElse("#757575");
    }

    /** Loads the pending requests and starts listening for changes from every console. */
    public void refresh() {
        Optional<ChangeRequests> store = gate.requests();
        if (store.isEmpty()) {
            requests.clear();
            awaiting.update(List.of());
            openCount.set(0);
            status.set(messages.get("requests.noTeamDatabase"));
            return;
        }
        ChangeRequests source = store.get();
        if (status.get().equals(messages.get("requests.noTeamDatabase"))) {
            // the team database has come: the sentence about its absence no longer holds
            status.set("");
        }
        tasks.task(messages.get("requests.task.load"), progress -> {
            source.expireOverdue();
            return new Snapshot(source.list(true), source.openCount());
        }).onSuccess(snapshot -> {
            String keep = selected.get() == null ? null : selected.get().id();
            requests.setAll(snapshot.requests());
            awaiting.update(snapshot.requests());
            openCount.set(snapshot.open());
            selected.set(snapshot.requests().stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
            watch(source);
        }).onFailure(this::showProblem).start();
    }

    /** The team database came or went: load now if the view is not listening yet. */
    public void teamChanged() {
        if (watching == null) {
            refresh();
        }
    }

    private void watch(ChangeRequests source) {
        if (watching != null) {
            return;
        }
        try {
            watching = source.watch(() -> fx.execute(this::refresh));
        } catch (Exception e) {
            showProblem(e);
        }
    }

    /**
     * What this console's claimant of due scheduled requests did, from its own thread: shown as the
     * view's status, and the list reloaded.
     */
    public void report(Words what) {
        fx.execute(() -> {
            status.set(messages.text(what));
            refresh();
        });
    }

    public void approve() {
        decide(messages.get("requests.task.approve"), source -> {
            ApprovalRequest r = selected.get();
            RequestApplier applier = new RequestApplier(engine, source, environments::find, clock);
            Optional<RequestApplier.Applied> applied = applier.approveAndApply(r.id(), comment.get(), this::askAboutStale);
            return applied.map(this::describe).orElseGet(() -> messages.get("requests.approved.scheduled",
                    DateTexts.of(messages.locale(), clock.getZone()).dateTime(r.applyAt())));
        });
    }

    public void reject() {
        decide(messages.get("requests.task.reject"), source -> {
            source.reject(selected.get().id(), comment.get());
            return messages.get("requests.rejected");
        });
    }

    public void withdraw() {
        decide(messages.get("requests.task.withdraw"), source -> {
            source.withdraw(selected.get().id());
            return messages.get("requests.withdrawn");
        });
    }

    @FunctionalInterface
    private interface Decision {
        String run(ChangeRequests source) throws Exception;
    }

    private void decide(String title, Decision decision) {
        Optional<ChangeRequests> store = gate.requests();
        if (selected.get() == null || store.isEmpty()) {
            return;
        }
        tasks.task(title, progress -> decision.run(store.get())).onSuccess(words -> {
            status.set(words);
            comment.set("");
            refresh();
        }).onFailure(this::showProblem).start();
    }

    /** Runs on the task's thread: the dialog opens on the FX thread and the task waits for the answer. */
    private boolean askAboutStale(app.switchboard.ops.StaleWrite stale) {
        return CompletableFuture.supplyAsync(() -> staleWrites.choose(stale), fx)
                .thenCompose(choice -> choice).toCompletableFuture().join() == StaleWriteChooser.Choice.PROCEED;
    }

    private String describe(RequestApplier.Applied applied) {
        if (applied.unrecorded() != null) {
            return messages.get("requests.applied.unrecorded", messages.text(applied.unrecorded()));
        }
        long changed = applied.outcomes().stream().filter(ChangeOutcome::succeeded).count();
        return messages.get("requests.applied", messages.text(Words.of(applied.request().state().wordsKey())),
                changed, applied.outcomes().size());
    }

    private void showProblem(Throwable problem) {
        Throwable cause = problem.getCause() != null && !(problem instanceof app.switchboard.text.Worded) ? problem.getCause() : problem;
        status.set(cause instanceof app.switchboard.text.Worded worded ? messages.text(worded.words())
                : String.valueOf(cause.getMessage()));
    }

    /** Stops listening to the team database. */
    @Override
    public void close() {
        if (watching == null) {
            return;
        }
        try {
            watching.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(RequestsViewModel.class).debug("Stopping the request listener failed", e);
        }
    }

    private record Snapshot(List<ApprovalRequest> requests, int open) {
    }
}
