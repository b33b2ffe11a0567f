package app.switchboard.approvals;

import app.switchboard.audit.Api;
import java.util.Objects;

/**
 * One switch in a request: what the requester saw and what they want.
 *
 * @param api         which remote system
 * @param targetId    DER entity id, or Fynn subscription id
 * @param item        DER feature name, or Fynn entitlement id
 * @param displayName the switch in the requester's words (English)
 * @param seenOn      its state on the requester's screen; the stale-write check compares with it at apply time
 * @param desiredOn   the state asked for
 * @param outcome     how applying it ended; null until it was applied
 * @param started     a claimant marked it as being sent: without an outcome it may or may not have reached the
 *                    server, so whoever resumes the request re-reads it before sending it again
 */
public record RequestItem(Api api, String targetId, String item, String displayName, boolean seenOn,
                          boolean desiredOn, ItemOutcome outcome, boolean started) {

    public RequestItem {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(item, "item");
        displayName = displayName == null || displayName.isBlank() ? targetId + " · " + item : displayName;
    }

    public static RequestItem of(Api api, String targetId, String item, String displayName, boolean seenOn,
                                 boolean desiredOn) {
        return new RequestItem(api, targetId, item, displayName, seenOn, desiredOn, null, false);
    }

    RequestItem withOutcome(ItemOutcome result) {
        return new RequestItem(api, targetId, item, displayName, seenOn, desiredOn, result, started);
    }

    RequestItem startedNow() {
        return new RequestItem(api, targetId, item, displayName, seenOn, desiredOn, outcome, true);
    }

    /** Whether this item is the given switch. */
    public boolean isSwitch(Api otherApi, String otherTarget, String otherItem) {
        return api == otherApi && targetId.equals(otherTarget) && item.equals(otherItem);
    }
}
