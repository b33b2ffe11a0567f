package app.switchboard.ui.settings;

import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Demo fault panel: what the running sandbox does wrong on purpose. Rates are edited in percent
 * per request; nothing reaches the sandbox until {@link #apply()}.
 */
public final class DemoFaultsModel {
    /** One injected-fault counter in words, e.g. "HTTP 503 with Retry-After: 4". */
    public record Count(String what, long value) {
    }

    /** The seven request faults, in the order the panel lists them; keys of their labels. */
    public enum Fault {
        SERVER_ERROR, UNAVAILABLE, RATE_LIMITED, HANG, RESET, TRUNCATED, HTML_ERROR
    }

    private final TaskRunner tasks;
    private final Messages messages;
    private final SimpleBooleanProperty available = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> latencyMs = new SimpleObjectProperty<>(0);
    private final ObjectProperty<Integer> jitterMs = new SimpleObjectProperty<>(0);
    private final Map<Fault, ObjectProperty<Double>> percents = new LinkedHashMap<>();
    private final ObjectProperty<Integer> editCount = new SimpleObjectProperty<>(5);
    private final ObjectProperty<Integer> editorIntervalSeconds = new SimpleObjectProperty<>(0);
    private final ObjectProperty<Integer> editorBatch = new SimpleObjectProperty<>(3);
    private final ObjectProperty<EnvironmentsViewModel.Feedback> feedback = new SimpleObjectProperty<>();
    private final ObservableList<Count> counts = FXCollections.observableArrayList();
    private DemoFaults target;

    public DemoFaultsModel(TaskRunner tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
        for (Fault fault : Fault.values()) {
            percents.put(fault, new SimpleObjectProperty<>(0.0));
        }
    }

    /** The running sandbox's faults, or {@code null} when the Demo is not the connected environment. */
    public void attach(DemoFaults faults) {
        target = faults;
        available.set(faults != null);
        feedback.set(null);
        if (faults == null) {
            counts.clear();
            return;
        }
        FaultLevels now = faults.levels();
        latencyMs.set((int) now.latencyMs());
        jitterMs.set((int) now.jitterMs());
        double[] rates = {now.serverError(), now.unavailable(), now.rateLimited(), now.timeout(), now.reset(),
                now.truncated(), now.htmlError()};
        for (Fault fault : Fault.values()) {
            percents.get(fault).set(rates[fault.ordinal()] * 100);
        }
        editorIntervalSeconds.set((int) (now.editorIntervalMs() / 1000));
        editorBatch.set(now.editorBatch());
        refreshCounts();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ObjectProperty<Integer> latencyMsProperty() {
        return latencyMs;
    }

    public ObjectProperty<Integer> jitterMsProperty() {
        return jitterMs;
    }

    public ObjectProperty<Double> percentProperty(Fault fault) {
        return percents.get(fault);
    }

    public ObjectProperty<Integer> editCountProperty() {
        return editCount;
    }

    public ObjectProperty<Integer> editorIntervalSecondsProperty() {
        return editorIntervalSeconds;
    }

    public ObjectProperty<Integer> editorBatchProperty() {
        return editorBatch;
    }

    public ReadOnlyObjectProperty<EnvironmentsViewModel.Feedback> feedbackProperty() {
        return feedback;
    }

    public ObservableList<Count> counts() {
        return counts;
    }

    /** Sends the panel's settings to the sandbox; refuses rates that add up to more than 100%. */
    public void apply() {
        if (target == null) {
            return;
        }
        FaultLevels levels = levels();
        if (levels.totalRate() > 1.000001) {
            feedback.set(new EnvironmentsViewModel.Feedback(
                    messages.get("settings.faults.tooMuch", Math.round(levels.totalRate() * 100)), true));
            return;
        }
        target.apply(levels);
        feedback.set(new EnvironmentsViewModel.Feedback(messages.get("settings.faults.applied"), false));
        refreshCounts();
    }

    /** Back to a well-behaved sandbox. */
    public void clearFaults() {
        if (target == null) {
            return;
        }
        target.apply(FaultLevels.none());
        attach(target);
        feedback.set(new EnvironmentsViewModel.Feedback(messages.get("settings.faults.cleared"), false));
    }

    /** Lets the concurrent editor change the chosen number of items right now. */
    public void editNow() {
        DemoFaults faults = target;
        if (faults == null) {
            return;
        }
        int count = Math.max(1, valueOr(editCount.get(), 1));
        tasks.task(messages.get("settings.faults.editing", count), progress -> faults.editNow(count))
                .onSuccess(changed -> {
                    feedback.set(new EnvironmentsViewModel.Feedback(messages.get("settings.faults.edited", changed), false));
                    refreshCounts();
                })
                .onFailure(error -> feedback.set(new EnvironmentsViewModel.Feedback(ErrorText.reason(error, messages), true)))
                .start();
    }

    public void refreshCounts() {
        if (target == null) {
            return;
        }
        List<Count> rows = new ArrayList<>();
        target.counters().forEach((name, value) -> rows.add(new Count(counterWords(name), value)));
        counts.setAll(rows);
    }

    private String counterWords(String name) {
        String key = "settings.faults.counter." + name;
        return messages.has(key) ? messages.get(key) : name;
    }

    private FaultLevels levels() {
        double[] rates = new double[Fault.values().length];
        for (Fault fault : Fault.values()) {
            rates[fault.ordinal()] = Math.max(0, Math.min(100, valueOr(percents.get(fault).get(), 0.0))) / 100;
        }
        return new FaultLevels(Math.max(0, valueOr(latencyMs.get(), 0)), Math.max(0, valueOr(jitterMs.get(), 0)),
                rates[0], rates[1], rates[2], rates[3], rates[4], rates[5], rates[6],
                Math.max(0, valueOr(editorIntervalSeconds.get(), 0)) * 1000L, Math.max(1, valueOr(editorBatch.get(), 1)));
    }

    private static <T> T valueOr(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
