package app.switchboard.ui.settings;

import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.ops.NoBackendConnector;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Types an environment and its secrets into the Settings view model and saves it, as an operator
 * would, for tests outside this package (the resilience suite's credential hygiene check).
 */
public final class SettingsEntry {
    private SettingsEntry() {
    }

    /** Saves {@code env} with its two secrets through the form; returns what the view model reported as problems. */
    public static List<String> save(EnvironmentStore store, SecretStore secrets, SharedHttp http, Environment env,
                                    String derSecret, String fynnKey) {
        List<String> errors = new ArrayList<>();
        TaskRunner tasks = TaskRunner.sameThread((what, error) -> errors.add(what + ": " + error));
        Messages messages = Messages.load(Locale.ENGLISH);
        EnvironmentSession session = new EnvironmentSession(store, new NoBackendConnector(), tasks, Clock.systemUTC(),
                messages);
        EnvironmentsViewModel model = new EnvironmentsViewModel(store, secrets, session, tasks, messages, http,
                new ReadOnlyApis());
        model.newEnvironment();
        EnvironmentForm form = model.form();
        form.name.set(env.name());
        form.colour.set(env.colour());
        form.risk.set(env.risk());
        form.derApiUrl.set(env.derApiUrl());
        form.derTokenUrl.set(env.derTokenUrl());
        form.clientId.set(env.derClientId());
        form.scope.set(env.derScope());
        form.fynnUrl.set(env.fynnUrl());
        form.requireReason.set(env.requireReason());
        form.derSecret.set(derSecret);
        form.fynnKey.set(fynnKey);
        model.save();
        errors.addAll(model.problems());
        if (model.feedbackProperty().get() != null && model.feedbackProperty().get().problem()) {
            errors.add(model.feedbackProperty().get().text());
        }
        return errors;
    }
}
