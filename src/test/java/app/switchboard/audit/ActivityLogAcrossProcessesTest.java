package app.switchboard.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static app.switchboard.audit.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;

class ActivityLogAcrossProcessesTest {
    private static final int COUNT = 300;

    @TempDir
    Path dir;

    static void appendNumbered(ActivityLog log, String tag, int count, Instant time) {
        for (int i = 0; i < count; i++) {
            log.append(entry(time, "Production", tag, OutcomeKind.SUCCEEDED, tag + "-" + i));
        }
    }

    @Test
    void twoProcessesAppendingAtOnceLoseNothingAndKeepEachProcesssOrder() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ActivityAppender.class.getName(),
                dir.toString(), "child", String.valueOf(COUNT))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             OutputStream in = child.getOutputStream()) {
            assertThat(out.readLine()).isEqualTo("ready");
            in.write('\n');
            in.flush();
            appendNumbered(new ActivityLog(dir), "parent", COUNT, Instant.parse("2026-11-15T10:00:00Z"));
            assertThat(out.readLine()).isEqualTo("done");
        } finally {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isZero();

        List<String> names;
        try (Stream<ActivityEntry> entries = new ActivityLog(dir).query(ActivityQuery.all())) {
            names = entries.map(ActivityEntry::targetName).toList();
        }
        assertThat(names).hasSize(2 * COUNT);
        for (String tag : List.of("parent", "child")) {
            assertThat(names.stream().filter(n -> n.startsWith(tag + "-")).toList())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, COUNT).mapToObj(i -> tag + "-" + i).toList());
        }
    }
}
