package app.switchboard.derconnect;

import app.switchboard.client.ApiException;
import app.switchboard.client.CallScope;
import app.switchboard.client.PagingStop;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * DER Connect as the rest of the application sees it. Every method blocks (call it off the FX
 * thread) and fails with an {@link ApiException} that says what went wrong.
 */
public interface DerConnectApi {
    /** The platform feature the console switches; the only one documented. */
    String CAPTURE_CHARGE_SESSIONS = "CaptureChargeSessions";
    /** The documented {@code EntityFeature} enum: values read may be others, values sent are only these. */
    Set<String> KNOWN_FEATURES = Set.of(CAPTURE_CHARGE_SESSIONS);
    int DEFAULT_PAGE_SIZE = 100;

    /** Every entity the credentials can see, fetched page by page as the stream is consumed. */
    Stream<Entity> entities();

    /** {@link #entities()}, telling {@code onStop} when the listing ended before the server said it was complete. */
    default Stream<Entity> entities(Consumer<PagingStop> onStop) {
        return entities();
    }

    /** One page; {@code continuationToken} null for the first page. */
    EntityPage entitiesPage(String continuationToken, int pageSize);

    Entity entity(String entityId);

    /** Current feature states of an entity. */
    List<EntityFeatureStatus> features(String entityId);

    /**
     * Switches a feature on or off and returns the feature states the server reports afterwards
     * (the truth to show). Safe to repeat: it sets an absolute state. Only a feature of
     * {@link #KNOWN_FEATURES} is sent; any other fails with {@link IllegalArgumentException}.
     */
    List<EntityFeatureStatus> setFeature(String entityId, String feature, boolean enabled);

    /** Charge sessions in a time frame ({@code end} may be null), page by page as consumed. */
    Stream<ChargingRecord> chargeSessions(String entityId, OffsetDateTime start, OffsetDateTime end);

    /**
     * The documented entity onboarding listing ({@code GET /v1/onboarding/entities}), page by page as
     * consumed: where the entity list is not offered, the ids of onboarded entities come from here.
     */
    Stream<OnboardingRequest> onboardingRequests(Consumer<PagingStop> onStop);

    /** The same API, with every call belonging to {@code scope} (cancel it when the view is left). */
    DerConnectApi within(CallScope scope);
}
