package app.switchboard.ui.common.change;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.Api;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ops.BulkCounts;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationRequest;
import app.switchboard.text.Words;
import app.switchboard.ui.common.fx.Messages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxConfirmerTest {
    private static final String TARGET = "EV \"Anna's car\" (WVWZZZ1JZXW000001) · CaptureChargeSessions";
    private final FxConfirmer confirmer = new FxConfirmer(Messages.load(Locale.ENGLISH));

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    private static ConfirmationRequest disableInProduction(boolean reasonRequired) {
        return new ConfirmationRequest("Production", "#c62828", RiskLevel.PRODUCTION, Api.DER_CONNECT,
                List.of(Words.verbatim(TARGET)), true, false, true, reasonRequired, false, null);
    }

    /** Asks from a background thread, as the engine does, and waits until the dialog is up. */
    private CompletableFuture<ConfirmationAnswer> askInBackground(FxRobot robot, ConfirmationRequest request) {
        CompletableFuture<ConfirmationAnswer> answer = CompletableFuture
                .supplyAsync(() -> confirmer.confirm(request))
                .thenCompose(stage -> stage);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#confirmReason").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the confirmation dialog did not appear", e);
        }
        return answer;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void namesTheEnvironmentTheTargetAndOldToNewAndStylesADisableAsDangerous(FxRobot robot) throws Exception {
        CompletableFuture<ConfirmationAnswer> answer = askInBackground(robot, disableInProduction(false));

        assertThat(text(robot, "#confirmEnvironment")).as("its name is its risk: said once").isEqualTo("Production");
        Node band = robot.lookup(".confirm-environment").query();
        assertThat(band.getStyle()).contains("#c62828");
        assertThat(robot.lookup("#confirmTargets .label").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly(TARGET);
        assertThat(robot.lookup("#confirmTransition .label").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("on", "→", "off");
        Button confirm = robot.lookup("#confirmChange").queryButton();
        assertThat(confirm.getText()).isEqualTo("Disable feature");
        assertThat(confirm.getStyleClass()).contains("danger");
        assertThat(confirm.isDefaultButton()).as("Enter must not disable by accident").isFalse();
        assertThat(robot.lookup("#confirmDontAskAgain").tryQuery()).as("never offered in production").isEmpty();

        robot.clickOn("#confirmReason").write("customer asked");
        robot.clickOn("#confirmChange");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(new ConfirmationAnswer(true, "customer asked", false));
    }

    @Test
    void aRequiredReasonKeepsTheConfirmButtonDisabledUntilTyped(FxRobot robot) throws Exception {
        CompletableFuture<ConfirmationAnswer> answer = askInBackground(robot, disableInProduction(true));
        Button confirm = robot.lookup("#confirmChange").queryButton();
        assertThat(confirm.isDisabled()).isTrue();

        robot.clickOn("#confirmReason").write("   ");
        assertThat(confirm.isDisabled()).as("blanks are no reason").isTrue();
        robot.write("ticket 4711");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn("#confirmChange");

        assertThat(answer.get(10, TimeUnit.SECONDS).reason()).isEqualTo("ticket 4711");
    }

    @Test
    void aChangeRequestAsksForAnApplyAtTimeInTheOperatorsZoneShowsItInTheMediumDateAndRefusesAPastOneInWords(
            FxRobot robot) throws Exception {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        java.time.Clock evening = java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T21:00:00Z"), berlin);
        FxConfirmer requester = new FxConfirmer(Messages.load(Locale.ENGLISH), evening);
        ConfirmationRequest request = new ConfirmationRequest("Production", "#c62828", RiskLevel.PRODUCTION,
                Api.DER_CONNECT, List.of(Words.verbatim(TARGET)), true, false, true, true, false, null, true);
        CompletableFuture<ConfirmationAnswer> answer = CompletableFuture.supplyAsync(() -> requester.confirm(request))
                .thenCompose(stage -> stage);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#confirmApplyTime").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        app.switchboard.text.DateTexts dates = app.switchboard.text.DateTexts.of(Locale.ENGLISH, berlin);
        Button confirm = robot.lookup("#confirmChange").queryButton();
        javafx.scene.control.DatePicker day = robot.lookup("#confirmApplyDate").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn("#confirmReason").write("contract ends tomorrow");
        assertThat(text(robot, "#confirmApplyAtSaid")).isEqualTo("Applied as soon as it is approved.");
        assertThat(confirm.isDisabled()).isFalse();

        robot.interact(() -> day.setValue(java.time.LocalDate.of(2026, 12, 7)));
        assertThat(text(robot, "#confirmApplyAtSaid")).isEqualTo("Type a time for Dec 7, 2026, e.g. 09:30.");
        assertThat(confirm.isDisabled()).as("a date without a time").isTrue();
        robot.clickOn("#confirmApplyTime").write("25:00");
        assertThat(text(robot, "#confirmApplyAtSaid")).isEqualTo("\"25:00\" is not a time: type hours and minutes, e.g. 09:30.");
        robot.interact(() -> robot.lookup("#confirmApplyTime").queryAs(javafx.scene.control.TextField.class).setText("9:30"));
        assertThat(text(robot, "#confirmApplyAtSaid")).isEqualTo(
                dates.dateTime(java.time.Instant.parse("2026-12-07T08:30:00Z")) + " has passed: choose a time to come.");
        assertThat(confirm.isDisabled()).as("9:30 this morning in Berlin has passed").isTrue();

        robot.interact(() -> day.setValue(java.time.LocalDate.of(2026, 12, 8)));
        java.time.Instant tomorrow = java.time.Instant.parse("2026-12-08T08:30:00Z");
        assertThat(text(robot, "#confirmApplyAtSaid")).isEqualTo("Applied at " + dates.dateTime(tomorrow)
                + " (Europe/Berlin) once approved.");
        assertThat(day.getEditor().getText()).as("the medium date").isEqualTo("Dec 8, 2026");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn("#confirmChange");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(new ConfirmationAnswer(true, "contract ends tomorrow",
                false, tomorrow));
    }

    @Test
    void aChangeSentOnceConfirmedOffersNoApplyAtTime(FxRobot robot) throws Exception {
        CompletableFuture<ConfirmationAnswer> answer = askInBackground(robot, disableInProduction(false));

        assertThat(robot.lookup("#confirmApplyAt").tryQuery()).isEmpty();
        robot.clickOn("#cancelChange");
        assertThat(answer.get(10, TimeUnit.SECONDS).confirmed()).isFalse();
    }

    @Test
    void escapeCancels(FxRobot robot) throws Exception {
        CompletableFuture<ConfirmationAnswer> answer = askInBackground(robot, disableInProduction(false));

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        assertThat(answer.get(10, TimeUnit.SECONDS).confirmed()).isFalse();
        assertThat(robot.lookup("#confirmationDialog").tryQuery()).isEmpty();
    }

    @Test
    void outsideProductionAnEnableMayOfferDontAskAgain(FxRobot robot) throws Exception {
        ConfirmationRequest enableOnStaging = new ConfirmationRequest("Staging EU", "#ef6c00", RiskLevel.STAGING,
                Api.FYNN, List.of(Words.verbatim("ACME GmbH (C-10023) · subscription S-2041 · Premium support")), false, true,
                false, false, true, null);
        CompletableFuture<ConfirmationAnswer> answer = askInBackground(robot, enableOnStaging);
        Button confirm = robot.lookup("#confirmChange").queryButton();
        assertThat(confirm.getText()).isEqualTo("Activate entitlement");
        assertThat(confirm.getStyleClass()).doesNotContain("danger");
        assertThat(robot.lookup("#confirmTransition .label").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("inactive", "→", "active");

        robot.clickOn("#confirmDontAskAgain");
        robot.clickOn("#confirmChange");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(new ConfirmationAnswer(true, null, true));
    }

    @Test
    void aBatchShowsItsCounts(FxRobot robot) throws Exception {
        ConfirmationRequest batch = new ConfirmationRequest("Demo", "#2e7d32", RiskLevel.DEMO, Api.DER_CONNECT,
                List.of(Words.verbatim("EV a · CaptureChargeSessions"), Words.verbatim("EV b · CaptureChargeSessions")), null, false, true, false,
                false, new BulkCounts(2, 3, 1));
        CompletableFuture<ConfirmationAnswer> answer = askInBackground(robot, batch);

        assertThat(text(robot, "#confirmCounts")).isEqualTo("2 will change · 3 already in that state · 1 not eligible");
        assertThat(robot.lookup("#confirmChange").queryButton().getText()).isEqualTo("Disable 2");
        robot.clickOn("#cancelChange");
        assertThat(answer.get(10, TimeUnit.SECONDS).confirmed()).isFalse();
    }
}
