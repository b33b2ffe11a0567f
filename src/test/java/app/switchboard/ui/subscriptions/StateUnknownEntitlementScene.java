package app.switchboard.ui.subscriptions;

import app.switchboard.AppContext;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.links.ItemLink;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.FynnStore;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.links.LinkOpener;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For docs/ENVIRONMENTS.md's screenshot (run under {@code ../shared/tools/screenshot}): the console
 * on the Demo, one entitlement's listing without its state, opened through its link so that its
 * "state unknown" badge and "Switch on" / "Switch off" show. Not a test.
 */
public final class StateUnknownEntitlementScene {
    private StateUnknownEntitlementScene() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("state-unknown-screenshot");
        WithheldStates states = new WithheldStates();
        AtomicReference<AppContext> context = new AtomicReference<>();
        AtomicReference<Stage> shown = new AtomicReference<>();
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            AppContext app = AppContext.builder(new AppPaths(home.resolve("config"), home.resolve("data")))
                    .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())))
                    .secrets(new InMemorySecretStore()).connector(states).clock(SandboxWorkspace.CLOCK)
                    .locale(Locale.ENGLISH).appearance(() -> false).build();
            Stage stage = new Stage();
            stage.setWidth(1400);
            stage.setHeight(860);
            new ShellWindow(app).open(stage);
            context.set(app);
            shown.set(stage);
        });
        while (context.get() == null || context.get().session().connection().isEmpty()) {
            Thread.sleep(200);
        }
        FynnStore store = states.sandbox().fynnStore();
        FynnModel.Entitlement chosen = store.allEntitlements().stream()
                .filter(e -> e.status(SandboxWorkspace.CLOCK.instant()).equals("disabled")).findFirst().orElseThrow();
        states.withhold(chosen.id());
        String subscription = store.item(chosen.itemId()).orElseThrow().subscriptionId();
        Platform.runLater(() -> {
            AppContext app = context.get();
            String link = ItemLink.entitlement(app.session().current().id(), subscription, chosen.id()).text();
            new LinkOpener(app.session(), app.service(Navigator.class), app.service(Notifier.class),
                    app.service(Messages.class)).open(link, shown.get());
        });
        // stays open until the screenshot tool ends the process
        new CountDownLatch(1).await();
    }
}
