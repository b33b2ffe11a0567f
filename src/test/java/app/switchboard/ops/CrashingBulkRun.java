package app.switchboard.ops;

import app.switchboard.audit.ActivityLog;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Child process of {@link ActivityLogCrashTest}: a long bulk run against a fake gateway that
 * prints {@code DONE <entity> END} for each change once its activity entry has been written, until
 * the test kills it.
 */
public final class CrashingBulkRun {
    private CrashingBulkRun() {
    }

    public static void main(String[] args) throws Exception {
        Path activity = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int firstEntity = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        FakeGateway der = Fixtures.der();
        ChangeEngine engine = Fixtures.engine(new ActivityLog(activity),
                new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed("crash test")), der);
        List<BulkCandidate> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ChangeTarget target = Fixtures.ev(Fixtures.TEST, firstEntity + i);
            der.set(target, true);
            candidates.add(BulkCandidate.eligible(target, true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(BulkChanges.DEFAULT_IN_FLIGHT);
        BulkChanges bulk = new BulkChanges(engine, pool);
        BulkRun run = bulk.start(bulk.preview(candidates, false), (item, finished, total) -> {
            if (item.status() == BulkItemResult.Status.SUCCEEDED && item.outcome().isRecorded()) {
                out.println("DONE " + item.request().target().targetId() + " END");
            }
        });
        run.result().join();
        out.println("FINISHED");
        pool.shutdown();
    }
}
