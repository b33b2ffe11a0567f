package app.switchboard.ui.settings;

import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentCheck;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ui.common.fx.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of the environment form. The secret fields only ever hold what the operator types
 * now: a stored secret is shown as "stored" / "not stored", never loaded into the form.
 */
public final class EnvironmentForm {
    static final String NEW_COLOUR = "#1565c0";

    /** The secret's state in the store, as far as the form knows. */
    public enum SecretState {
        UNKNOWN, STORED, NOT_STORED,
        /** Demo's credentials: made up by the sandbox at every start, kept in memory only. */
        GENERATED
    }

    private final Messages messages;
    private String originalName;
    /** The edited environment's id, kept through the edit; null for a new environment. */
    private String originalId;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty colour = new SimpleStringProperty(NEW_COLOUR);
    final ObjectProperty<RiskLevel> risk = new SimpleObjectProperty<>(RiskLevel.TEST);
    final StringProperty derApiUrl = new SimpleStringProperty("");
    final StringProperty derTokenUrl = new SimpleStringProperty("");
    final StringProperty clientId = new SimpleStringProperty("");
    final StringProperty scope = new SimpleStringProperty("esp");
    final StringProperty fynnUrl = new SimpleStringProperty("");
    final BooleanProperty requireReason = new SimpleBooleanProperty();
    /* not edited here yet; kept so that saving the form never drops an environment's approval rule */
    private ApprovalRule approval = ApprovalRule.NONE;
    final StringProperty derSecret = new SimpleStringProperty("");
    final StringProperty fynnKey = new SimpleStringProperty("");
    final ObjectProperty<SecretState> derSecretState = new SimpleObjectProperty<>(SecretState.NOT_STORED);
    final ObjectProperty<SecretState> fynnKeyState = new SimpleObjectProperty<>(SecretState.NOT_STORED);
    final BooleanProperty removeDerSecret = new SimpleBooleanProperty();
    final BooleanProperty removeFynnKey = new SimpleBooleanProperty();

    EnvironmentForm(Messages messages) {
        this.messages = messages;
    }

    /** Fills the form from a stored environment; the secret states arrive later from the store. */
    void load(Environment environment) {
        originalName = environment.name();
        originalId = environment.id();
        name.set(environment.name());
        colour.set(environment.colour() == null ? NEW_COLOUR : environment.colour());
        risk.set(environment.risk());
        derApiUrl.set(orEmpty(environment.derApiUrl()));
        derTokenUrl.set(orEmpty(environment.derTokenUrl()));
        clientId.set(orEmpty(environment.derClientId()));
        scope.set(orEmpty(environment.derScope()));
        fynnUrl.set(orEmpty(environment.fynnUrl()));
        requireReason.set(environment.requireReason());
        approval = environment.approval();
        clearSecrets(environment.isDemo() ? SecretState.GENERATED : SecretState.UNKNOWN);
    }

    /** Empties the form for a new environment. */
    void clear() {
        originalName = null;
        originalId = null;
        name.set("");
        colour.set(NEW_COLOUR);
        risk.set(RiskLevel.TEST);
        derApiUrl.set("");
        derTokenUrl.set("");
        clientId.set("");
        scope.set("esp");
        fynnUrl.set("");
        requireReason.set(false);
        approval = ApprovalRule.NONE;
        clearSecrets(SecretState.NOT_STORED);
    }

    void clearSecrets(SecretState state) {
        derSecret.set("");
        fynnKey.set("");
        removeDerSecret.set(false);
        removeFynnKey.set(false);
        derSecretState.set(state);
        fynnKeyState.set(state);
    }

    /** The environment being edited before this form's changes; {@code null} for a new one. */
    String originalName() {
        return originalName;
    }

    boolean isNew() {
        return originalName == null;
    }

    Environment toEnvironment() {
        return new Environment(originalId, name.get().trim(), colour.get(), risk.get(), trimmed(derApiUrl), trimmed(derTokenUrl),
                trimmed(clientId), trimmed(scope), trimmed(fynnUrl), requireReason.get(), approval);
    }

    /** What stops saving, in words; empty when the form can be saved. */
    List<String> problems(Collection<Environment> existing) {
        List<String> problems = new ArrayList<>();
        String wanted = name.get() == null ? "" : name.get().trim();
        if (wanted.isEmpty()) {
            problems.add(messages.get("settings.env.problem.name"));
            return problems;
        }
        if (wanted.equalsIgnoreCase(Environment.DEMO_NAME)) {
            problems.add(messages.get("settings.env.problem.demoName"));
        } else if (existing.stream().anyMatch(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))
                && !e.name().equals(originalName))) {
            problems.add(messages.get("settings.env.problem.duplicate", wanted));
        }
        if (risk.get() == null || risk.get() == RiskLevel.DEMO) {
            problems.add(messages.get("settings.env.problem.risk"));
            return problems;
        }
        EnvironmentCheck.problems(toEnvironment()).forEach(problem -> problems.add(messages.text(problem)));
        return problems;
    }

    private static String trimmed(StringProperty value) {
        String text = value.get() == null ? "" : value.get().trim();
        return text.isEmpty() ? null : text;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public StringProperty nameProperty() {
        return name;
    }
}
