package app.switchboard.resilience.crash;

import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.Api;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.resilience.SandboxRig;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Child process of {@link KilledBulkRunTest}: the real client, engine and activity log against the
 * parent's sandbox, switching on every listed switch in one bulk run and printing
 * {@code DONE <entry id> <outcome>} once each change is recorded, until it is killed.
 * Arguments: sandbox base URL, DER client id, activity folder, targets file; the credentials come
 * in the environment variables {@code SB_DER_SECRET} and {@code SB_FYNN_KEY}.
 */
public final class BulkRunChild {
    static final int IN_FLIGHT = 4;

    private BulkRunChild() {
    }

    public static void main(String[] args) throws Exception {
        Environment env = SandboxRig.environment(KilledBulkRunTest.ENVIRONMENT, args[0], args[1]);
        InMemorySecretStore secrets = new InMemorySecretStore();
        secrets.put(env.derSecretKey(), System.getenv("SB_DER_SECRET"));
        secrets.put(env.fynnKeyKey(), System.getenv("SB_FYNN_KEY"));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        List<BulkCandidate> candidates = Files.readAllLines(Path.of(args[3])).stream()
                .map(line -> line.split("\t"))
                .map(f -> BulkCandidate.eligible(new ChangeTarget(env, Api.valueOf(f[0]), f[1], f[2], null), false))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        try (SandboxRig rig = new SandboxRig(env, secrets, IN_FLIGHT)) {
            BulkChanges bulk = new BulkChanges(rig.engine(new ActivityLog(Path.of(args[2]))), pool, IN_FLIGHT);
            bulk.start(bulk.preview(candidates, true), (item, finished, total) -> {
                if (item.outcome() != null && item.outcome().isRecorded()) {
                    out.println("DONE " + item.outcome().entryId() + " " + item.outcome().kind());
                }
            }).result().join();
            out.println("FINISHED");
        } finally {
            pool.shutdown();
        }
    }
}
