package app.switchboard.ui.review;

import app.switchboard.credentials.Environment;
import app.switchboard.ops.review.ReviewScans;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ops.review.ScanPreview;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An environment's last scan, kept on disk for the next time the Review opens there: read and
 * written in the background. Used on the JavaFX thread.
 */
final class KeptScan {
    private final TaskRunner tasks;
    private final ReviewScans scans;
    private final ReviewTexts texts;
    private boolean reading;

    KeptScan(TaskRunner tasks, ReviewScans scans, ReviewTexts texts) {
        this.tasks = tasks;
        this.scans = scans;
        this.texts = texts;
    }

    /** Whether a kept scan is being read. */
    boolean reading() {
        return reading;
    }

    /**
     * Reads {@code environment}'s kept scan in two steps: first the preview in front of its rows
     * ({@code shown} gets {@code glance} of it, worked out in the background, when there is one), then
     * the whole scan, with which it works out what the view shows ({@code prepare}): {@code found}
     * gets that when there is a kept scan, {@code problem} what went wrong in words; {@code then}
     * runs after either. The rows are read from the file as it is then: when another console kept a
     * newer scan in between, the rows are that scan's, and what {@code found} gets says so whole.
     */
    <P, T> void read(Environment environment, Function<ScanPreview, P> glance, Consumer<P> shown,
                     Function<ReviewSnapshot, T> prepare, Consumer<T> found, Consumer<String> problem, Runnable then) {
        reading = true;
        tasks.task(texts.get("review.stored.task", environment.name()), progress -> scans.preview(environment).map(glance))
                .notCancellable()
                .onSuccess(preview -> {
                    preview.ifPresent(shown);
                    readRows(environment, prepare, found, problem, then);
                })
                .onFailure(error -> readRows(environment, prepare, found, problem, then))
                .start();
    }

    private <T> void readRows(Environment environment, Function<ReviewSnapshot, T> prepare, Consumer<T> found,
                              Consumer<String> problem, Runnable then) {
        tasks.task(texts.get("review.stored.task", environment.name()), progress -> scans.load(environment).map(prepare))
                .notCancellable()
                .onSuccess(stored -> {
                    reading = false;
                    stored.ifPresent(found);
                    then.run();
                })
                .onFailure(error -> {
                    reading = false;
                    problem.accept(texts.get("review.stored.failed", ErrorText.reason(error, texts.messages())));
                    then.run();
                })
                .start();
    }

    /** Keeps a finished scan for the next time the Review is opened on {@code environment}. */
    void keep(Environment environment, ReviewSnapshot result, Consumer<String> problem) {
        tasks.task(texts.get("review.store.task", environment.name()), progress -> {
            scans.save(environment, result);
            return result;
        }).notCancellable()
                .onFailure(error -> problem.accept(texts.get("review.store.failed", ErrorText.reason(error, texts.messages()))))
                .start();
    }
}
