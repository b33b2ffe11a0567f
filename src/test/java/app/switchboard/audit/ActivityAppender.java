package app.switchboard.audit;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A second process for {@link ActivityLogAcrossProcessesTest}: says "ready", waits for a line on
 * standard input so both processes start together, then appends {@code count} entries named
 * {@code <tag>-<n>} and says "done".
 */
public final class ActivityAppender {
    private ActivityAppender() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String tag = args[1];
        int count = Integer.parseInt(args[2]);
        ActivityLog log = new ActivityLog(dir);
        System.out.println("ready");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        ActivityLogAcrossProcessesTest.appendNumbered(log, tag, count, Instant.parse("2026-11-15T10:00:00Z"));
        System.out.println("done");
    }
}
