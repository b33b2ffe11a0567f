package app.switchboard.ui.common.session;

import app.switchboard.capabilities.CapabilityRegistry;
import app.switchboard.credentials.Environment;
import app.switchboard.ops.Availability;
import app.switchboard.ops.InferredRead;
import app.switchboard.text.Words;
import app.switchboard.ui.common.fx.Messages;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * What an environment's DER Connect does not offer of the undocumented reads, in words, as the
 * capability record has it: for the status bar (the environment in use) and for Settings (any
 * environment). Follows the record, so a later 404 or 405 shows at once. Used on the JavaFX thread;
 * the record's changes arrive through {@code fx}.
 */
public final class CapabilityStatus {
    private final CapabilityRegistry registry;
    private final EnvironmentSession session;
    private final Messages messages;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty currentDetail = new SimpleStringProperty("");
    private final IntegerProperty changes = new SimpleIntegerProperty();

    public CapabilityStatus(CapabilityRegistry registry, EnvironmentSession session, Messages messages, Executor fx) {
        this.registry = registry;
        this.session = session;
        this.messages = messages;
        registry.addListener((environment, reads) -> fx.execute(() -> {
            changes.set(changes.get() + 1);
            showCurrent();
        }));
        session.currentProperty().addListener((obs, was, now) -> showCurrent());
        showCurrent();
    }

    /** e.g. "Not offered here: the entity list, reading an entity's features"; empty when nothing is missing. */
    public ReadOnlyStringProperty currentProperty() {
        return current;
    }

    /** The same in whole sentences, with what Switchboard does instead: for a tooltip and a screen reader. */
    public ReadOnlyStringProperty currentDetailProperty() {
        return currentDetail;
    }

    /** Counts the record's changes, so that a view showing some environment knows to read it again. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes;
    }

    /** Makes {@code label} show the environment in use's missing reads, hidden while nothing is missing. */
    public void bind(Label label) {
        label.setId("capabilityStatus");
        label.textProperty().bind(current);
        label.accessibleTextProperty().bind(currentDetail);
        label.visibleProperty().bind(current.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        Tooltip why = new Tooltip();
        why.textProperty().bind(currentDetail);
        why.setWrapText(true);
        why.setMaxWidth(460);
        label.setTooltip(why);
    }

    /** What Settings says of {@code environment}: not checked yet, all offered, or what is missing and why. */
    public String describe(String environment) {
        Map<InferredRead, Availability> reads = registry.all(environment);
        List<Words> missing = CapabilityRegistry.missing(reads);
        if (!missing.isEmpty()) {
            return sentences(missing);
        }
        boolean allOffered = reads.size() == InferredRead.values().length
                && reads.values().stream().allMatch(a -> a == Availability.AVAILABLE);
        return messages.get(allOffered ? "capabilities.settings.all" : "capabilities.settings.unknown");
    }

    private void showCurrent() {
        Environment environment = session.current();
        Map<InferredRead, Availability> reads = environment == null ? Map.of() : registry.all(environment.name());
        List<Words> missing = CapabilityRegistry.missing(reads);
        if (missing.isEmpty()) {
            current.set("");
            currentDetail.set("");
            return;
        }
        String what = reads.entrySet().stream().filter(e -> e.getValue().missing())
                .map(e -> messages.text(e.getKey().words())).collect(Collectors.joining(", "));
        current.set(messages.get("capabilities.status", what));
        currentDetail.set(messages.get("capabilities.status.accessible", environment.name(), sentences(missing)));
    }

    private String sentences(List<Words> missing) {
        return missing.stream().map(messages::text).collect(Collectors.joining("; "))
                + ". " + messages.get("capabilities.notice.adapts");
    }
}
