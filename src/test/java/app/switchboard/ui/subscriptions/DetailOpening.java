package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a subscription's detail: its number searched as an operator does, then its row opened. */
final class DetailOpening {
    private DetailOpening() {
    }

    static void open(FxRobot robot, SubscriptionsViewModel model, String number) {
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> search.setText(number));
        robot.clickOn(search).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        SubscriptionRow found = model.rows().stream().filter(r -> r.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("searching " + number + " did not list it"));
        robot.interact(() -> model.open(found));
        assertThat(robot.lookup("#detailHeading").queryAs(Label.class).getText()).endsWith(number);
    }
}
