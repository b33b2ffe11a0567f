package app.switchboard.ui.common.notice;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's notifications, as a service views call (ask for it in a controller's or view
 * model's constructor). Any thread may post; the list changes on the JavaFX thread and the
 * shell's {@link NotificationArea} shows it: newest on top, successes close after a few seconds,
 * refusals and failures stay until the operator closes them.
 *
 * <pre>{@code
 * notifier.post(Notice.of(Notice.Kind.FAILED, "Export failed", reason));
 * notifier.post(new Notice(Notice.Kind.SUCCESS, "Changed", summary, "Undo", () -> undo.run()));
 * }</pre>
 * For change outcomes use {@link ChangeRunner}, which posts the right notice itself.
 */
public final class Notifier {
    /** Older notices are dropped beyond this, so a long bulk run cannot bury the window. */
    static final int MAX_SHOWN = 5;

    private final Executor deliver;
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Notice> noticesView = FXCollections.unmodifiableObservableList(notices);

    /** @param deliver the JavaFX thread in the application ({@link FxThread#executor()}); the caller's in tests */
    public Notifier(Executor deliver) {
        this.deliver = Objects.requireNonNull(deliver, "deliver");
    }

    public void post(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        deliver.execute(() -> {
            // the same notice again (the same words) moves to the top: shown twice, the area would hold one card twice
            notices.remove(notice);
            notices.add(0, notice);
            if (notices.size() > MAX_SHOWN) {
                notices.remove(MAX_SHOWN, notices.size());
            }
        });
    }

    public void dismiss(Notice notice) {
        deliver.execute(() -> notices.remove(notice));
    }

    /** The notices showing now, newest first. */
    public ObservableList<Notice> notices() {
        return noticesView;
    }
}
