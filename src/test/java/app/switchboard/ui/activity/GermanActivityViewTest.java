package app.switchboard.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityOutcome;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.paths.AppPaths;
import app.switchboard.text.Words;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.shell.ShellWindow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The German activity view says new entries in German and shows older ones as they were recorded. */
@ExtendWith(ApplicationExtension.class)
class GermanActivityViewTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String OLD_LINE = "{\"id\":\"old-1\",\"time\":\"" + NOW.minusSeconds(600) + "\",\"user\":\"bob\","
            + "\"environment\":\"Demo\",\"api\":\"FYNN\",\"targetId\":\"sub-1\",\"item\":\"ent-1\","
            + "\"targetName\":\"Old GmbH · subscription S-1 · entitlement ent-1\",\"action\":\"disable\",\"before\":true,"
            + "\"after\":true,\"outcome\":{\"kind\":\"CANCELLED\",\"message\":\"stopped by an older version\"},\"durationMs\":0}\n";

    @TempDir
    Path home;
    private AppContext context;
    private ChangeTarget target;

    @Start
    void start(Stage stage) throws IOException {
        ActivityLog log = new ActivityLog(new AppPaths(home.resolve("config"), home.resolve("data")).activity());
        Path month = log.fileFor(YearMonth.from(NOW.atOffset(ZoneOffset.UTC)));
        Files.createDirectories(month.getParent());
        Files.writeString(month, OLD_LINE, StandardCharsets.UTF_8, StandardOpenOption.CREATE);
        target = ChangeTarget.fynnEntitlement(InMemoryEnvironmentStore.demo(), "sub-2", "ent-2", "ACME GmbH", "C-2", "S-2", null);
        Words why = Words.of("ops.change.cancelledAtConfirmation");
        log.append(new ActivityEntry("new-1", NOW, "alice", "Demo", Api.FYNN, "sub-2", "ent-2", target.displayName(),
                ActivityEntry.DISABLE, true, true, null, new ActivityOutcome(OutcomeKind.CANCELLED, null, why.english(), why),
                0, null, null, null, target.name()));
        context = ShellOnDemo.builder(home, Locale.GERMAN).sameThreadTasks().build();
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aNewEntryIsSaidInGermanAndAnOldOneAsRecordedWhileTheLogStaysEnglish(FxRobot robot) throws IOException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> texts = robot.lookup("#activityTable .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(Objects::nonNull).toList();
        assertThat(texts).contains("bei der Bestätigung abgebrochen", "ACME GmbH (C-2) · Abonnement S-2 · Berechtigung ent-2")
                .contains("stopped by an older version", "Old GmbH · subscription S-1 · entitlement ent-1")
                .doesNotContain("cancelled at the confirmation");
        String logged = Files.readString(new ActivityLog(context.paths().activity())
                .fileFor(YearMonth.from(NOW.atOffset(ZoneOffset.UTC))), StandardCharsets.UTF_8);
        assertThat(logged).contains("\"message\":\"cancelled at the confirmation\"")
                .contains("\"targetName\":\"ACME GmbH (C-2) · subscription S-2 · entitlement ent-2\"")
                .doesNotContain("Abonnement");
    }
}
