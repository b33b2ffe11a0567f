package app.switchboard.ui.settings;

import app.switchboard.AppPaths;
import app.switchboard.settings.SettingsStore;
import app.switchboard.ui.common.EmptyState;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * State of the Settings view: where Switchboard keeps its files (useful when troubleshooting), and
 * the place where environments and their secrets will be managed.
 */
public final class SettingsViewModel {
    static final String HEADING = "Environments are not editable yet";
    static final String WHAT_APPEARS = "This view will let you add, edit and remove environments (DER Connect "
            + "URLs and client id, Fynn URL, colour, risk level) and keep their secrets in the system keychain.";

    private final AppPaths paths;
    private final SettingsStore settings;
    private final ObservableValue<EmptyState> emptyState =
            new SimpleObjectProperty<>(new EmptyState(HEADING, WHAT_APPEARS));

    public SettingsViewModel(AppPaths paths, SettingsStore settings) {
        this.paths = paths;
        this.settings = settings;
    }

    public String settingsFile() {
        return settings.file().toString();
    }

    public String dataFolder() {
        return paths.data().toString();
    }

    public String logFolder() {
        return paths.logs().toString();
    }

    /** Managing environments does not depend on being connected to one, so this never changes. */
    public ObservableValue<EmptyState> emptyStateProperty() {
        return emptyState;
    }
}
