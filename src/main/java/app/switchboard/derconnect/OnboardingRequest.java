package app.switchboard.derconnect;

/**
 * One entity onboarding request, as DER Connect's documented onboarding listing gives it, with the
 * parts the console reads: the entity it created, once it exists. Every part may be missing.
 */
public record OnboardingRequest(String id, String status, String requestType, Data data) {

    public record Data(OnboardedEntity entity) {
    }

    public record OnboardedEntity(String id, String type) {
    }

    /** The onboarded entity's id, or null when the request names none (yet). */
    public String entityId() {
        return data == null || data.entity() == null ? null : data.entity().id();
    }
}
