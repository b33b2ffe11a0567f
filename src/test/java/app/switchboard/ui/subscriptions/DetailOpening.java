package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a subscription's detail as an operator does: search its number, Enter, double-click the row. */
final class DetailOpening {
    private DetailOpening() {
    }

    static void open(FxRobot robot, String number) {
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> search.setText(number));
        robot.clickOn(search).type(KeyCode.ENTER);
        Node first = robot.lookup("#subscriptionTable .table-row-cell").match((TableRow<?> r) -> r.getIndex() == 0).query();
        robot.doubleClickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailHeading").queryAs(Label.class).getText()).endsWith(number);
    }
}
