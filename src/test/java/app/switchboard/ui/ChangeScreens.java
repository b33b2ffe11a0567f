package app.switchboard.ui;

import app.switchboard.AppContext;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityType;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.FynnEntitlementGateway;
import app.switchboard.paths.AppPaths;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.ConnectionState;
import app.switchboard.ui.shell.Section;
import app.switchboard.ui.shell.ShellWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Not a test: puts the real window into the states the README screenshots show, for
 * {@code /work/shared/tools/screenshot}. Argument {@code activity}: makes a few changes on the
 * Demo (confirmed automatically, with reasons) and opens the Activity view. Argument
 * {@code confirm}: asks the real confirmation dialog for switching a feature off in an environment
 * named Production that requires a reason (nothing is sent: the process ends at the screenshot).
 */
public final class ChangeScreens {

    /** A main class that is not the Application, so JavaFX on the class path is enough. */
    public static void main(String[] args) {
        Application.launch(Scenes.class, args);
    }

    private ChangeScreens() {
    }

    public static final class Scenes extends Application {
        private AppContext context;
        private ShellWindow shell;

        @Override
        public void start(Stage stage) {
            boolean confirm = getParameters().getRaw().contains("confirm");
            AppContext.Builder builder = AppContext.builder(AppPaths.fromSystem()).user("m.weber");
            if (!confirm) {
                String[] reasons = {"Customer call #4711", "Ticket SUP-2209", "Contract ended", "Trial extended"};
                int[] asked = {0};
                builder.confirmer(request -> CompletableFuture.completedFuture(
                        ConfirmationAnswer.confirmed(reasons[asked[0]++ % reasons.length])));
            }
            context = builder.build();
            shell = new ShellWindow(context);
            shell.open(stage);
            context.session().stateProperty(app.switchboard.ui.common.session.Api.FYNN).addListener((obs, old, now) -> {
                if (now == ConnectionState.CONNECTED) {
                    EnvironmentConnection connection = context.session().connection().orElseThrow();
                    context.tasks().task("Preparing the screenshot", progress -> targets(connection))
                            .onSuccess(targets -> act(confirm, connection, targets))
                            .start();
                }
            });
        }

        private void act(boolean confirm, EnvironmentConnection connection, List<ChangeTarget> targets) {
            ChangeRunner runner = context.service(ChangeRunner.class);
            if (confirm) {
                Environment production = new Environment("Production", "#c62828", RiskLevel.PRODUCTION,
                        connection.environment().derApiUrl(), null, null, null, null, true);
                ChangeTarget seen = targets.get(1);
                runner.change(ChangeRequest.set(new ChangeTarget(production, seen.api(), seen.targetId(), seen.item(),
                        seen.displayName()), true, false), outcome -> { });
                return;
            }
            runner.change(ChangeRequest.set(targets.get(0), false, true), refused ->
                    runner.change(ChangeRequest.set(targets.get(1), true, false), a ->
                            runner.change(ChangeRequest.set(targets.get(2), true, false), b ->
                                    runner.change(ChangeRequest.set(targets.get(3), true, false), c -> {
                                        runner.undoLast();
                                        Notifier notifier = context.service(Notifier.class);
                                        List.copyOf(notifier.notices()).forEach(notifier::dismiss);
                                        shell.controller().model().sectionProperty().set(Section.ACTIVITY);
                                    }))));
        }

        /** A heat pump (refused), and three active entitlements. */
        private static List<ChangeTarget> targets(EnvironmentConnection connection) {
            List<ChangeTarget> targets = new ArrayList<>();
            DerConnectApi der = connection.der();
            Entity pump = der.entities().filter(e -> EntityType.HEAT_PUMP.equals(e.type())).findFirst().orElseThrow();
            targets.add(ChangeTarget.derFeature(connection.environment(), pump.id(), DerConnectApi.CAPTURE_CHARGE_SESSIONS,
                    pump.name(), "HeatPump", pump.identifier()));
            FynnApi fynn = connection.fynn();
            for (Subscription s : fynn.subscriptions(SubscriptionQuery.all(), 1, 20).data()) {
                for (Entitlement e : fynn.entitlements(s.id(), null, false)) {
                    if (targets.size() < 4 && "active".equals(e.status().value()) && FynnEntitlementGateway.isOn(e)) {
                        targets.add(ChangeTarget.fynnEntitlement(connection.environment(), s.id(), e.id(),
                                s.customer() == null ? null : s.customer().displayName(), null, s.number(),
                                e.feature() == null ? null : e.feature().name()));
                    }
                }
            }
            return targets;
        }

        @Override
        public void stop() {
            context.close();
        }
    }
}
