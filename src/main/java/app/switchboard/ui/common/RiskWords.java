package app.switchboard.ui.common;

import app.switchboard.credentials.RiskLevel;

/** What a risk level means for the operator, as shown in the environment band. */
public final class RiskWords {
    private RiskWords() {
    }

    public static String label(RiskLevel risk) {
        return switch (risk) {
            case PRODUCTION -> "Production";
            case STAGING -> "Staging";
            case TEST -> "Test";
            case DEMO -> "Demo";
        };
    }

    public static String meaning(RiskLevel risk) {
        return switch (risk) {
            case PRODUCTION -> "changes affect real customers and are always confirmed";
            case STAGING -> "shared pre-production systems; changes affect other testers";
            case TEST -> "test systems; changes affect test data only";
            case DEMO -> "simulated data on this computer; nothing real changes";
        };
    }
}
