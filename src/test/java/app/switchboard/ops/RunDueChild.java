package app.switchboard.ops;

import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.PostgresChangeRequests;
import app.switchboard.audit.ActivityLog;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.Environment;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * One scheduler process of {@link RunDueRaceTest}: connects to the team database and the parent's
 * sandbox, says READY, waits for GO on stdin, runs {@code run-due} once and prints what it applied.
 * Sandbox credentials come through the environment, not the command line.
 */
public final class RunDueChild {
    private RunDueChild() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String database = args[1];
        String person = args[2];
        Environment env = DemoEnvironment.at(System.getenv("SANDBOX_URL"), System.getenv("SANDBOX_CLIENT"))
                .withApproval(ApprovalRule.EVERY_CHANGE);
        ChangeRequests requests = new PostgresChangeRequests(TeamDatabase.of(
                TeamSettings.ofHost("127.0.0.1", port, database, person, person + "-desk"), null));
        try (SharedHttp http = new SharedHttp()) {
            ChangeEngine engine = ApprovalRig.engine(env, System.getenv("SANDBOX_DER_SECRET"),
                    System.getenv("SANDBOX_FYNN_KEY"), http, new ActivityLog(Files.createTempDirectory("run-due")),
                    ApprovalGate.through(requests), person);
            RequestApplier applier = ApprovalRig.applier(engine, requests, env);
            System.out.println("READY");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            for (RequestApplier.Applied applied : applier.runDue(env.name())) {
                System.out.println("APPLIED " + applied.request().id() + " " + applied.request().state());
            }
        }
        System.out.println("FINISHED");
        System.out.flush();
        System.exit(0);
    }
}
