package app.switchboard.ops;

import app.switchboard.text.Words;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * This session's changes that can be undone, newest on top (what Ctrl+Z undoes). Each step is
 * either one change or one bulk run's successful changes. Thread-safe; listeners (e.g. to enable
 * the Undo action) are called on the thread that changed the stack.
 */
public final class UndoStack {

    /**
     * @param description what will be undone, in the operator's words (any language)
     * @param inverses    the changes that put things back
     */
    public record Step(Words description, List<ChangeRequest> inverses) {
        public Step {
            inverses = List.copyOf(inverses);
        }

        public boolean isBatch() {
            return inverses.size() > 1;
        }

        /** For a batch: the inverses as a bulk preview, to run through the batch path. */
        public BulkPreview asPreview() {
            return BulkPreview.of(inverses);
        }
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void push(Step step) {
        if (step.inverses().isEmpty()) {
            return;
        }
        synchronized (steps) {
            steps.push(step);
        }
        fire();
    }

    public Optional<Step> peek() {
        synchronized (steps) {
            return Optional.ofNullable(steps.peek());
        }
    }

    public Optional<Step> pop() {
        Step step;
        synchronized (steps) {
            step = steps.poll();
        }
        if (step != null) {
            fire();
        }
        return Optional.ofNullable(step);
    }

    /** Forgets the inverse of the given activity entry, once it has been undone some other way. */
    public void forgetUndoOf(String entryId) {
        boolean removed = false;
        synchronized (steps) {
            Deque<Step> kept = new ArrayDeque<>();
            for (Step step : steps) {
                List<ChangeRequest> rest = step.inverses().stream().filter(r -> !entryId.equals(r.undoOf())).toList();
                removed |= rest.size() != step.inverses().size();
                if (!rest.isEmpty()) {
                    kept.addLast(new Step(step.description(), rest));
                }
            }
            steps.clear();
            steps.addAll(kept);
        }
        if (removed) {
            fire();
        }
    }

    public int size() {
        synchronized (steps) {
            return steps.size();
        }
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
