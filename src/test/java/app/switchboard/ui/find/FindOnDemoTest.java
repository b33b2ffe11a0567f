package app.switchboard.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.find.FindKind;
import app.switchboard.find.Found;
import app.switchboard.ops.review.FeatureUsage;
import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * Ctrl+K on the Demo (fixed seed and clock, background work on worker threads as in the app):
 * typed from the keyboard only, Enter opens what was found in its view with its detail shown.
 */
@ExtendWith(ApplicationExtension.class)
class FindOnDemoTest {
    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = ShellOnDemo.builder(home, Locale.ENGLISH).build();
        new ShellWindow(context).open(stage);
    }

    @BeforeEach
    void entitiesLoaded(FxRobot robot) throws Exception {
        ShellOnDemo.awaitEntities(robot, context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Sandbox sandbox() {
        return ShellOnDemo.sandbox(context);
    }

    @SuppressWarnings("unchecked")
    private Found find(FxRobot robot, String text, FindKind kind, String id) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#findField").tryQuery().isPresent());
        // Monocle gives a new window no focus of its own (a desktop does); the field asks for it on showing
        robot.interact(() -> robot.lookup("#findField").query().getScene().getWindow().requestFocus());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#findField").query().isFocused());
        // TestFX writes into the window it targets, which is still the main one
        robot.targetWindow(robot.lookup("#findField").query().getScene().getWindow());
        robot.write(text);
        ListView<Found> results = robot.lookup("#findResults").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.getItems().stream()
                .anyMatch(hit -> hit.kind() == kind && hit.id().equals(id)));
        // the server's answer may still rearrange the list; choose once it has arrived
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int index = indexOf(results, kind, id);
        for (int i = results.getSelectionModel().getSelectedIndex(); i < index; i++) {
            robot.type(KeyCode.DOWN);
        }
        Found chosen = results.getSelectionModel().getSelectedItem();
        assertThat(chosen.id()).isEqualTo(id);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#findField").tryQuery()).as("the find window closes").isEmpty();
        return chosen;
    }

    private static int indexOf(ListView<Found> results, FindKind kind, String id) {
        for (int i = 0; i < results.getItems().size(); i++) {
            if (results.getItems().get(i).kind() == kind && results.getItems().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void ctrlKFindsAnEntityByItsVinAndEnterShowsItsDetail(FxRobot robot) throws Exception {
        DerEntity ev = sandbox().derStore().entities().stream().filter(e -> e.type().equals("EV")).skip(7).findFirst()
                .orElseThrow();

        Found found = find(robot, ev.identifier(), FindKind.ENTITY, ev.id().toString());

        assertThat(found.source()).isEqualTo(Found.Source.LOADED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entityField-id").tryQuery().isPresent());
        assertThat(robot.lookup("#entityField-id").queryAs(Label.class).getText()).isEqualTo(ev.id().toString());
        assertThat(robot.lookup("#entityDetailTitle").queryAs(Label.class).getText()).isEqualTo(ev.name());
        assertThat(robot.lookup("#entitiesView").tryQuery()).isPresent();
    }

    @Test
    void ctrlKFindsASubscriptionByItsNumberAndEnterOpensIt(FxRobot robot) throws Exception {
        FynnModel.Subscription subscription = sandbox().fynnStore().subscriptions().get(123);

        find(robot, subscription.number(), FindKind.SUBSCRIPTION, subscription.id());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#detailHeading").tryQuery()
                .map(node -> ((Label) node).getText().contains(subscription.number())).orElse(false));
        assertThat(robot.lookup("#subscriptionsView").tryQuery()).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlKFindsAFeatureAndEnterShowsItSelectedInReviewsCatalogue(FxRobot robot) throws Exception {
        List<FynnModel.Feature> catalogue = sandbox().fynnStore().features();
        // the last of the catalogue: below the fold of its table, so it must be scrolled to
        FynnModel.Feature feature = catalogue.get(catalogue.size() - 1);

        Found found = find(robot, feature.name(), FindKind.FEATURE, feature.id());

        assertThat(found.source()).as("the catalogue is asked on the server").isEqualTo(Found.Source.SERVER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#featureTable").tryQuery().isPresent());
        TableView<FeatureUsage> table = robot.lookup("#featureTable").queryAs(TableView.class);
        // no scan was kept on this new desk: one is made for the feature, then it is selected
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().feature().id()).isEqualTo(feature.id());
        TabPane tabs = robot.lookup(".review-tabs").queryAs(TabPane.class);
        assertThat(tabs.isVisible()).isTrue();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Feature catalogue");
        // in view: the table scrolls to it once it has laid its rows out
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            boolean[] inView = new boolean[1];
            robot.interact(() -> inView[0] = rowInView(robot, table, feature.id()));
            return inView[0];
        });
    }

    private static boolean rowInView(FxRobot robot, TableView<FeatureUsage> table, String featureId) {
        Bounds shownArea = table.localToScreen(table.getBoundsInLocal());
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getTableView() == table && row.isVisible() && row.getItem() != null
                        && ((FeatureUsage) row.getItem()).feature().id().equals(featureId))
                .anyMatch(row -> shownArea.contains(row.localToScreen(row.getBoundsInLocal())));
    }

    @Test
    void ctrlKFindsACustomerByEmailOnTheServerAndEnterShowsTheirSubscriptions(FxRobot robot) throws Exception {
        FynnModel.Subscription subscription = sandbox().fynnStore().subscriptions().get(200);
        FynnModel.Customer customer = sandbox().fynnStore().customer(subscription.customerId()).orElseThrow();

        Found found = find(robot, customer.email(), FindKind.CUSTOMER, customer.id());

        assertThat(found.source()).as("customers are not loaded; Fynn's search found it").isEqualTo(Found.Source.SERVER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#detailHeading").tryQuery()
                .map(node -> !((Label) node).getText().isEmpty()).orElse(false));
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo(customer.customerNumber());
        String heading = robot.lookup("#detailHeading").queryAs(Label.class).getText();
        assertThat(sandbox().fynnStore().subscriptions().stream()
                .filter(s -> s.customerId().equals(customer.id()))
                .anyMatch(s -> heading.contains(s.number()))).as("the detail shows one of %s's subscriptions", customer.id())
                .isTrue();
    }
}
