package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.session.TestSessions;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings view in the real shell, on the Demo's real sandbox, with an in-memory secret store. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    private static final String SECRET = "s3cr3t-" + Long.toHexString(System.nanoTime());
    private static final String KEY = "fynnkey-" + Long.toHexString(System.nanoTime());
    private static final Path TEST_LOG = Path.of("target/test-logs/switchboard-tests.log");

    @TempDir
    Path home;
    private AppPaths paths;
    private AppContext context;
    private final InMemorySecretStore secrets = new InMemorySecretStore();

    @Start
    void start(Stage stage) {
        paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        context = AppContext.builder(paths)
                .environments(new JsonEnvironmentStore(paths))
                .secrets(secrets)
                .sandbox(SandboxConfig.builder().seed(11).build())
                .clock(TestSessions.CLOCK)
                .locale(Locale.ENGLISH)
                .appearance(() -> false)
                .sameThreadTasks()
                .build();
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anEnvironmentAddedInTheFormIsSavedListedAndItsSecretsStayInTheSecretStore(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        robot.clickOn("#addEnvironment");
        robot.clickOn("#envName").write("Staging NL");
        robot.interact(() -> {
            text(robot, "#envDerApiUrl").setText("https://der.staging.example.nl/api");
            text(robot, "#envDerTokenUrl").setText("https://login.staging.example.nl/token");
            text(robot, "#envClientId").setText("support-nl");
            text(robot, "#envFynnUrl").setText("https://fynn.staging.example.nl");
        });
        typeInto(robot, "#envDerSecret", SECRET);
        typeInto(robot, "#envFynnKey", KEY);
        robot.clickOn("#saveEnvironment");

        Environment saved = context.session().environments().stream()
                .filter(e -> e.name().equals("Staging NL")).findFirst().orElseThrow();
        assertThat(saved.risk()).isEqualTo(RiskLevel.TEST);
        assertThat(robot.lookup("#environmentSwitcher").queryAs(ComboBox.class).getItems()).contains(saved);
        assertThat(secrets.get(saved.derSecretKey())).contains(SECRET);
        assertThat(secrets.get(saved.fynnKeyKey())).contains(KEY);
        assertThat(robot.lookup("#envDerSecret").queryAs(PasswordField.class).getText())
                .as("the secret leaves the form once saved").isEmpty();
        assertThat(robot.lookup("#derSecretState").queryAs(Label.class).getText()).isEqualTo("Stored");

        context.settings().flush();
        Path environmentsFile = paths.config().resolve(JsonEnvironmentStore.FILE_NAME);
        assertThat(Files.readString(environmentsFile)).contains("Staging NL").doesNotContain(SECRET, KEY);
        assertThat(Files.readString(context.settings().file())).doesNotContain(SECRET, KEY);
        if (Files.exists(TEST_LOG)) {
            assertThat(Files.readString(TEST_LOG)).doesNotContain(SECRET, KEY);
        }
    }

    @Test
    void selectingAnEnvironmentNeverPrefillsItsStoredSecrets(FxRobot robot) {
        Environment stored = storeEnvironment("Production CH");
        robot.clickOn("#navSettings");
        robot.clickOn("Production CH  ·  Production");

        assertThat(text(robot, "#envName").getText()).isEqualTo("Production CH");
        assertThat(robot.lookup("#envDerSecret").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#envFynnKey").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#derSecretState").queryAs(Label.class).getText()).isEqualTo("Stored");
        assertThat(robot.lookup("#fynnKeyState").queryAs(Label.class).getText()).isEqualTo("Not stored");
        assertThat(secrets.get(stored.derSecretKey())).contains(SECRET);
    }

    @Test
    void removingAnEnvironmentAsksFirstThenDeletesItFromFileAndSwitcher(FxRobot robot) throws Exception {
        Environment stored = storeEnvironment("Production CH");
        robot.clickOn("#navSettings");
        robot.clickOn("Production CH  ·  Production");
        robot.clickOn("#removeEnvironment");
        robot.clickOn("#confirmRemove");

        assertThat(context.session().environments()).extracting(Environment::name).containsExactly("Demo");
        assertThat(Files.readString(paths.config().resolve(JsonEnvironmentStore.FILE_NAME))).doesNotContain("Production CH");
        assertThat(secrets.get(stored.derSecretKey())).isEmpty();
    }

    @Test
    void theFaultPanelChangesTheRunningDemoSandbox(FxRobot robot) {
        Sandbox sandbox = runningSandbox();
        robot.clickOn("#navSettings");
        robot.clickOn("Demo faults");
        robot.interact(() -> {
            robot.lookup("#faultLatency").queryAs(Spinner.class).getValueFactory().setValue(200);
            robot.lookup("#faultSERVER_ERROR").queryAs(Spinner.class).getValueFactory().setValue(10.0);
            robot.lookup("#faultRATE_LIMITED").queryAs(Spinner.class).getValueFactory().setValue(5.0);
        });
        robot.clickOn("#applyFaults");
        assertThat(robot.lookup("#faultFeedback").queryAs(Label.class).getText()).startsWith("Applied");

        FaultSettings now = sandbox.faults().settings();
        assertThat(now.latencyMs()).isEqualTo(200);
        assertThat(now.serverErrorRate()).isEqualTo(0.10);
        assertThat(now.rateLimitRate()).isEqualTo(0.05);
        assertThat(now.unavailableRate()).isZero();

        robot.clickOn("#editNow");
        assertThat(sandbox.faults().counters().get("editorChanges")).isEqualTo(5L);
        assertThat(robot.lookup("Concurrent edits").tryQuery()).isPresent();
    }

    @Test
    void theLanguageChoiceIsStoredInTheSettings(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        robot.clickOn("Language and files");
        robot.clickOn("#language").clickOn("Deutsch");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.settings().current().language()).isEqualTo("de");
        assertThat(Files.readString(context.settings().file())).contains("\"language\" : \"de\"");
        assertThat(robot.lookup("The new language applies after a restart of Switchboard.").tryQuery()).isPresent();
    }

    @Test
    void theAboutDialogNamesTheRuntimeAndWhereFilesAre(FxRobot robot) {
        robot.clickOn("#aboutButton");

        assertThat(text(robot, "#aboutJava").getText()).startsWith(System.getProperty("java.version"));
        assertThat(text(robot, "#aboutJavafx").getText()).isEqualTo(System.getProperty("javafx.version"));
        assertThat(text(robot, "#aboutLogs").getText()).isEqualTo(paths.logs().toString());
        assertThat(text(robot, "#aboutActivity").getText()).isEqualTo(paths.activity().toString());
        assertThat(text(robot, "#aboutSettings").getText()).isEqualTo(context.settings().file().toString());
        assertThat(text(robot, "#aboutSecrets").getText()).contains(paths.data().toString());
        robot.clickOn("#aboutClose");
    }

    @Test
    void everyControlInTheSettingsViewHasAnAccessibleText(FxRobot robot) {
        robot.clickOn("#navSettings");
        for (String tab : new String[] {"Environments", "Secret store", "Demo faults", "Language and files"}) {
            robot.clickOn(tab);
            robot.lookup("#settingsView .text-field, #settingsView .button, #settingsView .combo-box-base, "
                            + "#settingsView .spinner, #settingsView .check-box, #settingsView .list-view")
                    .queryAll().stream()
                    .filter(node -> node.isVisible() && node.getScene() != null && node.isManaged())
                    .filter(node -> !node.getStyleClass().contains("arrow-button"))
                    .filter(node -> node.getParent() == null || !node.getParent().getStyleClass().contains("spinner"))
                    .forEach(node -> assertThat(node.getAccessibleText()).as(tab + ": " + node).isNotBlank());
        }
    }

    private Environment storeEnvironment(String name) {
        Environment environment = new Environment(name, "#c62828", RiskLevel.PRODUCTION, "https://der.example.ch/api",
                "https://login.example.ch/token", "support", "esp", "https://fynn.example.ch", true);
        robotless(() -> {
            new JsonEnvironmentStore(paths).save(environment);
            secrets.put(environment.derSecretKey(), SECRET);
            context.session().reloadEnvironments();
        });
        return environment;
    }

    private Sandbox runningSandbox() {
        return context.session().connection()
                .map(c -> (ApiConnector.Connection) c)
                .flatMap(ApiConnector.Connection::sandbox)
                .orElseThrow(() -> new AssertionError("the Demo should be connected"));
    }

    private static void robotless(Runnable onFx) {
        WaitForAsyncUtils.asyncFx(onFx);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The form is taller than the test window: focus the field directly, then type as an operator would. */
    private static void typeInto(FxRobot robot, String query, String typed) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.write(typed);
    }

    private static TextField text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }
}
