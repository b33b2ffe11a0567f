package app.switchboard.credentials;

import java.util.Objects;

/**
 * One place the console can talk to: the DER Connect and Fynn endpoints, how risky it is and how
 * it looks. Secrets are not part of it; they live in the secret store under {@link #derSecretKey()}
 * and {@link #fynnKeyKey()}.
 *
 * @param name          unique, shown in the title bar and the environment band
 * @param colour        CSS colour of the environment band, e.g. {@code #c62828}
 * @param risk          drives the confirmation policy
 * @param derApiUrl     DER Connect API base, paths {@code /v1/...} are appended
 * @param derTokenUrl   full URL of the OAuth client-credentials token endpoint
 * @param derClientId   OAuth client id (not a secret)
 * @param derScope      OAuth scope, {@code esp} for existing clients
 * @param fynnUrl       Fynn API base URL
 * @param requireReason whether every change in this environment must carry a reason
 * @param approval      whether changes need a second person's approval; optional in the file
 */
public record Environment(String name, String colour, RiskLevel risk,
                          String derApiUrl, String derTokenUrl, String derClientId, String derScope,
                          String fynnUrl, boolean requireReason, ApprovalRule approval) {

    public static final String DEMO_NAME = "Demo";

    public Environment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(risk, "risk");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An environment needs a name");
        }
        approval = approval == null ? ApprovalRule.NONE : approval;
    }

    /** An environment without an approval rule. */
    public Environment(String name, String colour, RiskLevel risk, String derApiUrl, String derTokenUrl,
                       String derClientId, String derScope, String fynnUrl, boolean requireReason) {
        this(name, colour, risk, derApiUrl, derTokenUrl, derClientId, derScope, fynnUrl, requireReason,
                ApprovalRule.NONE);
    }

    public Environment withApproval(ApprovalRule rule) {
        return new Environment(name, colour, risk, derApiUrl, derTokenUrl, derClientId, derScope, fynnUrl,
                requireReason, rule);
    }

    public boolean isDemo() {
        return risk == RiskLevel.DEMO;
    }

    public String derSecretKey() {
        return "switchboard/" + name + "/der-client-secret";
    }

    public String fynnKeyKey() {
        return "switchboard/" + name + "/fynn-api-key";
    }
}
