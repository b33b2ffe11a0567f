package app.switchboard.ui.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A shortcut that presses a view's button says whether it did, also when the press starts work. */
@ExtendWith(ApplicationExtension.class)
class ShortcutTargetTest {

    @Test
    void aButtonThatDisablesItselfWhileItsWorkRunsStillCountsAsPressed(FxRobot robot) {
        AtomicInteger scans = new AtomicInteger();
        Button scan = new Button("Scan");
        // like Review's scan button: disabled as soon as the scan it starts is running
        scan.setOnAction(e -> {
            scans.incrementAndGet();
            scan.setDisable(true);
        });

        robot.interact(() -> assertThat(ShortcutTarget.press(scan)).isTrue());

        assertThat(scans).hasValue(1);
    }

    @Test
    void aDisabledButtonIsNotPressedAndTheShortcutSaysSo(FxRobot robot) {
        AtomicInteger exports = new AtomicInteger();
        Button export = new Button("Export");
        export.setOnAction(e -> exports.incrementAndGet());
        export.setDisable(true);

        robot.interact(() -> assertThat(ShortcutTarget.press(export)).isFalse());

        assertThat(exports).hasValue(0);
    }
}
