package app.switchboard.ui.links;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.links.ConsoleHandoff;
import app.switchboard.audit.Api;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationRequest;
import app.switchboard.text.Words;
import app.switchboard.ui.common.change.FxConfirmer;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.entities.EntityRow;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A link copied in the console and opened by a second start (the handoff the launcher uses) lands
 * on the same item, after a notice; a link to another environment switches in view; one to an
 * environment this desk lacks is said in words.
 */
@ExtendWith(ApplicationExtension.class)
class LinksOnDemoTest {
    @TempDir
    Path home;
    private AppContext context;
    private ConsoleHandoff handoff;
    private final List<String> posted = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        context = ShellOnDemo.builder(home, Locale.ENGLISH).build();
        ShellWindow window = new ShellWindow(context);
        window.open(stage);
        handoff = window.receiveLinks().orElseThrow();
        context.service(app.switchboard.ui.common.notice.Notifier.class).notices().addListener(
                (javafx.collections.ListChangeListener<app.switchboard.ui.common.notice.Notice>) change -> {
                    while (change.next()) {
                        change.getAddedSubList().forEach(notice -> posted.add(notice.message()));
                    }
                });
    }

    @BeforeEach
    void entitiesLoaded(FxRobot robot) throws Exception {
        ShellOnDemo.awaitEntities(robot, context);
    }

    @AfterEach
    void close() {
        handoff.close();
        context.close();
    }

    private Sandbox sandbox() {
        return ShellOnDemo.sandbox(context);
    }

    @SuppressWarnings("unchecked")
    private static TableView<EntityRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    /** Every notice posted, also those that have closed by themselves since. */
    private List<String> notices(FxRobot robot) {
        return List.copyOf(posted);
    }

    private String copiedLinkOfEntity(FxRobot robot, DerEntity entity) throws Exception {
        robot.interact(() -> {
            TableView<EntityRow> table = table(robot);
            int index = table.getItems().stream().map(EntityRow::id).toList().indexOf(entity.id().toString());
            table.getSelectionModel().clearAndSelect(index);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#copyEntityLink").tryQuery().isPresent());
        robot.clickOn("#copyEntityLink");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        return copied[0];
    }

    @Test
    void aCopiedEntityLinkOpenedByASecondStartLandsOnTheSameEntity(FxRobot robot) throws Exception {
        DerEntity entity = sandbox().derStore().entities().get(77);
        String link = copiedLinkOfEntity(robot, entity);
        assertThat(link).isEqualTo("switchboard://open/demo/entity/" + entity.id());
        // somewhere else entirely, with another entity selected
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(3));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#activityView").tryQuery().isPresent());

        assertThat(ConsoleHandoff.send(context.paths().data(), link)).as("the running console took the link").isTrue();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#entityField-id").tryQuery()
                .map(node -> ((Label) node).getText().equals(entity.id().toString())).orElse(false)
                && robot.lookup("#entitiesView").tryQuery().isPresent());
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(entity.id().toString());
        assertThat(notices(robot)).anyMatch(text -> text.equals("Opening entity " + entity.id() + " in Demo from a link."));
    }

    @Test
    void aSubscriptionLinkOpensItsDetail(FxRobot robot) throws Exception {
        var subscription = sandbox().fynnStore().subscriptions().get(42);
        String link = app.switchboard.links.ItemLink.subscription("demo", subscription.id()).text();

        assertThat(ConsoleHandoff.send(context.paths().data(), link)).isTrue();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#detailHeading").tryQuery()
                .map(node -> ((Label) node).getText().contains(subscription.number())).orElse(false));
        robot.clickOn("#copySubscriptionLink");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).as("the opened subscription's own link is the one followed").isEqualTo(link);
    }

    @Test
    void aLinkToAnotherEnvironmentSwitchesInViewAndSaysSo(FxRobot robot) throws Exception {
        String staging = context.session().environments().stream().filter(e -> e.name().equals("Staging EU"))
                .findFirst().orElseThrow().id();

        assertThat(ConsoleHandoff.send(context.paths().data(), "switchboard://open/" + staging + "/entity/abc-123")).isTrue();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#environmentName").queryAs(Label.class)
                .getText().equals("Staging EU"));
        Node band = robot.lookup(".environment-banner").query();
        assertThat(band.getStyle()).contains("#ef6c00");
        assertThat(notices(robot)).anyMatch(text -> text.equals(
                "Opening entity abc-123 from a link: switching from Demo to Staging EU."));
    }

    @Test
    void aLinkToAnEnvironmentThisDeskLacksSaysSoAndOpensNothing(FxRobot robot) throws Exception {
        String before = robot.lookup("#environmentName").queryAs(Label.class).getText();

        assertThat(ConsoleHandoff.send(context.paths().data(), "switchboard://open/0b5e-gone/entity/abc-123")).isTrue();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notices(robot).stream()
                .anyMatch(text -> text.startsWith("This link names an environment this desk does not have (id 0b5e-gone)")));
        assertThat(robot.lookup("#environmentName").queryAs(Label.class).getText()).isEqualTo(before);
        assertThat(robot.lookup("#entitiesView").tryQuery()).isPresent();
    }

    /** A ticket's entitlement link whose entitlement is not (or no longer) in that subscription: said, not passed over in silence. */
    @Test
    void anEntitlementLinkNamingAnEntitlementTheSubscriptionLacksSaysSo(FxRobot robot) throws Exception {
        var subscription = sandbox().fynnStore().subscriptions().get(42);
        String link = app.switchboard.links.ItemLink.entitlement("demo", subscription.id(), "ent-gone-7").text();

        assertThat(ConsoleHandoff.send(context.paths().data(), link)).isTrue();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#detailHeading").tryQuery()
                .map(node -> ((Label) node).getText().contains(subscription.number())).orElse(false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notices(robot).stream().anyMatch(text -> text.equals(
                "Entitlement ent-gone-7 is not in subscription " + subscription.number() + "; its entitlements are shown without it.")));
    }

    /**
     * A link that arrives while the operator answers a confirmation (or watches a bulk run, both
     * modal over the console) must not switch environment or navigate behind that dialog: the
     * operator cannot switch there by hand either, and would confirm a change with the band showing
     * another environment. The link is said, with its text, so it can be opened once answered.
     */
    @Test
    void aLinkToAnotherEnvironmentWhileAConfirmationIsOpenSwitchesNothingAndSaysSo(FxRobot robot) throws Exception {
        ConfirmationRequest request = new ConfirmationRequest("Demo", "#2e7d32", RiskLevel.PRODUCTION, Api.DER_CONNECT,
                List.of(Words.verbatim("Depot charger 7: smart charging")), true, false, true, false, false, null);
        FxConfirmer confirmer = new FxConfirmer(context.service(app.switchboard.ui.common.fx.Messages.class));
        CompletableFuture<ConfirmationAnswer> answer = CompletableFuture.supplyAsync(() -> confirmer.confirm(request))
                .thenCompose(stage -> stage);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w instanceof Stage s && s.getOwner() != null));
        String staging = context.session().environments().stream().filter(e -> e.name().equals("Staging EU"))
                .findFirst().orElseThrow().id();
        String link = "switchboard://open/" + staging + "/entity/abc-123";

        int before = posted.size();

        assertThat(ConsoleHandoff.send(context.paths().data(), link)).isTrue();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> posted.size() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#environmentName").queryAs(Label.class).getText()).isEqualTo("Demo");
        assertThat(context.session().current().name()).isEqualTo("Demo");
        assertThat(posted).anyMatch(text -> text.startsWith("A link arrived while a dialog is open")
                && text.endsWith(link));
        assertThat(answer).as("the confirmation is still waiting for the operator").isNotDone();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .toList().forEach(pane -> pane.getButtonTypes().stream()
                        .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                        .forEach(type -> ((Button) pane.lookupButton(type)).fire())));
        assertThat(answer.get(10, TimeUnit.SECONDS).confirmed()).isFalse();
    }

    /** Links opened in a burst (Staging, then back to Demo): each is said, and the console ends on the last one's item and band. */
    @Test
    void linksInABurstEndOnTheLastOneWithItsBand(FxRobot robot) throws Exception {
        String staging = context.session().environments().stream().filter(e -> e.name().equals("Staging EU"))
                .findFirst().orElseThrow().id();
        DerEntity entity = sandbox().derStore().entities().get(12);
        String last = "switchboard://open/demo/entity/" + entity.id();

        for (String link : List.of("switchboard://open/" + staging + "/entity/abc-123",
                "switchboard://open/demo/subscription/" + sandbox().fynnStore().subscriptions().get(5).id(), last)) {
            assertThat(ConsoleHandoff.send(context.paths().data(), link)).isTrue();
        }

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#entityField-id").tryQuery()
                .map(node -> ((Label) node).getText().equals(entity.id().toString())).orElse(false)
                && robot.lookup("#entitiesView").tryQuery().isPresent());
        assertThat(robot.lookup("#environmentName").queryAs(Label.class).getText()).isEqualTo("Demo");
        assertThat(context.session().current().id()).isEqualTo("demo");
        assertThat(notices(robot)).anyMatch(text -> text.startsWith("Opening entity abc-123 from a link: switching from Demo"))
                .anyMatch(text -> text.equals("Opening entity " + entity.id() + " in Demo from a link."));
    }
}
