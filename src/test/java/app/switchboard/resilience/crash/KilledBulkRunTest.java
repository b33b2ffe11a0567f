package app.switchboard.resilience.crash;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.audit.SkippedLine;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.resilience.Figures;
import app.switchboard.resilience.SandboxRig;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL in the middle of a bulk run against a live sandbox, then a restart: every line of the
 * activity log still reads, every change the process reported as done is in it with its outcome,
 * and a reload shows the server's truth for every switch the run was given.
 */
class KilledBulkRunTest {
    static final String ENVIRONMENT = "Crash";
    private static final int PER_API = 100;
    private static final int KILL_AFTER = 40;

    @TempDir
    Path home;

    @Test
    void aBulkRunKilledMidwayLeavesAnIntactActivityLogAndAReloadShowsTheServersTruth() throws Exception {
        Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(13).scale(2)
                .clock(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC))
                .faults(FaultSettings.of(10, 0.10)).build());
        try {
            Environment env = SandboxRig.environment(ENVIRONMENT, sandbox.baseUrl(), sandbox.clientId());
            List<ChangeTarget> targets = switchedOff(sandbox, env);
            Path targetsFile = home.resolve("targets.tsv");
            Files.write(targetsFile, targets.stream()
                    .map(t -> t.api().name() + "\t" + t.targetId() + "\t" + t.item()).toList());
            Path activity = home.resolve("activity");

            Map<String, String> reported = runAndKill(sandbox, activity, targetsFile);

            List<SkippedLine> unreadable = new CopyOnWriteArrayList<>();
            List<ActivityEntry> entries;
            try (Stream<ActivityEntry> all = new ActivityLog(activity, unreadable::add).query(ActivityQuery.all())) {
                entries = all.toList();
            }
            long lines = 0;
            try (Stream<Path> files = Files.list(activity)) {
                for (Path f : files.toList()) {
                    lines += Files.readAllLines(f, StandardCharsets.UTF_8).size();
                }
            }
            Map<String, ActivityEntry> byId = entries.stream().collect(Collectors.toMap(ActivityEntry::id, e -> e));

            // the restart: a fresh client reloads every switch the run was given
            sandbox.faults().set(FaultSettings.none());
            InMemorySecretStore secrets = new InMemorySecretStore();
            SandboxRig.storeSecrets(secrets, env, sandbox);
            List<String> divergences = new ArrayList<>();
            int appliedButUnrecorded = 0;
            Map<String, ActivityEntry> lastByItem = new HashMap<>();
            entries.forEach(e -> lastByItem.put(e.targetId() + "/" + e.item(), e));
            try (SandboxRig restarted = new SandboxRig(env, secrets, 4)) {
                for (ChangeTarget t : targets) {
                    boolean shown = restarted.reload(t);
                    boolean truth = SandboxRig.truth(sandbox, t);
                    if (shown != truth) {
                        divergences.add(t.displayName());
                    }
                    ActivityEntry entry = lastByItem.get(t.targetId() + "/" + t.item());
                    if (entry != null && entry.outcome().kind() == OutcomeKind.SUCCEEDED) {
                        assertThat(truth).as("recorded as switched on: %s", t.displayName()).isEqualTo(entry.after());
                    }
                    if (entry == null && truth) {
                        appliedButUnrecorded++;
                    }
                }
            }
            new Figures("crash")
                    .put("switches in the bulk run", targets.size())
                    .put("changes reported done before SIGKILL", reported.size())
                    .put("activity lines", lines)
                    .put("entries read back", entries.size())
                    .put("unreadable lines", unreadable.size())
                    .put("applied on the server but not yet recorded when killed", appliedButUnrecorded)
                    .put("divergences after reload", divergences.size())
                    .publish();

            assertThat(unreadable).as("every line of the activity log reads").isEmpty();
            assertThat(entries).hasSize((int) lines);
            assertThat(entries.size()).isLessThan(targets.size());
            reported.forEach((id, kind) -> {
                assertThat(byId).as("reported entry %s", id).containsKey(id);
                assertThat(byId.get(id).outcome().kind().name()).isEqualTo(kind.equals("STALE") ? "CANCELLED" : kind);
            });
            assertThat(divergences).isEmpty();
            assertThat(appliedButUnrecorded).as("only changes in flight at the kill").isLessThanOrEqualTo(BulkRunChild.IN_FLIGHT);
        } finally {
            sandbox.close();
        }
    }

    /** Switches currently off on the server, half DER Connect features, half Fynn entitlements. */
    private static List<ChangeTarget> switchedOff(Sandbox sandbox, Environment env) {
        List<ChangeTarget> all = SandboxRig.switchable(sandbox, env, 200, 2000);
        List<ChangeTarget> off = all.stream().filter(t -> !SandboxRig.truth(sandbox, t)).toList();
        List<ChangeTarget> picked = new ArrayList<>();
        for (app.switchboard.audit.Api api : app.switchboard.audit.Api.values()) {
            picked.addAll(off.stream().filter(t -> t.api() == api).limit(PER_API).toList());
        }
        assertThat(picked).hasSize(2 * PER_API);
        return picked;
    }

    /** Starts the child, kills it once it has reported {@link #KILL_AFTER} recorded changes, returns what it reported. */
    private Map<String, String> runAndKill(Sandbox sandbox, Path activity, Path targets) throws Exception {
        ProcessBuilder builder = ChildJvm.of(BulkRunChild.class, sandbox.baseUrl(), sandbox.clientId(),
                activity.toString(), targets.toString()).redirectError(home.resolve("child-stderr.txt").toFile());
        builder.environment().put("SB_DER_SECRET", sandbox.clientSecret());
        builder.environment().put("SB_FYNN_KEY", sandbox.fynnApiKey());
        Process child = builder.start();
        Map<String, String> reported = new HashMap<>();
        boolean finished = ChildJvm.readUntilKilled(child, line -> {
            String[] words = line.split(" ");
            return words.length == 3 && words[0].equals("DONE") && reported.put(words[1], words[2]) == null
                    && reported.size() == KILL_AFTER;
        });
        assertThat(finished).as("killed before it finished").isFalse();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return reported;
    }
}
