package app.switchboard.audit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Filters of the activity view; a null (or empty) filter matches everything.
 *
 * @param environment environment name, exact
 * @param api         which remote system
 * @param targetId    entity id / subscription id, exact
 * @param item        feature name / entitlement id, exact (per-item history)
 * @param text        case-insensitive part of the target's name, id or item
 * @param outcomes    outcome kinds to keep
 * @param user        operating-system user, exact
 * @param from        inclusive start
 * @param until       exclusive end
 */
public record ActivityQuery(String environment, Api api, String targetId, String item, String text,
                            Set<OutcomeKind> outcomes, String user, Instant from, Instant until) {

    public ActivityQuery {
        outcomes = outcomes == null || outcomes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outcomes));
    }

    public static ActivityQuery all() {
        return new ActivityQuery(null, null, null, null, null, Set.of(), null, null, null);
    }

    public ActivityQuery withEnvironment(String value) {
        return new ActivityQuery(value, api, targetId, item, text, outcomes, user, from, until);
    }

    /** The history of one switch: a DER feature of one entity, or one Fynn entitlement. */
    public ActivityQuery withItem(Api value, String valueTargetId, String valueItem) {
        return new ActivityQuery(environment, value, valueTargetId, valueItem, text, outcomes, user, from, until);
    }

    public ActivityQuery withTargetId(String value) {
        return new ActivityQuery(environment, api, value, item, text, outcomes, user, from, until);
    }

    public ActivityQuery withText(String value) {
        return new ActivityQuery(environment, api, targetId, item, value, outcomes, user, from, until);
    }

    public ActivityQuery withOutcomes(Set<OutcomeKind> value) {
        return new ActivityQuery(environment, api, targetId, item, text, value, user, from, until);
    }

    public ActivityQuery withUser(String value) {
        return new ActivityQuery(environment, api, targetId, item, text, outcomes, value, from, until);
    }

    public ActivityQuery between(Instant fromInclusive, Instant untilExclusive) {
        return new ActivityQuery(environment, api, targetId, item, text, outcomes, user, fromInclusive, untilExclusive);
    }

    public boolean matches(ActivityEntry e) {
        return (environment == null || environment.equals(e.environment()))
                && (api == null || api == e.api())
                && (targetId == null || targetId.equals(e.targetId()))
                && (item == null || item.equals(e.item()))
                && (outcomes.isEmpty() || outcomes.contains(e.outcome().kind()))
                && (user == null || user.equals(e.user()))
                && (from == null || !e.time().isBefore(from))
                && (until == null || e.time().isBefore(until))
                && matchesText(e);
    }

    private boolean matchesText(ActivityEntry e) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(e.targetName(), needle) || contains(e.targetId(), needle) || contains(e.item(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
