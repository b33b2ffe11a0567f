package app.switchboard.ui.common.change;

import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.UndoStack;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What a view model calls to flip one switch. It runs {@link ChangeEngine#change} in the
 * background (the engine asks for confirmation through the {@link FxConfirmer} when its policy
 * says so), handles a stale write by asking Reload or Proceed anyway, posts the notification
 * (Undo on success, the server's reason on a refusal, the cause on a failure) and hands the
 * server's final answer back on the JavaFX thread. {@code AppContext} provides one.
 *
 * <pre>{@code
 * PendingChange pending = runner.change(ChangeRequest.set(target, row.isOn(), wanted), outcome -> {
 *     switch (outcome.kind()) {
 *         case SUCCEEDED -> row.setOn(outcome.after().on());          // the server's truth
 *         case STALE -> row.setOn(outcome.staleWrite().nowOn());       // operator chose Reload
 *         case REFUSED -> row.showRefusal(outcome.message());          // switch stays as it was
 *         default -> row.setOn(outcome.request().seenOn());            // failed or cancelled
 *     }
 * });
 * row.changingProperty().bind(pending.inFlightProperty());
 * }</pre>
 * Every final outcome, including undos started from a notification, Ctrl+Z or the activity view,
 * also goes to {@link #addOutcomeListener} listeners: a view that shows the same switch updates
 * its row from there, and the activity view refreshes.
 */
public final class ChangeRunner {
    private final ChangeEngine engine;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final StaleWriteChooser staleWrites;
    private final Messages messages;
    private final List<Consumer<ChangeOutcome>> listeners = new CopyOnWriteArrayList<>();
    /* the success notice of each change still showing its Undo button, by activity entry id; FX thread only */
    private final Map<String, Notice> undoOffers = new HashMap<>();
    private final AwaitingApproval awaiting = new AwaitingApproval();

    public ChangeRunner(ChangeEngine engine, TaskRunner tasks, Notifier notifier, StaleWriteChooser staleWrites,
                        Messages messages) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.staleWrites = Objects.requireNonNull(staleWrites, "staleWrites");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The interface language the runner's notices use. */
    public Messages messages() {
        return messages;
    }

    public ChangeEngine engine() {
        return engine;
    }

    /** The switches held by open change requests, for the views that show those switches. */
    public AwaitingApproval awaiting() {
        return awaiting;
    }

    /** Starts the change; {@code onOutcome} gets the final outcome on the JavaFX thread. Call on the JavaFX thread. */
    public PendingChange change(ChangeRequest request, Consumer<ChangeOutcome> onOutcome) {
        PendingChange pending = new PendingChange(request);
        tasks.task(messages.get("changes.task.change", messages.text(request.target().name())), progress -> engine.change(request))
                .notCancellable()
                .onSuccess(outcome -> settle(pending, outcome, onOutcome))
                .onFailure(error -> broke(pending, error))
                .start();
        return pending;
    }

    /** Puts back what the given change did, through the same policy (it may ask again). */
    public PendingChange undo(ChangeOutcome done) {
        ChangeRequest inverse = done.undoRequest()
                .orElseThrow(() -> new IllegalArgumentException("That change cannot be undone"));
        return change(inverse, outcome -> { });
    }

    /**
     * Undoes this session's most recent single change (Ctrl+Z). Returns false when there is none;
     * a batch on top is left to the bulk flow, which undoes it as a batch.
     */
    public boolean undoLast() {
        UndoStack stack = engine.undoStack();
        var top = stack.peek();
        if (top.isEmpty() || top.get().isBatch()) {
            return false;
        }
        UndoStack.Step step = stack.pop().orElseThrow();
        PendingChange pending = new PendingChange(step.inverses().get(0));
        tasks.task(messages.get("changes.task.undo", messages.text(step.description())), progress -> engine.undo(step))
                .notCancellable()
                .onSuccess(outcome -> settle(pending, outcome, o -> { }))
                .onFailure(error -> broke(pending, error))
                .start();
        return true;
    }

    /** Tells the listeners about an outcome reached elsewhere (the bulk flow), without a notice. */
    public void publish(ChangeOutcome outcome) {
        listeners.forEach(l -> l.accept(outcome));
    }

    /** Called on the JavaFX thread with every final outcome this runner delivers or is told about. */
    public void addOutcomeListener(Consumer<ChangeOutcome> listener) {
        listeners.add(listener);
    }

    public void removeOutcomeListener(Consumer<ChangeOutcome> listener) {
        listeners.remove(listener);
    }

    private void settle(PendingChange pending, ChangeOutcome outcome, Consumer<ChangeOutcome> onOutcome) {
        if (outcome.kind() == ChangeOutcome.Kind.STALE) {
            staleWrites.choose(outcome.staleWrite()).whenComplete((choice, error) -> {
                if (choice == StaleWriteChooser.Choice.PROCEED) {
                    tasks.task(messages.get("changes.task.change", messages.text(outcome.request().target().name())),
                                    progress -> engine.proceed(outcome.staleWrite()))
                            .notCancellable()
                            .onSuccess(next -> deliver(pending, next, onOutcome))
                            .onFailure(failure -> broke(pending, failure))
                            .start();
                } else {
                    deliver(pending, outcome, onOutcome);
                }
            });
            return;
        }
        deliver(pending, outcome, onOutcome);
    }

    private void deliver(PendingChange pending, ChangeOutcome outcome, Consumer<ChangeOutcome> onOutcome) {
        if (outcome.succeeded() && outcome.request().isUndo()) {
            // once undone, the earlier notice's Undo would only redo it
            Notice offered = undoOffers.remove(outcome.request().undoOf());
            if (offered != null) {
                notifier.dismiss(offered);
            }
        }
        OutcomeNotices.noticeFor(outcome, messages, this::undo).ifPresent(notice -> {
            if (notice.hasAction() && outcome.entryId() != null) {
                undoOffers.values().retainAll(notifier.notices());
                undoOffers.put(outcome.entryId(), notice);
            }
            notifier.post(notice);
        });
        try {
            onOutcome.accept(outcome);
        } finally {
            pending.finish(outcome);
            publish(outcome);
        }
    }

    private void broke(PendingChange pending, Throwable error) {
        notifier.post(Notice.of(Notice.Kind.FAILED, messages.get("changes.notice.failed.title"),
                messages.get("changes.notice.broken", messages.text(pending.request().target().name()), ErrorText.reason(error, messages))));
        pending.fail(error);
    }
}
