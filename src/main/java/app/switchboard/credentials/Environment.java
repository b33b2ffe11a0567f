package app.switchboard.credentials;

import java.util.Objects;
import java.util.UUID;

/**
 * One place the console can talk to: the DER Connect and Fynn endpoints, how risky it is and how
 * it looks. Secrets are not part of it; they live in the secret store under {@link #derSecretKey()}
 * and {@link #fynnKeyKey()}.
 *
 * @param id            stable identity, generated when the environment is created and kept through
 *                      every edit and rename; the activity log, undo and links refer to it, so an
 *                      environment removed and added again under the same name is a different one
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
public record Environment(String id, String name, String colour, RiskLevel risk,
                          String derApiUrl, String derTokenUrl, String derClientId, String derScope,
                          String fynnUrl, boolean requireReason, ApprovalRule approval) {

    public static final String DEMO_NAME = "Demo";
    /** The built-in Demo is the same environment at every start. */
    public static final String DEMO_ID = "demo";

    public Environment {
        if (id == null || id.isBlank()) {
            id = newId(risk);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(risk, "risk");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An environment needs a name");
        }
        approval = approval == null ? ApprovalRule.NONE : approval;
    }

    /** An environment without an approval rule. */
    public Environment(String id, String name, String colour, RiskLevel risk,
                       String derApiUrl, String derTokenUrl, String derClientId, String derScope,
                       String fynnUrl, boolean requireReason) {
        this(id, name, colour, risk, derApiUrl, derTokenUrl, derClientId, derScope, fynnUrl, requireReason,
                ApprovalRule.NONE);
    }

    /** A new environment: the Demo keeps {@link #DEMO_ID}, any other gets a fresh id. */
    public Environment(String name, String colour, RiskLevel risk,
                       String derApiUrl, String derTokenUrl, String derClientId, String derScope,
                       String fynnUrl, boolean requireReason) {
        this(null, name, colour, risk, derApiUrl, derTokenUrl, derClientId, derScope, fynnUrl, requireReason);
    }

    /** This environment under another name; the id stays, so its history and links follow it. */
    public Environment withName(String newName) {
        return new Environment(id, newName, colour, risk, derApiUrl, derTokenUrl, derClientId, derScope, fynnUrl,
                requireReason, approval);
    }

    /** This environment with another approval rule; everything else stays. */
    public Environment withApproval(ApprovalRule rule) {
        return new Environment(id, name, colour, risk, derApiUrl, derTokenUrl, derClientId, derScope, fynnUrl,
                requireReason, rule);
    }

    /** This environment in another band colour; everything else stays. */
    public Environment withColour(String newColour) {
        return new Environment(id, name, newColour, risk, derApiUrl, derTokenUrl, derClientId, derScope, fynnUrl,
                requireReason, approval);
    }

    private static String newId(RiskLevel risk) {
        return risk == RiskLevel.DEMO ? DEMO_ID : UUID.randomUUID().toString();
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
