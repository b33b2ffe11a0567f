package app.switchboard.credentials;

/** How careful the console must be in an environment; production always confirms changes. */
public enum RiskLevel {
    PRODUCTION, STAGING, TEST, DEMO;

    public boolean alwaysConfirms() {
        return this == PRODUCTION;
    }
}
