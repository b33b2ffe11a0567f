package app.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {
    @TempDir
    Path home;
    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = ShellFixture.sameThread(home);
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void opensOnTheDemoEnvironmentWithItsNameInTheTitle(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Switchboard — Demo");
        assertThat(text(robot, "#environmentName")).isEqualTo("Demo");
        assertThat(robot.lookup("#entitiesView").query().isVisible()).isTrue();
    }

    @Test
    void theWindowCarriesTheAppIconInEverySizeTheBuildHas() throws Exception {
        // read off the FX thread, so they arrive shortly after the window opens
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !stage.getIcons().isEmpty());
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactly(16, 32, 48, 64, 128, 256);
    }

    @Test
    void saysPlainlyWhenTheEnvironmentCannotBeReached(FxRobot robot) {
        assertThat(robot.lookup(".message").queryAs(atlantafx.base.controls.Message.class).getDescription())
                .contains("Demo environment is not available");
        assertThat(text(robot, "#derStatus")).isEqualTo("DER Connect: not available");
        assertThat(text(robot, "#fynnStatus")).isEqualTo("Fynn: not available");
        assertThat(text(robot, "#lastRefresh")).isEqualTo("Last refresh: never");
    }

    @Test
    void navigationShowsEachSectionInTurn(FxRobot robot) {
        for (Section section : Section.values()) {
            robot.clickOn("#nav" + section.idName());
            String viewId = "#" + section.name().toLowerCase(java.util.Locale.ROOT) + "View";
            assertThat(robot.lookup(viewId).tryQuery()).as(section.idName()).isPresent();
            assertThat(robot.lookup(".section-title").queryAs(Label.class).getText()).isEqualTo(context.service(app.switchboard.ui.common.fx.Messages.class).get(section.key()));
        }
        assertThat(robot.lookup("#entitiesView").tryQuery()).as("the previous view is gone").isEmpty();
    }

    @Test
    void withoutOpenRequestsTheRequestsSectionLinesUpWithTheOthers(FxRobot robot) {
        double requests = textStart(robot, Section.REQUESTS);

        for (Section section : Section.values()) {
            assertThat(textStart(robot, section)).as(section.idName()).isEqualTo(requests, org.assertj.core.data.Offset.offset(1.0));
        }
    }

    /** Where a section's name begins in the sidebar, in scene coordinates. */
    private static double textStart(FxRobot robot, Section section) {
        ToggleButton button = robot.lookup("#nav" + section.idName()).queryAs(ToggleButton.class);
        // the button's own text, not the badge's inside its graphic
        Node text = button.getChildrenUnmodifiable().stream()
                .filter(child -> child.getStyleClass().contains("text")).findFirst().orElseThrow();
        return text.localToScene(text.getLayoutBounds()).getMinX();
    }

    @Test
    void shortcutKeysJumpToSections(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(robot.lookup("#activityView").tryQuery()).isPresent();
        assertThat(robot.lookup("#navActivity").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void arrowingDownTheSidebarShowsTheSectionItHighlights(FxRobot robot) {
        robot.interact(() -> robot.lookup("#navEntities").query().requestFocus());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        assertThat(robot.lookup("#navSubscriptions").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#subscriptionsView").tryQuery()).isPresent();
        assertThat(robot.lookup("#entitiesView").tryQuery()).isEmpty();
    }

    @Test
    void clickingTheCurrentSectionAgainKeepsItHighlighted(FxRobot robot) {
        robot.clickOn("#navEntities");
        assertThat(robot.lookup("#navEntities").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#entitiesView").tryQuery()).isPresent();
    }

    @Test
    void themeButtonsSwitchTheStylesheet(FxRobot robot) {
        robot.clickOn("#themeDark");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeManager.DARK.getUserAgentStylesheet());
        robot.clickOn("#themeLight");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeManager.LIGHT.getUserAgentStylesheet());
    }

    @Test
    void arrowingRightFromLightSwitchesToDark(FxRobot robot) {
        robot.clickOn("#themeLight");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(robot.lookup("#themeDark").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeManager.DARK.getUserAgentStylesheet());
    }

    @Test
    void switchingEnvironmentRetitlesTheWindowAndRecolorsTheBand(FxRobot robot) {
        robot.clickOn("#environmentSwitcher").clickOn("Staging EU  ·  Staging");
        assertThat(stage.getTitle()).isEqualTo("Switchboard — Staging EU");
        assertThat(text(robot, "#environmentName")).isEqualTo("Staging EU");
        assertThat(text(robot, "#environmentRisk")).isEqualTo("STAGING");
        Node band = robot.lookup(".environment-banner").query();
        assertThat(band.getStyle()).contains("#ef6c00");
        assertThat(robot.lookup(".message").queryAs(atlantafx.base.controls.Message.class).getDescription())
                .contains("The Staging EU environment is not available");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
