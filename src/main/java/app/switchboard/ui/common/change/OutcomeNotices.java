package app.switchboard.ui.common.change;

import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.notice.Notice;
import java.util.Optional;
import java.util.function.Consumer;

/** The notification for a change's outcome, in the interface language. */
final class OutcomeNotices {
    private OutcomeNotices() {
    }

    /**
     * @param undo what the Undo button does with a successful change
     * @return nothing for a change the operator cancelled at the confirmation: they know
     */
    static Optional<Notice> noticeFor(ChangeOutcome outcome, Messages messages, Consumer<ChangeOutcome> undo) {
        ChangeTarget target = outcome.request().target();
        String env = target.environment().name();
        String apiName = target.api().displayName();
        String name = messages.text(target.name());
        return switch (outcome.kind()) {
            case SUCCEEDED -> Optional.of(succeeded(outcome, messages, undo));
            // the engine refusing by itself (the API is read-only) already says what, where and why
            case REFUSED -> Optional.of(Notice.of(Notice.Kind.REFUSED, messages.get("changes.notice.refused.title", apiName),
                    outcome.permissionDenied() && outcome.words() != null && !outcome.words().isVerbatim()
                            ? messages.text(outcome.words())
                            : messages.get(outcome.permissionDenied() ? "changes.notice.forbidden" : "changes.notice.refused",
                            name, env, messages.text(outcome.words()))));
            case FAILED -> Optional.of(Notice.of(Notice.Kind.FAILED, messages.get("changes.notice.failed.title"),
                    messages.get("changes.notice.failed", name, env, messages.text(outcome.words()))));
            case STALE -> Optional.of(Notice.of(Notice.Kind.INFO, messages.get("changes.notice.stale.title"),
                    messages.get("changes.notice.stale", name, env,
                            SwitchWords.state(target.api(), outcome.staleWrite().wasOn(), messages),
                            SwitchWords.state(target.api(), outcome.staleWrite().nowOn(), messages))));
            case CANCELLED -> Optional.empty();
            case NOT_APPLIED -> Optional.of(Notice.of(Notice.Kind.FAILED, messages.get("changes.notice.notApplied.title"),
                    messages.text(outcome.summaryWords())));
        };
    }

    private static Notice succeeded(ChangeOutcome outcome, Messages messages, Consumer<ChangeOutcome> undo) {
        ChangeTarget target = outcome.request().target();
        String state = SwitchWords.state(target.api(), outcome.after().on(), messages);
        String status = outcome.after().statusText();
        String text = status == null || status.equalsIgnoreCase(target.stateWord(outcome.after().on()))
                ? messages.get("changes.notice.succeeded", messages.text(target.name()), state, target.environment().name())
                : messages.get("changes.notice.succeededWithStatus", messages.text(target.name()), state, status,
                        target.environment().name());
        if (outcome.unverified()) {
            text = text + " " + messages.get("changes.notice.unverified");
        }
        String title = messages.get(outcome.request().isUndo() ? "changes.notice.undone.title" : "changes.notice.succeeded.title");
        if (outcome.undoRequest().isEmpty() || outcome.request().isUndo()) {
            return Notice.of(Notice.Kind.SUCCESS, title, text);
        }
        return new Notice(Notice.Kind.SUCCESS, title, text, messages.get("common.action.undo"), () -> undo.accept(outcome));
    }
}
