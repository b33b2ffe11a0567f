package app.switchboard.ops;

import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.NewRequest;
import app.switchboard.approvals.RequestItem;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.TeamDatabaseExtension;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time from approve to applied (approve, claim, per item a fresh read and the write, each outcome
 * stored, finished) against the sandbox with a fixed API latency, on the embedded PostgreSQL. A
 * figure for docs/TEAM.md, not a test. Run: {@code java -cp <test class path> app.switchboard.ops.ApprovalLatencyBenchmark [latencyMs]}.
 */
public final class ApprovalLatencyBenchmark {
    private static final int ROUNDS = 7;

    private ApprovalLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 50;
        TeamDatabaseExtension team = new TeamDatabaseExtension();
        team.beforeAll(null);
        ApprovalRig.prepare(team);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(50).build()); SharedHttp http = new SharedHttp()) {
            sandbox.faults().update(f -> f.withLatency(latency, 0));
            Environment env = ApprovalRig.environment(sandbox);
            ChangeRequests alice = ApprovalRig.requestsOf(team, "alice");
            ChangeRequests bob = ApprovalRig.requestsOf(team, "bob");
            RequestApplier applier = ApprovalRig.applier(ApprovalRig.engine(sandbox, http,
                    Files.createTempDirectory("bench-log"), ApprovalGate.through(bob), "bob"), bob, env);
            List<ChangeTarget> targets = ApprovalRig.activeEntitlements(sandbox, env, ROUNDS * 11 + 11);
            int next = 0;
            for (int size : new int[] {1, 10}) {
                List<Long> millis = new ArrayList<>();
                for (int round = 0; round <= ROUNDS; round++) {
                    List<RequestItem> items = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        ChangeTarget t = targets.get(next++);
                        items.add(RequestItem.of(t.api(), t.targetId(), t.item(), t.displayName(), true, false));
                    }
                    String id = alice.submit(new NewRequest(env.name(), items, "benchmark", null, null)).id();
                    long start = System.nanoTime();
                    applier.approveAndApply(id, null, RequestApplier.StaleChoice.LEAVE_ALONE).orElseThrow();
                    if (round > 0) {
                        millis.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
                Collections.sort(millis);
                System.out.printf("approve → applied, %d switch(es), API latency %d ms: median %d ms, min %d, max %d (%d runs)%n",
                        size, latency, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), millis.size());
            }
        }
        System.exit(0);
    }
}
