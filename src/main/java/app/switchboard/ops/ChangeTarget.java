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
 * @param displayName the switch in the operator's words, in English: the command line and the activity log
 * @param name        the same in any language, for the window (the kind words "subscription" and
 *                    "entitlement" come from the words bundle)
 */
public record ChangeTarget(Environment environment, Api api, String targetId, String item, String displayName,
                           Words name) {

    public ChangeTarget {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(item, "item");
        displayName = displayName == null || displayName.isBlank() ? targetId + " · " + item : displayName;
        name = name == null ? Words.verbatim(displayName) : name;
    }

    /** A switch whose name reads the same in every language. */
    public ChangeTarget(Environment environment, Api api, String targetId, String item, String displayName) {
        this(environment, api, targetId, item, displayName, null);
    }

    private static ChangeTarget named(Environment environment, Api api, String targetId, String item, Words name) {
        return new ChangeTarget(environment, api, targetId, item, name.english(), name);
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
        Words subscription = Words.of("ops.target.subscription",
                subscriptionNumber == null || subscriptionNumber.isBlank() ? subscriptionId : subscriptionNumber);
        Object feature = featureName == null || featureName.isBlank()
                ? Words.of("ops.target.entitlement", entitlementId) : featureName;
        Words name = customer.length() == 0
                ? Words.of("ops.target.two", subscription, feature)
                : Words.of("ops.target.three", customer.toString(), subscription, feature);
        return named(environment, Api.FYNN, subscriptionId, entitlementId, name);
    }

    public String stateWord(boolean on) {
        return api.stateWord(on);
    }

    /** The state word in any language: a DER feature is on/off, an entitlement active/inactive; null is "state unknown". */
    public Words stateWords(Boolean on) {
        return stateWords(api, on);
    }

    public static Words stateWords(Api api, Boolean on) {
        if (on == null) {
            return Words.of("ops.state.unknown");
        }
        return Words.of("ops.state." + (api == Api.FYNN ? "fynn" : "der") + "." + (on ? "on" : "off"));
    }

    private static void addIfPresent(StringJoiner joiner, String part) {
        if (part != null && !part.isBlank()) {
            joiner.add(part);
        }
    }
}
