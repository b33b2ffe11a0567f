package app.switchboard.ui.common.change;

import app.switchboard.audit.Api;
import app.switchboard.credentials.Environment;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * Whether the current environment's credentials may change an API. After a 403 on a write the
 * engine marks that API read-only in that environment; this follows it and the environment
 * switcher, on the JavaFX thread. {@code AppContext} provides one.
 *
 * <pre>{@code
 * // a toggle in a table cell or the detail pane:
 * Node guarded = writeAccess.guard(toggle, Api.DER_CONNECT); // disables it and says why in a tooltip
 * // or, with conditions of your own:
 * toggle.disableProperty().bind(writeAccess.readOnly(Api.FYNN).or(row.changingProperty()));
 * }</pre>
 */
public final class WriteAccess {
    private final ReadOnlyApis readOnly;
    private final EnvironmentSession session;
    private final Map<Api, StringProperty> reasons = new EnumMap<>(Api.class);

    /** @param deliver the JavaFX thread ({@link FxThread#executor()}), the caller's in tests */
    public WriteAccess(ReadOnlyApis readOnly, EnvironmentSession session, Executor deliver) {
        this.readOnly = readOnly;
        this.session = session;
        for (Api api : Api.values()) {
            reasons.put(api, new SimpleStringProperty());
        }
        readOnly.addListener(change -> deliver.execute(this::refresh));
        session.currentProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Why the API may not be changed in the current environment; null while it may. */
    public ReadOnlyStringProperty reasonProperty(Api api) {
        return reasons.get(api);
    }

    public BooleanBinding readOnly(Api api) {
        return reasons.get(api).isNotNull();
    }

    /**
     * Disables {@code toggle} while its API is read-only and returns it wrapped in a node that
     * shows the reason as a tooltip (a disabled control shows none itself). Put the returned node
     * where the toggle would go.
     */
    public StackPane guard(Control toggle, Api api) {
        toggle.disableProperty().bind(readOnly(api));
        StackPane wrapper = new StackPane(toggle);
        wrapper.getStyleClass().add("write-guard");
        Tooltip why = new Tooltip();
        why.textProperty().bind(reasons.get(api));
        why.setWrapText(true);
        why.setMaxWidth(420);
        reasons.get(api).addListener((obs, old, now) -> install(wrapper, why, now));
        install(wrapper, why, reasons.get(api).get());
        return wrapper;
    }

    private static void install(StackPane wrapper, Tooltip why, String reason) {
        if (reason == null) {
            Tooltip.uninstall(wrapper, why);
        } else {
            Tooltip.install(wrapper, why);
        }
    }

    private void refresh() {
        Environment current = session.current();
        for (Api api : Api.values()) {
            reasons.get(api).set(current == null ? null : readOnly.readOnlyReason(current.name(), api)
                    .map(session.messages()::text).orElse(null));
        }
    }
}
