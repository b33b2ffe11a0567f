package app.switchboard.ui.review;

import app.switchboard.audit.CsvFile;
import app.switchboard.credentials.Environment;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.FynnEntitlementGateway;
import app.switchboard.ops.review.ReviewCsv;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What the Review does with rows chosen in a queue: bulk switches and CSV files. Used on the JavaFX thread. */
final class QueueActions {
    private final EnvironmentSession session;
    private final TaskRunner tasks;
    private final ReviewTexts texts;
    private final Consumer<String> notice;

    QueueActions(EnvironmentSession session, TaskRunner tasks, ReviewTexts texts, Consumer<String> notice) {
        this.session = session;
        this.tasks = tasks;
        this.texts = texts;
        this.notice = notice;
    }

    /**
     * The selected rows as candidates for a bulk switch on or off, aimed at the environment as
     * connected. Expired ones are offered but not eligible: switching them changes nothing a
     * customer would notice.
     */
    List<BulkCandidate> bulkCandidates(List<ReviewRow> selection) {
        Optional<EnvironmentConnection> connection = session.connection();
        if (connection.isEmpty()) {
            return List.of();
        }
        Environment environment = connection.get().environment();
        List<BulkCandidate> candidates = new ArrayList<>(selection.size());
        for (ReviewRow row : selection) {
            ChangeTarget target = ChangeTarget.fynnEntitlement(environment, row.subscriptionId(), row.entitlementId(),
                    row.customer().name(), row.customer().number(), row.subscriptionNumber(), row.featureName());
            // a state the scan did not get is unknown, never off: the bulk changes it rather than skipping it
            candidates.add(new BulkCandidate(target, FynnEntitlementGateway.onOf(row.entitlement()),
                    EntitlementStatus.EXPIRED.equals(row.status()) ? texts.get("review.bulk.expired") : null));
        }
        return candidates;
    }

    /** Saves {@code selection} as a CSV file in the background and says so when done. */
    void exportCsv(List<ReviewRow> selection, Path file) {
        List<ReviewRow> copy = List.copyOf(selection);
        tasks.task(texts.get("review.export.task", file.getFileName()), progress -> {
            try (Writer out = CsvFile.create(file)) {
                return ReviewCsv.write(copy, out);
            } catch (IOException e) {
                throw new IOException(texts.get("review.export.failed", file), e);
            }
        }).notCancellable()
                .onSuccess(count -> notice.accept(texts.get("review.export.done", count, file)))
                .onFailure(error -> notice.accept(ErrorText.reason(error, texts.messages())))
                .start();
    }
}
