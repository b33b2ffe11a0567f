package app.switchboard.ops;

import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.PostgresChangeRequests;
import app.switchboard.audit.ActivityLog;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamException;
import app.switchboard.team.TeamSchema;
import app.switchboard.team.TeamSettings;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A team database with two people (alice and bob, logins of their own) and a sandbox whose Demo
 * environment needs approval for every change: what the approval tests and the race's child
 * processes share.
 */
public final class ApprovalRig {
    static final List<String> PEOPLE = List.of("alice", "bob", "carol");

    private ApprovalRig() {
    }

    /** Migrates the class's database and lets each person in under their own login. */
    public static void prepare(TeamDatabaseExtension team) throws SQLException, TeamException {
        TeamSchema.migrate(TeamDatabase.of(team.settings("setup"), null));
        for (String person : PEOPLE) {
            team.execute("do $$ begin create role " + person + " login; exception when duplicate_object then null; end $$",
                    "grant select, insert, update on all tables in schema public to " + person,
                    "grant usage on all sequences in schema public to " + person);
        }
    }

    public static ChangeRequests requestsOf(TeamDatabaseExtension team, String person) throws TeamException {
        return new PostgresChangeRequests(TeamDatabase.of(TeamSettings.ofHost("127.0.0.1", team.port(),
                team.database(), person, person + "-desk"), null));
    }

    /** {@code person}'s requests with a claim lease of {@code lease}, so a lapsed claim is taken over soon. */
    public static ChangeRequests requestsOf(TeamDatabaseExtension team, String person, java.time.Duration lease)
            throws TeamException {
        return new PostgresChangeRequests(TeamDatabase.of(TeamSettings.ofHost("127.0.0.1", team.port(),
                team.database(), person, person + "-desk"), null), lease);
    }

    /**
     * alice asks for {@code targets} (active, to switch off) as one request due now; bob approves it,
     * so it waits for the first claimant. Returns its id.
     */
    public static String dueRequest(ChangeRequests alice, ChangeRequests bob, Environment env, List<ChangeTarget> targets)
            throws app.switchboard.approvals.RequestException {
        String id = alice.submit(new app.switchboard.approvals.NewRequest(env.name(), targets.stream()
                .map(t -> app.switchboard.approvals.RequestItem.of(t.api(), t.targetId(), t.item(), t.displayName(),
                        true, false)).toList(), "trial over", java.time.Instant.now().minusSeconds(1), null)).id();
        if (bob.approveAndClaim(id, null).state() != app.switchboard.approvals.RequestState.APPROVED) {
            throw new IllegalStateException("a scheduled request waits for a claimant once approved");
        }
        return id;
    }

    public static Environment environment(Sandbox sandbox) {
        return DemoEnvironment.at(sandbox.baseUrl(), sandbox.clientId()).withApproval(ApprovalRule.EVERY_CHANGE);
    }

    static ChangeEngine engine(Environment env, String derSecret, String fynnKey, SharedHttp http, ActivityLog log,
                               ApprovalGate gate, String person) {
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(env.derSecretKey(), derSecret);
        secrets.put(env.fynnKeyKey(), fynnKey);
        DerConnectApi der = HttpDerConnectApi.forEnvironment(env, secrets, http);
        FynnApi fynn = HttpFynnApi.forEnvironment(env, secrets, http);
        return new ChangeEngine(List.of(new DerFeatureGateway(e -> der), new FynnEntitlementGateway(e -> fynn)),
                new ConfirmationPolicy(ConfirmationSettings.defaults()),
                new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed("customer asked on the phone")), log,
                new ReadOnlyApis(), new UndoStack(), Clock.systemUTC(), person, gate);
    }

    public static ChangeEngine engine(Sandbox sandbox, SharedHttp http, Path logDir, ApprovalGate gate, String person) {
        return engine(environment(sandbox), sandbox.clientSecret(), sandbox.fynnApiKey(), http, new ActivityLog(logDir),
                gate, person);
    }

    public static RequestApplier applier(ChangeEngine engine, ChangeRequests requests, Environment env) {
        return new RequestApplier(engine, requests, name -> name.equals(env.name()) ? Optional.of(env) : Optional.empty(),
                Clock.systemUTC());
    }

    /** Active entitlements, in a stable order: switching one off always succeeds in the sandbox. */
    public static List<ChangeTarget> activeEntitlements(Sandbox sandbox, Environment env, int count) {
        return sandbox.fynnStore().allEntitlements().stream()
                .filter(e -> "active".equals(e.status(sandbox.clock().instant())))
                .sorted(Comparator.comparing(FynnModel.Entitlement::id)).limit(count)
                .map(e -> ChangeTarget.fynnEntitlement(env, sandbox.fynnStore().item(e.itemId()).orElseThrow()
                        .subscriptionId(), e.id(), null, null, null, e.featureId()))
                .toList();
    }

    public static boolean activeOnServer(Sandbox sandbox, ChangeTarget target) {
        return "active".equals(sandbox.fynnStore().entitlement(target.item()).orElseThrow()
                .status(sandbox.clock().instant()));
    }
}
