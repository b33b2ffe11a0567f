package app.switchboard.ops;

import app.switchboard.text.Words;
import app.switchboard.audit.Api;
import app.switchboard.credentials.Environment;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * One switch the operator can flip: a DER feature of one entity, or one Fynn entitlement.
 *
 * @param environment where it lives
 * @param api         which remote system
 * @param targetId    DER entity id, or Fynn subscription id (needed to re-read the entitlement)
 * @param item        DER feature name, or Fynn entitlement id
 * @param displayName the switch in the operator's words, shown in dialogs and the activity log
 */
public record ChangeTarget(Environment environment, Api api, String targetId, String item, String displayName) {

    public ChangeTarget {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(item, "item");
        displayName = displayName == null || displayName.isBlank() ? targetId + " · " + item : displayName;
    }

    /** e.g. {@code EV "Anna's car" (WVWZZZ1JZXW000001) · CaptureChargeSessions}. */
    public static ChangeTarget derFeature(Environment environment, String entityId, String feature,
                                          String entityName, String entityType, String identifier) {
        StringJoiner words = new StringJoiner(" ");
        addIfPresent(words, entityType);
        addIfPresent(words, entityName == null || entityName.isBlank() ? null : "\"" + entityName + "\"");
        addIfPresent(words, identifier == null || identifier.isBlank() ? null : "(" + identifier + ")");
        String entity = words.length() == 0 ? entityId : words.toString();
        return new ChangeTarget(environment, Api.DER_CONNECT, entityId, feature, entity + " · " + feature);
    }

    /** e.g. {@code ACME GmbH (C-10023) · subscription S-2041 · Premium support}. */
    public static ChangeTarget fynnEntitlement(Environment environment, String subscriptionId, String entitlementId,
                                               String customerName, String customerNumber,
                                               String subscriptionNumber, String featureName) {
        StringJoiner customer = new StringJoiner(" ");
        addIfPresent(customer, customerName);
        addIfPresent(customer, customerNumber == null || customerNumber.isBlank() ? null : "(" + customerNumber + ")");
        StringJoiner words = new StringJoiner(" · ");
        addIfPresent(words, customer.length() == 0 ? null : customer.toString());
        words.add("subscription " + (subscriptionNumber == null || subscriptionNumber.isBlank() ? subscriptionId : subscriptionNumber));
        words.add(featureName == null || featureName.isBlank() ? "entitlement " + entitlementId : featureName);
        return new ChangeTarget(environment, Api.FYNN, subscriptionId, entitlementId, words.toString());
    }

    public String stateWord(boolean on) {
        return api.stateWord(on);
    }

    /** The state word in any language: a DER feature is on/off, an entitlement active/inactive. */
    public Words stateWords(boolean on) {
        return stateWords(api, on);
    }

    public static Words stateWords(Api api, boolean on) {
        return Words.of("ops.state." + (api == Api.FYNN ? "fynn" : "der") + "." + (on ? "on" : "off"));
    }

    private static void addIfPresent(StringJoiner joiner, String part) {
        if (part != null && !part.isBlank()) {
            joiner.add(part);
        }
    }
}
