package app.switchboard.ops;

import app.switchboard.credentials.Environment;

/** The operator's setting for environments that are not production (production always asks). */
@FunctionalInterface
public interface ConfirmationSettings {

    ConfirmMode modeFor(Environment environment);

    /** Staging asks for everything; test and demo ask before switching off. */
    static ConfirmationSettings defaults() {
        return environment -> switch (environment.risk()) {
            case PRODUCTION, STAGING -> ConfirmMode.ALWAYS;
            case TEST, DEMO -> ConfirmMode.DISABLES_ONLY;
        };
    }
}
