package app.switchboard.ui.settings;

import app.switchboard.audit.Api;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.credentials.SharedEnvironmentStore;
import app.switchboard.ops.ConnectionCheck;
import app.switchboard.ops.ConnectionReport;
import app.switchboard.ops.ConnectionTest;
import app.switchboard.ops.OfferedReads;
import app.switchboard.capabilities.CapabilityProbe;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.settings.EnvironmentForm.SecretState;
import app.switchboard.ui.settings.EnvironmentWriter.SecretChange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Environments tab of Settings: the list, the form of the selected (or new) environment, saving
 * and removing through the stores in the background, and "Test connection".
 */
public final class EnvironmentsViewModel {
    /** Feedback under the form: what happened, and whether it went wrong. */
    public record Feedback(String text, boolean problem) {
    }

    private final EnvironmentSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final EnvironmentWriter writer;
    private final ConnectionTest connectionTest;
    private final EnvironmentForm form;
    private final EnvironmentTeamModel team;
    private final ObjectProperty<Environment> selected = new SimpleObjectProperty<>();
    private final BooleanProperty editable = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty testing = new SimpleBooleanProperty();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();
    private final StringProperty testHeading = new SimpleStringProperty();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<ConnectionCheck> checks = FXCollections.observableArrayList();
    private final List<BiConsumer<String, Api>> credentialListeners = new CopyOnWriteArrayList<>();
    private RunningTask runningTest;

    public EnvironmentsViewModel(EnvironmentStore store, SecretStore secrets, EnvironmentSession session,
                                 TaskRunner tasks, Messages messages, SharedHttp http, ReadOnlyApis readOnly) {
        this(store, secrets, session, tasks, messages, http, readOnly, null);
    }

    /** @param offered where Test connection records which inferred DER Connect reads the environment offers; null: not probed */
    public EnvironmentsViewModel(EnvironmentStore store, SecretStore secrets, EnvironmentSession session,
                                 TaskRunner tasks, Messages messages, SharedHttp http, ReadOnlyApis readOnly,
                                 OfferedReads offered) {
        this(store, secrets, session, tasks, messages, http, readOnly, offered, null);
    }

    /** @param shared the team's environments beside this computer's ("Publish to team"); null: no team */
    public EnvironmentsViewModel(EnvironmentStore store, SecretStore secrets, EnvironmentSession session,
                                 TaskRunner tasks, Messages messages, SharedHttp http, ReadOnlyApis readOnly,
                                 OfferedReads offered, SharedEnvironmentStore shared) {
        this(new EnvironmentWriter(store, secrets), offered == null ? new ConnectionTest(http, secrets)
                : new ConnectionTest(http, secrets).probing((environment, der) ->
                new CapabilityProbe(offered).probe(environment, der, null)), session, tasks, messages, shared);
        // new credentials may carry the permission a 403 said was missing
        onCredentialsChanged(readOnly::credentialsChanged);
    }

    EnvironmentsViewModel(EnvironmentWriter writer, ConnectionTest connectionTest, EnvironmentSession session,
                          TaskRunner tasks, Messages messages) {
        this(writer, connectionTest, session, tasks, messages, null);
    }

    private EnvironmentsViewModel(EnvironmentWriter writer, ConnectionTest connectionTest, EnvironmentSession session,
                                  TaskRunner tasks, Messages messages, SharedEnvironmentStore shared) {
        this.writer = writer;
        this.connectionTest = connectionTest;
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.form = new EnvironmentForm(messages);
        this.team = new EnvironmentTeamModel(shared, session, tasks, messages, feedback::set, id ->
                environments().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(this::select));
        // the team changed an environment, or its database went away: say so for the one shown
        session.environments().addListener((javafx.collections.ListChangeListener<Environment>) change ->
                team.show(selected.get()));
    }

    /** Publishing to the team and where the selected environment comes from. */
    public EnvironmentTeamModel team() {
        return team;
    }

    /** Whether the environment was made here or comes from the team, for the list's cells. */
    public app.switchboard.credentials.EnvironmentOrigin originOf(Environment environment) {
        return session.originOf(environment);
    }

    /** The session's list, so the switcher in the toolbar and this list always agree. */
    public ObservableList<Environment> environments() {
        return session.environments();
    }

    public EnvironmentForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<Environment> selectedProperty() {
        return selected;
    }

    /** False for the built-in Demo, whose settings come from the embedded sandbox. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing;
    }

    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<ConnectionCheck> checks() {
        return checks;
    }

    /** One check as the operator reads it, e.g. "Fynn API key — Failed: Key rejected: invalid key". */
    public String line(ConnectionCheck check) {
        return messages.text(check.step().words()) + " — " + messages.get("settings.test.outcome." + check.outcome().name())
                + ": " + messages.text(check.words());
    }

    public ReadOnlyStringProperty testHeadingProperty() {
        return testHeading;
    }

    /**
     * Called on the FX thread with the environment and API whose credentials were replaced or
     * removed; the application tells {@code ReadOnlyApis.credentialsChanged} through it.
     */
    public void onCredentialsChanged(BiConsumer<String, Api> listener) {
        credentialListeners.add(listener);
    }

    public void select(Environment environment) {
        if (environment == null) {
            return;
        }
        selected.set(environment);
        form.load(environment);
        editable.set(!environment.isDemo());
        problems.clear();
        feedback.set(null);
        clearTest();
        if (!environment.isDemo()) {
            lookUpSecretStates(environment);
        }
        team.show(environment);
    }

    public void newEnvironment() {
        selected.set(null);
        form.clear();
        editable.set(true);
        problems.clear();
        feedback.set(new Feedback(messages.get("settings.env.new.hint"), false));
        clearTest();
        team.show(null);
    }

    /** Validates, then writes in the background; the typed secrets leave the form at once. */
    public void save() {
        if (!editable.get() || busy.get()) {
            return;
        }
        problems.setAll(form.problems(environments()));
        if (!problems.isEmpty()) {
            feedback.set(new Feedback(messages.get("settings.env.notSaved"), true));
            return;
        }
        Environment environment = form.toEnvironment();
        String previousName = form.originalName();
        SecretChange der = new SecretChange(form.derSecret.get(), form.removeDerSecret.get());
        SecretChange fynn = new SecretChange(form.fynnKey.get(), form.removeFynnKey.get());
        form.clearSecrets(SecretState.UNKNOWN);
        busy.set(true);
        tasks.task(messages.get("settings.env.saving", environment.name()),
                        progress -> writer.save(environment, previousName, der, fynn))
                .notCancellable()
                .onSuccess(changed -> saved(environment, previousName, changed))
                .onFailure(error -> {
                    busy.set(false);
                    feedback.set(new Feedback(messages.get("settings.env.saveFailed", ErrorText.reason(error, messages)), true));
                    lookUpSecretStates(environment);
                })
                .start();
    }

    /** Removes the selected environment and its secrets; the Demo cannot be removed. */
    public void remove() {
        Environment environment = selected.get();
        if (environment == null || environment.isDemo() || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.task(messages.get("settings.env.removing", environment.name()), progress -> {
                    writer.remove(environment);
                    return null;
                })
                .notCancellable()
                .onSuccess(nothing -> {
                    busy.set(false);
                    session.reloadEnvironments();
                    if (environment.name().equals(nameOf(session.current()))) {
                        session.switchTo(environments().get(0));
                    }
                    select(environments().get(0));
                    feedback.set(new Feedback(messages.get("settings.env.removed", environment.name()), false));
                })
                .onFailure(error -> {
                    busy.set(false);
                    feedback.set(new Feedback(messages.get("settings.env.removeFailed", ErrorText.reason(error, messages)), true));
                })
                .start();
    }

    /** Tests the selected environment as saved (Demo: the running sandbox) in the background. */
    public void testConnection() {
        Environment stored = selected.get();
        if (stored == null || testing.get()) {
            return;
        }
        Optional<Environment> target = testable(stored);
        if (target.isEmpty()) {
            testHeading.set(messages.get("settings.test.demoNotRunning"));
            checks.clear();
            return;
        }
        testing.set(true);
        checks.clear();
        testHeading.set(messages.get("settings.test.running", stored.name()));
        runningTest = tasks.task(messages.get("settings.test.running", stored.name()),
                        progress -> connectionTest.run(target.get()))
                .onSuccess(this::showReport)
                .onFailure(error -> {
                    testing.set(false);
                    testHeading.set(messages.get("settings.test.failed", ErrorText.reason(error, messages)));
                })
                .onCancelled(() -> {
                    testing.set(false);
                    testHeading.set(messages.get("settings.test.cancelled"));
                })
                .start();
    }

    /** Stops a running connection test, for example when the view is left. */
    public void cancelTest() {
        if (runningTest != null) {
            runningTest.cancel();
        }
    }

    private void showReport(ConnectionReport report) {
        testing.set(false);
        checks.setAll(report.checks());
        testHeading.set(messages.get(report.allOk() ? "settings.test.allOk" : "settings.test.someFailed",
                report.environment()));
    }

    /** Demo's stored entry has no URLs; the running sandbox's are on the session's connection. */
    private Optional<Environment> testable(Environment stored) {
        if (!stored.isDemo()) {
            return Optional.of(stored);
        }
        return session.connection().map(c -> c.environment()).filter(Environment::isDemo);
    }

    private void saved(Environment environment, String previousName, Set<Api> changed) {
        busy.set(false);
        session.reloadEnvironments();
        Environment reloaded = environments().stream().filter(e -> e.name().equals(environment.name()))
                .findFirst().orElse(environment);
        select(reloaded);
        String current = nameOf(session.current());
        if (environment.name().equals(current) || (previousName != null && previousName.equals(current))) {
            // the open connection still uses the old URLs; reconnect with what was just saved
            session.switchTo(reloaded);
        }
        feedback.set(new Feedback(messages.get("settings.env.saved", environment.name()), false));
        for (Api api : changed) {
            credentialListeners.forEach(l -> l.accept(environment.name(), api));
            if (previousName != null && !previousName.equals(environment.name())) {
                credentialListeners.forEach(l -> l.accept(previousName, api));
            }
        }
    }

    private void lookUpSecretStates(Environment environment) {
        tasks.task(messages.get("settings.env.checkingSecrets", environment.name()),
                        progress -> new boolean[] {writer.isStored(environment.derSecretKey()),
                                writer.isStored(environment.fynnKeyKey())})
                .onSuccess(stored -> {
                    if (environment.name().equals(form.originalName())) {
                        form.derSecretState.set(stored[0] ? SecretState.STORED : SecretState.NOT_STORED);
                        form.fynnKeyState.set(stored[1] ? SecretState.STORED : SecretState.NOT_STORED);
                    }
                })
                .onFailure(error -> feedback.set(new Feedback(
                        messages.get("settings.env.secretsUnreadable", ErrorText.reason(error, messages)), true)))
                .start();
    }

    private void clearTest() {
        cancelTest();
        checks.clear();
        testHeading.set(null);
    }

    private static String nameOf(Environment environment) {
        return environment == null ? null : environment.name();
    }
}
