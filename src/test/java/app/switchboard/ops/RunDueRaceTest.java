package app.switchboard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.NewRequest;
import app.switchboard.approvals.RequestItem;
import app.switchboard.approvals.RequestState;
import app.switchboard.credentials.Environment;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.testsupport.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ten scheduler processes run {@code run-due} at the same moment against one team database and one
 * sandbox: every due request is applied exactly once, by the requests' states, the processes'
 * reports and the sandbox's own count of accepted writes.
 */
class RunDueRaceTest {
    private static final int PROCESSES = 10;
    private static final int REQUESTS = 40;

    @RegisterExtension
    static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();

    @Test
    void tenProcessesRunningRunDueAtOnceApplyEachDueRequestExactlyOnce() throws Exception {
        ApprovalRig.prepare(TEAM);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(22).build())) {
            Environment env = ApprovalRig.environment(sandbox);
            ChangeRequests alice = ApprovalRig.requestsOf(TEAM, "alice");
            ChangeRequests bob = ApprovalRig.requestsOf(TEAM, "bob");
            List<String> ids = new ArrayList<>();
            for (ChangeTarget t : ApprovalRig.activeEntitlements(sandbox, env, REQUESTS)) {
                String id = alice.submit(new NewRequest(env.name(), List.of(RequestItem.of(t.api(), t.targetId(),
                        t.item(), t.displayName(), true, false)), "trial over", Instant.now().minusSeconds(5), null)).id();
                assertThat(bob.approveAndClaim(id, null).state()).isEqualTo(RequestState.APPROVED);
                ids.add(id);
            }

            List<Process> children = new ArrayList<>();
            ExecutorService readers = Executors.newFixedThreadPool(PROCESSES);
            BlockingQueue<Integer> ready = new LinkedBlockingQueue<>();
            Map<Integer, List<String>> appliedBy = new ConcurrentHashMap<>();
            List<Future<Boolean>> finished = new CopyOnWriteArrayList<>();
            List<java.nio.file.Path> errorFiles = new ArrayList<>();
            try {
                for (int i = 0; i < PROCESSES; i++) {
                    java.nio.file.Path errors = java.nio.file.Files.createTempFile("run-due-child-" + i, ".err");
                    errorFiles.add(errors);
                    ProcessBuilder builder = ChildJvm.of(RunDueChild.class, String.valueOf(TEAM.port()), TEAM.database(),
                            i % 2 == 0 ? "bob" : "carol").redirectError(errors.toFile());
                    builder.environment().put("SANDBOX_URL", sandbox.baseUrl());
                    builder.environment().put("SANDBOX_CLIENT", sandbox.clientId());
                    builder.environment().put("SANDBOX_DER_SECRET", sandbox.clientSecret());
                    builder.environment().put("SANDBOX_FYNN_KEY", sandbox.fynnApiKey());
                    Process child = builder.start();
                    children.add(child);
                    int index = i;
                    appliedBy.put(index, new CopyOnWriteArrayList<>());
                    finished.add(readers.submit(() -> read(child, index, ready, appliedBy.get(index))));
                }
                for (int i = 0; i < PROCESSES; i++) {
                    assertThat(ready.poll(120, TimeUnit.SECONDS)).as("child %d ready", i).isNotNull();
                }
                long start = System.nanoTime();
                for (Process child : children) {
                    OutputStream in = child.getOutputStream();
                    in.write("GO\n".getBytes(StandardCharsets.UTF_8));
                    in.flush();
                }
                for (int i = 0; i < PROCESSES; i++) {
                    assertThat(finished.get(i).get(120, TimeUnit.SECONDS)).as("child %d finished; its errors: %s", i,
                            tail(errorFiles.get(i))).isTrue();
                }
                long millis = (System.nanoTime() - start) / 1_000_000;

                List<String> all = appliedBy.values().stream().flatMap(List::stream).toList();
                assertThat(all).as("each applied once across all processes").hasSize(REQUESTS)
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
                assertThat(sandbox.faults().writesAccepted()).as("the sandbox's own count").isEqualTo(REQUESTS);
                for (String id : ids) {
                    assertThat(bob.find(id).state()).isEqualTo(RequestState.APPLIED);
                }
                long claimants = appliedBy.values().stream().filter(l -> !l.isEmpty()).count();
                System.out.printf("run-due race: %d processes, %d due requests, %d applied, %d sandbox writes, "
                                + "%d processes claimed at least one (per process %s), %d ms from GO to the last FINISHED%n",
                        PROCESSES, REQUESTS, all.size(), sandbox.faults().writesAccepted(), claimants,
                        appliedBy.values().stream().map(l -> String.valueOf(l.size())).collect(Collectors.joining(",")),
                        millis);
            } finally {
                children.forEach(Process::destroyForcibly);
                readers.shutdownNow();
            }
        }
    }

    private static String tail(java.nio.file.Path file) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static boolean read(Process child, int index, BlockingQueue<Integer> ready, List<String> applied)
            throws Exception {
        boolean done = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("READY")) {
                    ready.add(index);
                } else if (line.startsWith("APPLIED ")) {
                    applied.add(line.split(" ")[1]);
                } else if (line.equals("FINISHED")) {
                    done = true;
                }
            }
        }
        return done;
    }
}
