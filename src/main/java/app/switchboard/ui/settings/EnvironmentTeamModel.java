package app.switchboard.ui.settings;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentOrigin;
import app.switchboard.credentials.PublishedEnvironment;
import app.switchboard.credentials.SharedEnvironmentStore;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.settings.EnvironmentsViewModel.Feedback;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The team part of Settings → Environments (docs/TEAM.md, "Shared environments"): where the selected
 * environment comes from in a sentence, "Publish to team", "Remove from team" and "Take the team's
 * version", each in the background with its outcome in words (an operator's publish is refused by
 * the database, and said so).
 */
public final class EnvironmentTeamModel {
    private final SharedEnvironmentStore store;
    private final EnvironmentSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Feedback> feedback;
    private final Consumer<String> reselect;
    private final StringProperty origin = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty();
    private final BooleanProperty available = new SimpleBooleanProperty();
    private final BooleanProperty canPublish = new SimpleBooleanProperty();
    private final BooleanProperty canUnpublish = new SimpleBooleanProperty();
    private final BooleanProperty canTake = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Environment shown;

    /**
     * @param store    null where there is no team (tests of the form alone)
     * @param feedback where outcomes are said (the form's feedback line)
     * @param reselect selects the environment of this name again after the list was re-read
     */
    EnvironmentTeamModel(SharedEnvironmentStore store, EnvironmentSession session, TaskRunner tasks, Messages messages,
                         Consumer<Feedback> feedback, Consumer<String> reselect) {
        this.store = store;
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.feedback = feedback;
        this.reselect = reselect;
    }

    /** Shows where {@code environment} comes from and what can be done with it; null for a new one. */
    void show(Environment environment) {
        shown = environment;
        boolean team = store != null && store.teamInUse();
        available.set(team);
        EnvironmentOrigin from = session.originOf(environment);
        origin.set(environment == null || environment.isDemo() || !(team || from.fromTeam()) ? null
                : messages.text(from.sentence()));
        status.set(store == null ? null : store.status().map(s -> messages.text(s.words(ZoneId.systemDefault()))).orElse(null));
        boolean editable = environment != null && !environment.isDemo();
        canPublish.set(team && editable && from.kind() != EnvironmentOrigin.Kind.TEAM);
        canUnpublish.set(team && editable && (from.kind() == EnvironmentOrigin.Kind.TEAM
                || from.kind() == EnvironmentOrigin.Kind.EDITED_HERE));
        canTake.set(team && editable && from.kind() == EnvironmentOrigin.Kind.EDITED_HERE);
    }

    public void publish() {
        act("settings.env.team.publishing", () -> {
            PublishedEnvironment published = store.publish(shown.name());
            return messages.get("settings.env.team.published", published.definition().name(), published.revision());
        });
    }

    public void unpublish() {
        act("settings.env.team.unpublishing", () -> {
            store.unpublish(shown.name());
            return messages.get("settings.env.team.unpublished", shown.name());
        });
    }

    public void takeTeamVersion() {
        act("settings.env.team.taking", () -> {
            Environment taken = store.takeTeamVersion(shown.name());
            return messages.get("settings.env.team.taken", taken.name());
        });
    }

    @FunctionalInterface
    private interface Step {
        String run() throws Exception;
    }

    private void act(String runningKey, Step step) {
        Environment environment = shown;
        if (environment == null || store == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.task(messages.get(runningKey, environment.name()), progress -> step.run())
                .notCancellable()
                .onSuccess(done -> {
                    busy.set(false);
                    session.reloadEnvironments();
                    reselect.accept(environment.id());
                    feedback.accept(new Feedback(done, false));
                })
                .onFailure(error -> {
                    busy.set(false);
                    feedback.accept(new Feedback(messages.get("settings.env.team.failed", environment.name(),
                            ErrorText.reason(error, messages)), true));
                })
                .start();
    }

    /** The selected environment's origin in a sentence; null without a team. */
    public ReadOnlyStringProperty originProperty() {
        return origin;
    }

    /** "Environments from the team: current as of 14:02", or that they are the last known ones. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Whether a team database is set up, so the team's buttons are offered. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyBooleanProperty canPublishProperty() {
        return canPublish;
    }

    public ReadOnlyBooleanProperty canUnpublishProperty() {
        return canUnpublish;
    }

    public ReadOnlyBooleanProperty canTakeProperty() {
        return canTake;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
