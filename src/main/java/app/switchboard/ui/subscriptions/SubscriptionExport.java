package app.switchboard.ui.subscriptions;

import app.switchboard.audit.CsvFile;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ctrl+E in Subscriptions: the list page exports the subscriptions on the page shown, an open
 * subscription exports its entitlements as filtered. The operator picks the file; writing happens
 * in the background and a notice says how many rows went where, or precisely why nothing did.
 */
final class SubscriptionExport {
    private final SubscriptionsViewModel model;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Notifier notifier;

    SubscriptionExport(SubscriptionsViewModel model, TaskRunner tasks, Messages messages, Notifier notifier) {
        this.model = model;
        this.tasks = tasks;
        this.messages = messages;
        this.notifier = notifier;
    }

    /** @param chooseFile asks where to save, given the suggested file name; empty when the operator cancels */
    void export(Function<String, Optional<Path>> chooseFile) {
        SubscriptionRow open = model.detail().subscriptionProperty().get();
        if (open != null) {
            List<EntitlementRow> rows = List.copyOf(model.detail().rows());
            if (rows.isEmpty()) {
                say(Notice.Kind.INFO, messages.get("subscriptions.export.noEntitlements", open.number()));
                return;
            }
            chooseFile.apply(messages.get("subscriptions.export.entitlementsFile", open.number()))
                    .ifPresent(file -> write(file, out -> SubscriptionCsv.entitlements(open.number(), rows, out)));
            return;
        }
        List<SubscriptionRow> rows = List.copyOf(model.rows());
        if (rows.isEmpty()) {
            say(Notice.Kind.INFO, messages.get("subscriptions.export.noSubscriptions"));
            return;
        }
        chooseFile.apply(messages.get("subscriptions.export.subscriptionsFile"))
                .ifPresent(file -> write(file, out -> SubscriptionCsv.subscriptions(rows, out)));
    }

    private void write(Path file, Function<Writer, Integer> csv) {
        tasks.task(messages.get("subscriptions.export.task", file.getFileName()), progress -> {
            try (Writer out = CsvFile.create(file)) {
                return csv.apply(out);
            }
        }).notCancellable()
                .onSuccess(count -> say(Notice.Kind.SUCCESS, messages.get("subscriptions.export.done", count, file)))
                .onFailure(error -> say(Notice.Kind.FAILED, messages.get("subscriptions.export.failed", file,
                        ErrorText.reason(error, messages))))
                .start();
    }

    private void say(Notice.Kind kind, String text) {
        notifier.post(Notice.of(kind, messages.get("subscriptions.export.title"), text));
    }
}
