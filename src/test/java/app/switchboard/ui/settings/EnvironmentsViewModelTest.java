package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.Api;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ops.ConnectionCheck;
import app.switchboard.ops.NoBackendConnector;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.session.TestSessions;
import app.switchboard.ui.settings.EnvironmentForm.SecretState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentsViewModelTest {
    private static final String DER_SECRET = "der-secret-7f3a9c1e";
    private static final String FYNN_KEY = "fynn-key-b84d20aa";

    @TempDir
    Path home;
    private final List<String> errors = new ArrayList<>();
    private final InMemorySecretStore secrets = new InMemorySecretStore();
    private final SharedHttp http = new SharedHttp();
    private JsonEnvironmentStore store;
    private EnvironmentSession session;
    private EnvironmentsViewModel model;
    private final ReadOnlyApis readOnly = new ReadOnlyApis();

    private EnvironmentsViewModel model() {
        return model(Locale.ENGLISH);
    }

    private EnvironmentsViewModel model(Locale locale) {
        store = new JsonEnvironmentStore(home.resolve("environments.json"));
        TaskRunner tasks = TaskRunner.sameThread((what, error) -> errors.add(what));
        Messages messages = Messages.load(locale);
        session = new EnvironmentSession(store, new NoBackendConnector(), tasks, TestSessions.CLOCK, messages);
        model = new EnvironmentsViewModel(store, secrets, session, tasks, messages, http, readOnly);
        return model;
    }

    @AfterEach
    void closeHttp() {
        http.close();
    }

    @Test
    void addingAnEnvironmentWritesItToTheFileAndTheSwitcherListAndItsSecretsOnlyToTheStore() throws Exception {
        model();
        model.newEnvironment();
        fill(model.form(), "Production EU", "https://der.example.com/api");
        model.form().derSecret.set(DER_SECRET);
        model.form().fynnKey.set(FYNN_KEY);

        model.save();

        String json = Files.readString(store.file());
        assertThat(json).contains("Production EU", "https://der.example.com/api")
                .doesNotContain(DER_SECRET, FYNN_KEY);
        assertThat(session.environments()).extracting(Environment::name).containsExactly("Demo", "Production EU");
        Environment saved = store.find("Production EU").orElseThrow();
        assertThat(secrets.get(saved.derSecretKey())).contains(DER_SECRET);
        assertThat(secrets.get(saved.fynnKeyKey())).contains(FYNN_KEY);
        assertThat(model.feedbackProperty().get().problem()).isFalse();
    }

    @Test
    void storedSecretsAreShownAsStoredButNeverLoadedIntoTheForm() {
        model();
        addProduction();

        model.select(store.find("Production EU").orElseThrow());

        assertThat(model.form().derSecret.get()).isEmpty();
        assertThat(model.form().fynnKey.get()).isEmpty();
        assertThat(model.form().derSecretState.get()).isEqualTo(SecretState.STORED);
        assertThat(model.form().fynnKeyState.get()).isEqualTo(SecretState.STORED);
    }

    @Test
    void editingWithEmptySecretFieldsKeepsTheStoredSecrets() {
        model();
        addProduction();
        model.select(store.find("Production EU").orElseThrow());
        model.form().derApiUrl.set("https://der2.example.com/api");

        model.save();

        Environment saved = store.find("Production EU").orElseThrow();
        assertThat(saved.derApiUrl()).isEqualTo("https://der2.example.com/api");
        assertThat(secrets.get(saved.derSecretKey())).contains(DER_SECRET);
        assertThat(secrets.get(saved.fynnKeyKey())).contains(FYNN_KEY);
    }

    @Test
    void removeStoredSecretDeletesOnlyThatSecretAndTellsWhoseCredentialsChanged() {
        model();
        addProduction();
        readOnly.markReadOnly("Production EU", Api.FYNN, "403 on a write");
        model.select(store.find("Production EU").orElseThrow());
        model.form().removeFynnKey.set(true);

        model.save();

        Environment saved = store.find("Production EU").orElseThrow();
        assertThat(secrets.get(saved.fynnKeyKey())).isEmpty();
        assertThat(secrets.get(saved.derSecretKey())).contains(DER_SECRET);
        assertThat(model.form().fynnKeyState.get()).isEqualTo(SecretState.NOT_STORED);
        assertThat(readOnly.isReadOnly("Production EU", Api.FYNN)).isFalse();
    }

    @Test
    void renamingMovesTheSecretsToTheNewName() {
        model();
        addProduction();
        model.select(store.find("Production EU").orElseThrow());
        model.form().name.set("Production DE");

        model.save();

        assertThat(session.environments()).extracting(Environment::name).containsExactly("Demo", "Production DE");
        Environment renamed = store.find("Production DE").orElseThrow();
        assertThat(secrets.get(renamed.derSecretKey())).contains(DER_SECRET);
        assertThat(secrets.get("switchboard/Production EU/der-client-secret")).isEmpty();
    }

    @Test
    void removingAnEnvironmentDeletesItAndItsSecrets() throws Exception {
        model();
        addProduction();
        Environment production = store.find("Production EU").orElseThrow();
        model.select(production);

        model.remove();

        assertThat(Files.readString(store.file())).doesNotContain("Production EU");
        assertThat(session.environments()).extracting(Environment::name).containsExactly("Demo");
        assertThat(secrets.get(production.derSecretKey())).isEmpty();
        assertThat(secrets.get(production.fynnKeyKey())).isEmpty();
        assertThat(model.selectedProperty().get().isDemo()).isTrue();
    }

    @Test
    void theDemoCannotBeEditedOrRemoved() {
        model();
        model.select(session.environments().get(0));
        assertThat(model.editableProperty().get()).isFalse();
        model.remove();
        assertThat(session.environments()).extracting(Environment::name).containsExactly("Demo");
    }

    @Test
    void problemsAreListedInWordsAndNothingIsSaved() {
        model();
        model.newEnvironment();
        fill(model.form(), "Demo", "http://der.example.com/api");
        model.form().clientId.set("");

        model.save();

        assertThat(model.problems()).anyMatch(p -> p.contains("Demo belongs to the built-in environment"))
                .anyMatch(p -> p.contains("must use https"))
                .anyMatch(p -> p.contains("client id is missing"));
        assertThat(model.feedbackProperty().get().problem()).isTrue();
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void inGermanTheSettingsChecksSpeakGerman() {
        model(Locale.GERMAN);
        model.newEnvironment();
        fill(model.form(), "Produktion", "http://der.example.com/api");
        model.form().clientId.set("");

        model.save();

        assertThat(model.problems()).contains(
                "DER-Connect-API-URL muss https verwenden: Zugangsdaten werden nie unverschlüsselt an einen anderen Rechner gesendet",
                "Die DER-Connect-Client-ID fehlt");
        assertThat(String.join("\n", model.problems())).doesNotContain("must", "missing");
    }

    @Test
    void inGermanTheConnectionTestSaysEachStepInGermanAndKeepsTheServersWords() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(7).build())) {
            model(Locale.GERMAN);
            addSandboxEnvironment(sandbox, "not-the-right-key");

            model.testConnection();

            List<String> lines = model.checks().stream().map(model::line).toList();
            assertThat(lines.get(0)).startsWith("DER-Connect-Anmeldung — ").endsWith(": Token in Ordnung");
            assertThat(lines.get(1)).startsWith("DER-Connect-Entitäten — ").contains("Erreichbar");
            assertThat(lines.get(2)).startsWith("Fynn-API-Schlüssel — ").contains(": Schlüssel abgelehnt");
            assertThat(String.join("\n", lines)).doesNotContain("Token OK", "Key rejected", "Reachable");
        }
    }

    @Test
    void aSecondEnvironmentWithTheSameNameIsRefused() {
        model();
        addProduction();
        model.newEnvironment();
        fill(model.form(), "production eu", "https://der.example.com/api");
        model.save();
        assertThat(model.problems()).anyMatch(p -> p.contains("already an environment called production eu"));
    }

    @Test
    void testConnectionAgainstARunningSandboxReportsEveryStepOk() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(7).build())) {
            model();
            addSandboxEnvironment(sandbox, sandbox.fynnApiKey());

            model.testConnection();

            assertThat(model.checks()).extracting(ConnectionCheck::outcome).containsOnly(ConnectionCheck.Outcome.OK);
            assertThat(model.checks()).extracting(c -> c.words().english())
                    .anyMatch(w -> w.startsWith("Token OK")).anyMatch(w -> w.startsWith("Key OK"));
            assertThat(model.testHeadingProperty().get()).isEqualTo("Everything works for Local sandbox.");
        }
    }

    @Test
    void testConnectionWithAWrongKeySaysTheKeyWasRejected() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(7).build())) {
            model();
            addSandboxEnvironment(sandbox, "not-the-right-key");

            model.testConnection();

            ConnectionCheck fynn = model.checks().stream().filter(c -> c.step() == ConnectionCheck.Step.FYNN_KEY).findFirst().orElseThrow();
            assertThat(fynn.outcome()).isEqualTo(ConnectionCheck.Outcome.FAILED);
            assertThat(fynn.words().english()).startsWith("Key rejected");
            assertThat(model.testHeadingProperty().get()).startsWith("Some checks failed");
        }
    }

    @Test
    void testingTheDemoWhileItIsNotRunningSaysSo() {
        model();
        model.select(session.environments().get(0));
        model.testConnection();
        assertThat(model.testHeadingProperty().get()).contains("Demo is not running");
        assertThat(model.checks()).isEmpty();
    }

    private void addSandboxEnvironment(Sandbox sandbox, String fynnKey) {
        model.newEnvironment();
        EnvironmentForm form = model.form();
        form.name.set("Local sandbox");
        form.risk.set(RiskLevel.TEST);
        form.derApiUrl.set(sandbox.derApiUrl());
        form.derTokenUrl.set(sandbox.derTokenUrl());
        form.clientId.set(sandbox.clientId());
        form.fynnUrl.set(sandbox.fynnUrl());
        form.derSecret.set(sandbox.clientSecret());
        form.fynnKey.set(fynnKey);
        model.save();
        assertThat(model.problems()).isEmpty();
    }

    private void addProduction() {
        model.newEnvironment();
        fill(model.form(), "Production EU", "https://der.example.com/api");
        model.form().derSecret.set(DER_SECRET);
        model.form().fynnKey.set(FYNN_KEY);
        model.save();
        assertThat(model.problems()).isEmpty();
    }

    private static void fill(EnvironmentForm form, String name, String derApiUrl) {
        form.name.set(name);
        form.colour.set("#c62828");
        form.risk.set(RiskLevel.PRODUCTION);
        form.derApiUrl.set(derApiUrl);
        form.derTokenUrl.set("https://login.example.com/token");
        form.clientId.set("switchboard-support");
        form.scope.set("esp");
        form.fynnUrl.set("https://coreapi.example.com");
        form.requireReason.set(true);
    }
}
