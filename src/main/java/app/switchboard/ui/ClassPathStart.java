package app.switchboard.ui;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * The console is started from a plain class path on purpose ({@code java -jar switchboard.jar}, the
 * installers' launchers, the tests): one jar with its libraries next to it, no module path to get
 * right. JavaFX then logs "Unsupported JavaFX configuration: classes were loaded from 'unnamed
 * module'" on every start, a warning that tells a user nothing they can act on. This filter drops
 * exactly that record of JavaFX's logger (every other JavaFX message still reaches stderr), and
 * only when JavaFX really was loaded from the class path.
 */
final class ClassPathStart {
    static final String WARNING = "Unsupported JavaFX configuration";

    private ClassPathStart() {
    }

    /**
     * Installs the filter and returns JavaFX's logger: the caller keeps it, because
     * java.util.logging holds loggers weakly and would drop the filter with a collected logger.
     */
    static Logger quietenUnnamedModuleWarning() {
        Logger javafx = Logger.getLogger("javafx");
        if (!javafx.application.Platform.class.getModule().isNamed()) {
            Filter previous = javafx.getFilter();
            javafx.setFilter(entry -> !(entry.getMessage() != null && entry.getMessage().startsWith(WARNING))
                    && (previous == null || previous.isLoggable(entry)));
        }
        return javafx;
    }
}
