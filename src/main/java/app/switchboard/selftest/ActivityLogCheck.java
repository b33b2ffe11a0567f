package app.switchboard.selftest;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityOutcome;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The activity log in a throwaway folder: one entry appended and read back, then this process
 * and a second one append at once (the app and the command line do), and every entry of both
 * must be there, each process's in its own order.
 */
public final class ActivityLogCheck {
    public static final String NAME = "activity log";
    /** The hidden command the second process runs. */
    public static final String APPEND_COMMAND = "self-test-append";
    static final int EACH = 50;
    private static final String READY = "ready";
    private static final String DONE = "done";
    private static final long WAIT_SECONDS = 120;

    private ActivityLogCheck() {
    }

    public static CheckResult run(Path dir, SecondProcess second) {
        try {
            ActivityLog log = new ActivityLog(dir);
            ActivityEntry first = entry("first", Instant.now());
            log.append(first);
            List<ActivityEntry> back = read(log);
            if (!back.equals(List.of(first))) {
                return CheckResult.failed(NAME, "appended one entry but read back " + back.size() + " different ones");
            }
            appendWithSecondProcess(dir, log, second);
            List<String> names = read(log).stream().map(ActivityEntry::targetName).toList();
            for (String tag : List.of("this", "other")) {
                List<String> mine = names.stream().filter(n -> n.startsWith(tag + "-")).toList();
                if (!mine.equals(numbered(tag))) {
                    return CheckResult.failed(NAME, "of " + EACH + " entries the " + tag + " process appended, "
                            + mine.size() + " were read back" + (mine.size() == EACH ? " out of order" : ""));
                }
            }
            return CheckResult.ok(NAME, "appended and read back; this and a second process appended " + EACH
                    + " entries each at once, none lost, each in order (" + (names.size()) + " entries in " + dir + ")");
        } catch (IOException | RuntimeException | CheckFailure e) {
            return CheckResult.failed(NAME, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.failed(NAME, "interrupted");
        }
    }

    private static void appendWithSecondProcess(Path dir, ActivityLog log, SecondProcess second)
            throws IOException, InterruptedException, CheckFailure {
        Process other = second.start(List.of(APPEND_COMMAND, dir.toString(), "other", String.valueOf(EACH)));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
             OutputStream in = other.getOutputStream()) {
            String said = out.readLine();
            if (!READY.equals(said)) {
                throw new CheckFailure("the second process did not start (it said " + said + ")");
            }
            in.write('\n');
            in.flush();
            appendNumbered(log, "this");
            said = out.readLine();
            if (!DONE.equals(said)) {
                throw new CheckFailure("the second process did not finish appending (it said " + said + ")");
            }
        } finally {
            if (!other.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        if (other.exitValue() != 0) {
            throw new CheckFailure("the second process ended with exit code " + other.exitValue());
        }
    }

    /** The second process's side: says ready, waits for the go on standard input, appends, says done. */
    public static void appendAsSecondProcess(Path dir, String tag, int count, java.io.InputStream in, PrintWriter out)
            throws IOException {
        ActivityLog log = new ActivityLog(dir);
        out.println(READY);
        out.flush();
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        IntStream.range(0, count).forEach(i -> log.append(entry(tag + "-" + i, Instant.now())));
        out.println(DONE);
        out.flush();
    }

    private static void appendNumbered(ActivityLog log, String tag) {
        for (int i = 0; i < EACH; i++) {
            log.append(entry(tag + "-" + i, Instant.now()));
        }
    }

    private static List<String> numbered(String tag) {
        return IntStream.range(0, EACH).mapToObj(i -> tag + "-" + i).toList();
    }

    private static List<ActivityEntry> read(ActivityLog log) {
        try (Stream<ActivityEntry> entries = log.query(ActivityQuery.all())) {
            return entries.toList();
        }
    }

    private static ActivityEntry entry(String name, Instant time) {
        return new ActivityEntry(UUID.randomUUID().toString(), time, "self-test", "Self-test", Api.DER_CONNECT,
                "self-test", "SelfTest", name, ActivityEntry.ENABLE, false, true, "self-test",
                new ActivityOutcome(OutcomeKind.SUCCEEDED, 200, "self-test"), 0, null, null, null);
    }
}
