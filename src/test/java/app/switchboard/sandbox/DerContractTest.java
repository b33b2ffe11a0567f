package app.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.ContractClient.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A tour of every DER Connect operation, success and error paths, each answer checked against the contract. */
class DerContractTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:30:00Z"));
    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().clock(clock).tokenLifetimeSeconds(600).build());
    private final ContractClient client = new ContractClient(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private DerEntity entity(Predicate<DerEntity> condition) {
        return sandbox.derStore().entities().stream().filter(condition).findFirst().orElseThrow();
    }

    private DerEntity switchableEv(boolean captureOn) {
        return entity(e -> DerEntity.EV.equals(e.type()) && !e.lacksBatteryCapacity()
                && !DerSeed.UNSUPPORTED_BRAND.equals(e.brand()) && sandbox.derStore().capture(e.id()).enabled() == captureOn);
    }

    private static String message(Answer answer) {
        return answer.json().get("errors").get(0).get("message").asText();
    }

    @Test
    void clientCredentialsGiveABearerTokenWithTheConfiguredLifetime() {
        Answer answer = client.requestToken(sandbox.clientId(), sandbox.clientSecret());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer.json().get("expires_in").asLong()).isEqualTo(600);
        assertThat(answer.json().get("access_token").asText().split("\\.")).hasSize(3);
    }

    @Test
    void aWrongSecretIsAnOAuthInvalidClient() {
        Answer answer = client.requestToken(sandbox.clientId(), "not-the-secret");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(answer.body()).doesNotContain(sandbox.clientSecret());
    }

    @Test
    void aMissingOrUnsupportedGrantIsABadRequest() {
        Answer missing = client.tokenCall("client_id=" + sandbox.clientId());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asText()).isEqualTo("invalid_request");
        Answer password = client.tokenCall("grant_type=password&client_id=x&client_secret=y");
        assertThat(password.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void callsWithoutAValidTokenAreUnauthorized() {
        assertThat(client.derWithToken("GET", "/v1/entities", null, null).status()).isEqualTo(401);
        assertThat(client.derWithToken("GET", "/v1/entities", null, "forged.token.value").status()).isEqualTo(401);
    }

    @Test
    void aTokenStopsWorkingOnceItsLifetimeHasPassed() {
        String token = client.requestToken(sandbox.clientId(), sandbox.clientSecret()).json().get("access_token").asText();
        assertThat(client.derWithToken("GET", "/v1/entities", null, token).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(601));
        Answer expired = client.derWithToken("GET", "/v1/entities", null, token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).contains("invalid_token").contains("expired");
    }

    @Test
    void revokedTokensAreRefused() {
        assertThat(client.der("GET", "/v1/entities", null).status()).isEqualTo(200);
        sandbox.revokeTokens();
        assertThat(client.der("GET", "/v1/entities", null).status()).isEqualTo(401);
    }

    @Test
    void theAdminEndpointCanRevokeEveryTokenToForceAReLogin() {
        assertThat(client.der("GET", "/v1/entities", null).status()).isEqualTo(200);
        assertThat(client.plain("POST", "/admin/tokens/revoke", null).status()).isEqualTo(204);
        assertThat(client.der("GET", "/v1/entities", null).status()).isEqualTo(401);
    }

    @Test
    void aPageSizeAboveFiveHundredIsCapped() {
        Answer page = client.der("GET", "/v1/entities?pageSize=5000", null);
        assertThat(page.json().get("meta").get("pageSize").asInt()).isEqualTo(500);
        assertThat(page.json().get("data")).hasSize(250);
        assertThat(page.json().get("meta").get("continuationToken").isNull()).isTrue();
    }

    @Test
    void entitiesComeInPagesOfTwentyFiveByDefaultWithALinkToTheNext() {
        Answer page = client.der("GET", "/v1/entities", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("data")).hasSize(25);
        String token = page.json().get("meta").get("continuationToken").asText();
        assertThat(page.json().get("links").get("next").asText())
                .startsWith(sandbox.derApiUrl() + "/v1/entities?").contains("continuationToken=" + token);
        Answer second = client.der("GET", "/v1/entities?continuationToken=" + token, null);
        assertThat(second.json().get("data").get(0).get("id")).isNotEqualTo(page.json().get("data").get(0).get("id"));
    }

    @Test
    void aForgedContinuationTokenOrPageSizeIsRejected() {
        Answer forged = client.der("GET", "/v1/entities?continuationToken=bm9wZQ", null);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(message(forged)).contains("continuationToken");
        assertThat(client.der("GET", "/v1/entities?pageSize=0", null).status()).isEqualTo(400);
        assertThat(client.der("GET", "/v1/entities?pageSize=many", null).status()).isEqualTo(400);
    }

    @Test
    void oneEntityIsReturnedWithItsDocumentedFields() {
        DerEntity ev = switchableEv(false);
        Answer answer = client.der("GET", "/v1/entities/" + ev.id(), null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("identifier").asText()).isEqualTo(ev.identifier()).hasSize(17);
        assertThat(json.get("type").asText()).isEqualTo("EV");
        assertThat(json.has("isOnline")).isTrue();
        assertThat(json.has("parentId")).isTrue();
    }

    @Test
    void unknownOrMalformedEntityIdsAreNotFoundOrBadRequest() {
        Answer unknown = client.der("GET", "/v1/entities/00000000-0000-4000-8000-000000000000", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(message(unknown)).contains("00000000-0000-4000-8000-000000000000");
        assertThat(client.der("GET", "/v1/entities/not-a-uuid/features", null).status()).isEqualTo(400);
        assertThat(client.der("PATCH", "/v1/entities/00000000-0000-4000-8000-000000000000/features",
                "{\"feature\":\"CaptureChargeSessions\",\"enabled\":true}").status()).isEqualTo(404);
    }

    @Test
    void featuresListChargeSessionCaptureOnlyForVehiclesAndChargePoints() {
        DerEntity ev = switchableEv(true);
        JsonNode features = client.der("GET", "/v1/entities/" + ev.id() + "/features", null).json();
        assertThat(features).hasSize(1);
        assertThat(features.get(0).get("feature").asText()).isEqualTo("CaptureChargeSessions");
        assertThat(features.get(0).get("isEnabled").asBoolean()).isTrue();
        DerEntity battery = entity(e -> "Battery".equals(e.type()));
        assertThat(client.der("GET", "/v1/entities/" + battery.id() + "/features", null).json()).isEmpty();
    }

    @Test
    void enablingCaptureOnASupportedVehicleAnswersTheNewFeatureStates() {
        DerEntity ev = switchableEv(false);
        Answer answer = client.der("PATCH", "/v1/entities/" + ev.id() + "/features",
                "{\"feature\":\"CaptureChargeSessions\",\"enabled\":true}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get(0).get("isEnabled").asBoolean()).isTrue();
        assertThat(client.der("GET", "/v1/entities/" + ev.id() + "/features", null).json().get(0).get("isEnabled").asBoolean()).isTrue();
        Answer off = client.der("PATCH", "/v1/entities/" + ev.id() + "/features",
                "{\"feature\":\"CaptureChargeSessions\",\"enabled\":false}");
        assertThat(off.json().get(0).get("isEnabled").asBoolean()).isFalse();
    }

    @Test
    void aVehicleWithoutBatteryCapacityIsRefusedWithTheReason() {
        DerEntity ev = entity(DerEntity::lacksBatteryCapacity);
        Answer answer = client.der("PATCH", "/v1/entities/" + ev.id() + "/features",
                "{\"feature\":\"CaptureChargeSessions\",\"enabled\":true}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo("Battery capacity must be set before CaptureChargeSessions can be enabled.");
    }

    @Test
    void theUnsupportedManufacturerIsRefusedWithTheReason() {
        DerEntity ev = entity(e -> DerSeed.UNSUPPORTED_BRAND.equals(e.brand()) && !e.lacksBatteryCapacity());
        Answer answer = client.der("PATCH", "/v1/entities/" + ev.id() + "/features",
                "{\"feature\":\"CaptureChargeSessions\",\"enabled\":true}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).contains(DerSeed.UNSUPPORTED_BRAND).contains("does not support");
    }

    @Test
    void captureOnOtherEntityTypesIsRefusedWithTheReason() {
        DerEntity pump = entity(e -> "HeatPump".equals(e.type()));
        Answer answer = client.der("PATCH", "/v1/entities/" + pump.id() + "/features",
                "{\"feature\":\"CaptureChargeSessions\",\"enabled\":true}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).contains("only available for entities of type EV or ChargePoint");
    }

    @Test
    void malformedFeatureRequestsAreValidationErrors() {
        String path = "/v1/entities/" + switchableEv(false).id() + "/features";
        assertThat(message(client.der("PATCH", path, "{\"feature\":\"CaptureChargeSessions\"}"))).contains("'enabled' is required");
        assertThat(message(client.der("PATCH", path, "{\"enabled\":true}"))).contains("'feature' is required");
        assertThat(message(client.der("PATCH", path, "{\"feature\":\"CaptureChargeSessions\",\"enabled\":\"yes\"}")))
                .contains("must be a boolean");
        assertThat(message(client.der("PATCH", path, "{\"feature\":\"CaptureChargeSessions\",\"enabled\":true,\"note\":1}")))
                .contains("'note' is not allowed");
        assertThat(client.der("PATCH", path, "not json").status()).isEqualTo(400);
        Answer unknown = client.der("PATCH", path, "{\"feature\":\"TeleportCar\",\"enabled\":true}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(message(unknown)).contains("TeleportCar");
    }

    @Test
    void chargeSessionsExistOnlyWhileCaptureIsOn() {
        DerEntity ev = switchableEv(true);
        String path = "/v1/entities/" + ev.id() + "/charge-sessions?start=2025-01-01T00:00:00Z&pageSize=5";
        Answer on = client.der("GET", path, null);
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().get("data")).isNotEmpty();
        for (JsonNode record : on.json().get("data")) {
            assertThat(record.get("entityId").asText()).isEqualTo(ev.id().toString());
            assertThat(Instant.parse(record.get("data").get("end").asText())).isBefore(clock.instant());
        }
        client.der("PATCH", "/v1/entities/" + ev.id() + "/features", "{\"feature\":\"CaptureChargeSessions\",\"enabled\":false}");
        Answer off = client.der("GET", path, null);
        assertThat(off.status()).isEqualTo(400);
        assertThat(message(off)).contains("not enabled");
    }

    @Test
    void chargeSessionsNeedAValidStart() {
        String base = "/v1/entities/" + switchableEv(true).id() + "/charge-sessions";
        assertThat(message(client.der("GET", base, null))).contains("'start' is required");
        assertThat(client.der("GET", base + "?start=yesterday", null).status()).isEqualTo(400);
        assertThat(client.der("GET", base + "?start=2026-03-01T00:00:00Z&end=2026-02-01T00:00:00Z", null).status()).isEqualTo(400);
    }

    @Test
    void wrongMethodsAndUnknownPathsAnswerInTheApisOwnErrorShape() {
        String token = client.requestToken(sandbox.clientId(), sandbox.clientSecret()).json().get("access_token").asText();
        Answer wrongMethod = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.derApiUrl() + "/v1/entities"))
                .DELETE().header("Authorization", "Bearer " + token).build());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("errors")).isNotEmpty();
        Answer unknown = client.plain("GET", "/der/v2/things", null);
        assertThat(unknown.status()).isEqualTo(401);
    }
}
