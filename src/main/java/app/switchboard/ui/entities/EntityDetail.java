package app.switchboard.ui.entities;

import app.switchboard.audit.Api;
import app.switchboard.client.CallScope;
import app.switchboard.credentials.Environment;
import app.switchboard.client.ApiException;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.ops.Availability;
import app.switchboard.derconnect.EntityFeatureStatus;
import app.switchboard.derconnect.EntityType;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.DerFeatureGateway;
import app.switchboard.ops.SwitchState;
import app.switchboard.ui.common.change.AwaitingApproval;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected entity: its fields, its features (one row per known feature plus any the server
 * lists) and, while {@code CaptureChargeSessions} is on, its charge sessions of the last 30 days.
 * Selecting another entity cancels what the previous one still had in flight. JavaFX thread only.
 */
public final class EntityDetail {
    static final Duration SESSION_WINDOW = Duration.ofDays(30);

    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProperty<EntityRow> entity = new SimpleObjectProperty<>();
    private final ObservableList<FeatureRow> features = FXCollections.observableArrayList();
    private final ObjectProperty<PartState> featuresState = new SimpleObjectProperty<>(PartState.HIDDEN);
    private final StringProperty featuresProblem = new SimpleStringProperty();
    private final ObservableList<ChargeSessionRow> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<PartState> sessionsState = new SimpleObjectProperty<>(PartState.HIDDEN);
    private final StringProperty sessionsProblem = new SimpleStringProperty();
    private final ChangeRunner changes;
    private DerConnectApi der;
    private String environmentName;
    private CallScope scope = new CallScope();

    public EntityDetail(TaskRunner tasks, Messages messages, Clock clock, ChangeRunner changes) {
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.changes = changes;
        changes.awaiting().addListener(this::showAwaiting);
    }

    /** The environment the shown entity belongs to; null while none is shown. */
    public String environmentName() {
        return environmentName;
    }

    public ReadOnlyObjectProperty<EntityRow> entityProperty() {
        return entity;
    }

    public ObservableList<FeatureRow> features() {
        return features;
    }

    public Optional<FeatureRow> feature(String name) {
        return features.stream().filter(f -> f.feature().equals(name)).findFirst();
    }

    public ReadOnlyObjectProperty<PartState> featuresStateProperty() {
        return featuresState;
    }

    public ReadOnlyStringProperty featuresProblemProperty() {
        return featuresProblem;
    }

    public ObservableList<ChargeSessionRow> sessions() {
        return sessions;
    }

    public ReadOnlyObjectProperty<PartState> sessionsStateProperty() {
        return sessionsState;
    }

    public ReadOnlyStringProperty sessionsProblemProperty() {
        return sessionsProblem;
    }

    /** Shows {@code row}, reading its features from {@code api}; null clears the panel. */
    public void show(EntityRow row, DerConnectApi api, String environment) {
        environmentName = environment;
        scope.cancel();
        scope = new CallScope();
        der = api == null ? null : api.within(scope);
        entity.set(row);
        sessions.clear();
        sessionsState.set(PartState.HIDDEN);
        features.clear();
        if (row == null || der == null) {
            featuresState.set(PartState.HIDDEN);
            return;
        }
        for (KnownFeature known : KnownFeature.ALL) {
            features.add(new FeatureRow(known.name(), notApplicableReason(known, row.type())));
        }
        reloadFeatures();
    }

    /** Reads the features again (also the Retry after a failure). */
    public void reloadFeatures() {
        EntityRow row = entity.get();
        if (row == null || der == null) {
            return;
        }
        DerConnectApi api = der;
        featuresState.set(PartState.LOADING);
        featuresProblem.set(null);
        tasks.task(messages.get("entities.task.features", row.name()), progress -> api.features(row.id()))
                .onSuccess(list -> {
                    if (row == entity.get()) {
                        featuresArrived(row, list);
                    }
                })
                .onFailure(error -> {
                    if (row == entity.get() && error instanceof ApiException api404
                            && Availability.ofStatus(api404.status()).missing()) {
                        // the read is inferred, not documented: the switches work without it, state unknown
                        features.forEach(f -> f.stateUnknown(messages.get("entities.feature.noRead")));
                        featuresState.set(PartState.LOADED);
                        refreshSessions(row);
                    } else if (row == entity.get()) {
                        features.forEach(FeatureRow::unknown);
                        featuresProblem.set(ErrorText.reason(error, messages));
                        featuresState.set(PartState.FAILED);
                    }
                })
                .start();
    }

    /** The server's answer to a read or a write is the truth each switch shows. */
    void featuresArrived(EntityRow row, List<EntityFeatureStatus> list) {
        // features the server names that the console does not list yet get a row of their own
        features.addAll(list.stream().filter(f -> f != null && f.feature() != null).map(EntityFeatureStatus::feature)
                .distinct().filter(name -> feature(name).isEmpty()).map(name -> new FeatureRow(name, null)).toList());
        for (FeatureRow f : features) {
            if (f.status() != FeatureStatus.CHANGING) {
                // the engine's reading: not listed is off, no state or two contradicting states is unknown
                SwitchState said = DerFeatureGateway.stateOf(list, f.feature());
                if (said.isKnown()) {
                    f.serverSays(said.on());
                } else {
                    f.stateUnknown(messages.get("entities.feature.noState"));
                }
            }
        }
        showAwaiting();
        featuresState.set(PartState.LOADED);
        refreshSessions(row);
    }

    /**
     * "Awaiting approval" beside each switch an open change request holds, whoever asked; a switch
     * whose request was decided, withdrawn or applied is read again, so it shows what the server has.
     */
    private void showAwaiting() {
        EntityRow row = entity.get();
        if (row == null) {
            return;
        }
        boolean released = false;
        for (FeatureRow f : features) {
            var request = changes.awaiting().of(environmentName, Api.DER_CONNECT, row.id(), f.feature());
            if (request.isPresent() && f.status() != FeatureStatus.CHANGING) {
                f.awaitingApproval(f.isOn(), AwaitingApproval.words(request.get(), Api.DER_CONNECT, row.id(),
                        f.feature(), messages));
            } else if (request.isEmpty() && f.status() == FeatureStatus.AWAITING_APPROVAL) {
                released = true;
            }
        }
        if (released) {
            // also while a read is running: it may have been made before the request was applied
            reloadFeatures();
        }
    }

    /** Charge sessions exist only while capture is on, so they are listed only then. */
    void refreshSessions(EntityRow row) {
        // with the state unknown the sessions are asked for too: what they reveal is all there is to see
        boolean capturing = feature(KnownFeature.CAPTURE_CHARGE_SESSIONS.name())
                .map(f -> f.isApplicable() && (f.isOn() && f.status() == FeatureStatus.ENABLED || f.isStateUnknown()))
                .orElse(false);
        if (!capturing || der == null) {
            sessions.clear();
            sessionsState.set(PartState.HIDDEN);
            return;
        }
        DerConnectApi api = der;
        OffsetDateTime since = OffsetDateTime.ofInstant(clock.instant().minus(SESSION_WINDOW), ZoneOffset.UTC);
        sessionsState.set(PartState.LOADING);
        sessionsProblem.set(null);
        tasks.task(messages.get("entities.task.sessions", row.name()), progress -> {
            try (var records = api.chargeSessions(row.id(), since, null)) {
                return records.map(ChargeSessionRow::of).toList();
            }
        }).onSuccess(list -> {
            if (row == entity.get()) {
                sessions.setAll(list);
                sessionsState.set(PartState.LOADED);
            }
        }).onFailure(error -> {
            if (row == entity.get()) {
                sessions.clear();
                sessionsProblem.set(ErrorText.reason(error, messages));
                sessionsState.set(PartState.FAILED);
            }
        }).start();
    }

    /**
     * The operator flipped a switch: it shows the new position and "Changing…" at once, then the
     * change engine carries it out (confirmation, activity entry, notification with Undo) and the
     * server's answer becomes the final state.
     */
    void flip(FeatureRow feature, boolean desiredOn, Environment environment) {
        EntityRow row = entity.get();
        if (row == null || !feature.isSwitchable() || environment == null) {
            return;
        }
        ChangeTarget target = ChangeTarget.derFeature(environment, row.id(), feature.feature(), row.entity().name(),
                row.type() == null ? null : row.type().value(), row.identifier());
        Boolean seen = feature.seen();
        feature.changing(desiredOn);
        changes.change(ChangeRequest.set(target, seen, desiredOn), outcome -> settled(row, feature, outcome));
    }

    /** Outcomes reached elsewhere (Undo from a notification, Ctrl+Z, a bulk run) for the entity shown. */
    void outcomeElsewhere(ChangeOutcome outcome) {
        EntityRow row = entity.get();
        ChangeTarget target = outcome.request().target();
        if (row == null || target.api() != Api.DER_CONNECT || !target.targetId().equals(row.id())) {
            return;
        }
        feature(target.item()).filter(f -> f.status() != FeatureStatus.CHANGING)
                .ifPresent(f -> settled(row, f, outcome));
    }

    private void settled(EntityRow row, FeatureRow feature, ChangeOutcome outcome) {
        if (row != entity.get()) {
            return;
        }
        switch (outcome.kind()) {
            case SUCCEEDED -> feature.serverSays(outcome.after().on());
            case NOT_APPLIED -> feature.notApplied(outcome.after().on(), messages.text(outcome.summaryWords()));
            case REFUSED -> feature.refused(outcome.before() != null ? outcome.before() : outcome.request().seenOn(),
                    messages.text(outcome.words()));
            case STALE -> feature.serverSays(outcome.staleWrite().nowOn());
            case CANCELLED -> {
                if (outcome.awaitsApproval()) {
                    feature.awaitingApproval(outcome.request().seenOn(), messages.text(outcome.words()));
                } else {
                    feature.serverSays(outcome.request().seenOn());
                }
            }
            // the change may or may not have happened: ask the server
            case FAILED -> {
                feature.unknown();
                reloadFeatures();
            }
        }
        if (feature.feature().equals(KnownFeature.CAPTURE_CHARGE_SESSIONS.name())) {
            refreshSessions(row);
        }
    }

    /** Cancels what is in flight, when the view is left or the environment changes. */
    public void stop() {
        scope.cancel();
    }

    String notApplicableReason(KnownFeature feature, EntityType type) {
        if (type == null || feature.appliesTo(type)) {
            return null;
        }
        return messages.get("entities.feature.notApplicable", feature.name(), EntityTypes.label(messages, type));
    }
}
