package app.switchboard.cli;

import app.switchboard.client.ApiException;
import app.switchboard.client.SharedHttp;
import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityFeatureStatus;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.EnvironmentUnavailableException;
import app.switchboard.sandbox.SandboxConfig;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard --self-test}: proves an installation works without opening a window. Starts
 * the Demo environment's sandbox the way the GUI does, signs in to DER Connect, lists entities and
 * switches one entity's feature off and back on, lists Fynn subscriptions and switches one active
 * entitlement off and back on, checking each answer. Prints one line; exit code 0 when all passed.
 */
@Command(name = "self-test", aliases = "--self-test", mixinStandardHelpOptions = true,
        description = "Check this installation against the built-in sandbox: sign in, list and switch on both APIs.")
public final class SelfTestCommand implements Callable<Integer> {
    private static final int PAGE = 20;

    @Spec
    private CommandSpec spec;

    private final Function<SharedHttp, EnvironmentConnector> connectors;

    public SelfTestCommand() {
        this(http -> new ApiConnector(http, new InMemorySecretStore(), SandboxConfig::defaults));
    }

    SelfTestCommand(Function<SharedHttp, EnvironmentConnector> connectors) {
        this.connectors = connectors;
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (SharedHttp http = new SharedHttp();
             EnvironmentConnection demo = connectors.apply(http).connect(DemoEnvironment.placeholder())) {
            String der = derRoundTrip(demo.der());
            String fynn = fynnRoundTrip(demo.fynn());
            long millis = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().println("self-test passed in " + millis + " ms: " + der + "; " + fynn);
            return 0;
        } catch (ApiException e) {
            return failed(e.userMessage());
        } catch (EnvironmentUnavailableException | SelfTestFailure e) {
            return failed(e.getMessage());
        }
    }

    private int failed(String reason) {
        spec.commandLine().getErr().println("self-test failed: " + reason);
        return 1;
    }

    private static String derRoundTrip(DerConnectApi der) throws SelfTestFailure {
        List<Entity> entities = der.entitiesPage(null, PAGE).data();
        for (Entity entity : entities) {
            Boolean was = captureState(der.features(entity.id()));
            if (was != null) {
                expect(der.setFeature(entity.id(), DerConnectApi.CAPTURE_CHARGE_SESSIONS, !was), !was, entity);
                expect(der.setFeature(entity.id(), DerConnectApi.CAPTURE_CHARGE_SESSIONS, was), was, entity);
                return "DER Connect signed in, listed " + entities.size() + " entities, switched "
                        + DerConnectApi.CAPTURE_CHARGE_SESSIONS + (was ? " off and on" : " on and off")
                        + " for entity " + entity.id();
            }
        }
        throw new SelfTestFailure("no DER Connect entity among the first " + entities.size() + " offers "
                + DerConnectApi.CAPTURE_CHARGE_SESSIONS);
    }

    private static Boolean captureState(List<EntityFeatureStatus> features) {
        return features.stream().filter(f -> DerConnectApi.CAPTURE_CHARGE_SESSIONS.equals(f.feature()))
                .map(EntityFeatureStatus::enabled).findFirst().orElse(null);
    }

    private static void expect(List<EntityFeatureStatus> answer, boolean enabled, Entity entity) throws SelfTestFailure {
        if (!Boolean.valueOf(enabled).equals(captureState(answer))) {
            throw new SelfTestFailure("DER Connect answered " + answer + " after switching "
                    + DerConnectApi.CAPTURE_CHARGE_SESSIONS + (enabled ? " on" : " off") + " for entity " + entity.id());
        }
    }

    private static String fynnRoundTrip(FynnApi fynn) throws SelfTestFailure {
        List<Subscription> subscriptions = fynn.subscriptions(SubscriptionQuery.all(), 1, PAGE).data();
        for (Subscription subscription : subscriptions) {
            List<Entitlement> active = fynn.entitlements(subscription.id(), EntitlementStatus.ACTIVE, false);
            if (!active.isEmpty()) {
                Entitlement entitlement = active.get(0);
                expect(fynn.setEntitlementActive(entitlement.id(), false), EntitlementStatus.DISABLED);
                expect(fynn.setEntitlementActive(entitlement.id(), true), EntitlementStatus.ACTIVE);
                return "Fynn listed " + subscriptions.size() + " subscriptions, switched entitlement "
                        + entitlement.featureName() + " off and on in subscription " + subscription.id();
            }
        }
        throw new SelfTestFailure("no active Fynn entitlement in the first " + subscriptions.size() + " subscriptions");
    }

    private static void expect(Entitlement answer, EntitlementStatus status) throws SelfTestFailure {
        if (!status.equals(answer.status())) {
            throw new SelfTestFailure("Fynn answered status " + answer.status() + " for entitlement " + answer.id()
                    + " where " + status + " was expected");
        }
    }

    /** A step got an answer, but not the expected one. */
    private static final class SelfTestFailure extends Exception {
        private static final long serialVersionUID = 1L;

        SelfTestFailure(String message) {
            super(message);
        }
    }
}
