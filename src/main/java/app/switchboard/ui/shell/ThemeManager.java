package app.switchboard.ui.shell;

import app.switchboard.settings.ThemeChoice;
import app.switchboard.ui.common.fx.TaskRunner;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Applies the AtlantaFX Primer theme the operator chose; "follow system" asks the desktop in the background. */
public final class ThemeManager {
    public static final Theme LIGHT = new PrimerLight();
    public static final Theme DARK = new PrimerDark();

    private final SystemAppearance system;
    private final TaskRunner tasks;
    private final Consumer<String> stylesheets;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private ThemeChoice requested;
    private boolean applied;

    public ThemeManager(SystemAppearance system, TaskRunner tasks) {
        this(system, tasks, Application::setUserAgentStylesheet);
    }

    /** @param stylesheets where the chosen theme's stylesheet goes; tests without a toolkit record it */
    ThemeManager(SystemAppearance system, TaskRunner tasks, Consumer<String> stylesheets) {
        this.system = system;
        this.tasks = tasks;
        this.stylesheets = stylesheets;
    }

    /** True while the dark theme is showing. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public void apply(ThemeChoice choice) {
        requested = choice;
        switch (choice) {
            case LIGHT -> use(false);
            case DARK -> use(true);
            case SYSTEM -> followSystem();
        }
    }

    private void followSystem() {
        if (!applied) {
            use(false);
        }
        tasks.task("Reading the desktop's colour preference", progress -> system.prefersDark())
                .onSuccess(prefersDark -> {
                    if (requested == ThemeChoice.SYSTEM) {
                        use(prefersDark);
                    }
                })
                .onFailure(error -> {
                    if (requested == ThemeChoice.SYSTEM) {
                        use(false);
                    }
                })
                .start();
    }

    private void use(boolean darkTheme) {
        stylesheets.accept((darkTheme ? DARK : LIGHT).getUserAgentStylesheet());
        dark.set(darkTheme);
        applied = true;
    }
}
