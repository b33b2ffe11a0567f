package app.switchboard.derconnect;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.TestEnvironments.TOKEN_PATH;
import static app.switchboard.testsupport.TestEnvironments.entity;
import static app.switchboard.testsupport.TestEnvironments.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.testsupport.ContractValidator;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import app.switchboard.client.DiagnosticReport;

/** Every request DerConnectApi sends must match der-connect.yaml; answers must map to the records. */
class DerConnectContractTest {
    private static final String ID = "5a554157-5a5a-4547-384c-423033333139";
    private final SharedHttp http = new SharedHttp();
    private final FakeServer server = new FakeServer().answer(DerConnectContractTest::answer);
    private final Environment environment = TestEnvironments.pointingAt(server);
    private final DerConnectApi api = HttpDerConnectApi.forEnvironment(environment,
            TestEnvironments.secretsFor(environment), http.okHttp(), ApiTuning.standard());

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    private static MockResponse answer(RecordedRequest r) {
        String path = r.getUrl().encodedPath();
        if (path.equals(TOKEN_PATH)) {
            return json(200, token("eyJ.tok.sig", 3599));
        }
        if (path.equals("/der/v1/entities")) {
            String token = r.getUrl().queryParameter("continuationToken");
            return token == null
                    ? json(200, "{\"data\":[" + entity(ID) + "],\"links\":{\"next\":\"x\"},\"meta\":{\"continuationToken\":\"c2\",\"pageSize\":1}}")
                    : json(200, "{\"data\":[" + entity("8667fb97-68f2-485a-87c7-f3bdfa9482e1") + "],\"links\":{},\"meta\":{\"pageSize\":1}}");
        }
        if (path.endsWith("/features") && r.getMethod().equals("PATCH")) {
            return json(200, "[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":true}]");
        }
        if (path.endsWith("/features")) {
            return json(200, "[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":false}]");
        }
        if (path.endsWith("/charge-sessions")) {
            return json(200, "{\"data\":[{\"id\":\"0b6f3d52-1f7e-4a57-9c1e-6a1f0f7c2d11\",\"entityId\":\"" + ID + "\","
                    + "\"created\":\"2025-01-15T03:00:12Z\",\"data\":{\"charge\":{\"averagePower\":{\"unit\":\"kW\",\"value\":7.2},"
                    + "\"total\":{\"t1\":12.4,\"total\":18.5,\"unit\":\"kWh\"}},\"start\":\"2025-01-14T18:05:00Z\","
                    + "\"end\":\"2025-01-14T21:40:00Z\",\"location\":{\"address\":\"Brussels\",\"latitude\":50.8,\"longitude\":4.3},"
                    + "\"locationMatches\":[{\"accuracy\":0.93,\"location\":{\"id\":\"3c90c3cc-0d44-4b50-8888-8dd25736052a\",\"label\":\"Head office\"}}],"
                    + "\"range\":{\"start\":{\"unit\":\"km\",\"value\":100}}}}],\"links\":{},\"meta\":{}}");
        }
        if (path.equals("/der/v1/onboarding/entities")) {
            String token = r.getUrl().queryParameter("continuationToken");
            return token == null
                    ? json(200, "{\"data\":[{\"id\":\"0b6f3d52-1f7e-4a57-9c1e-6a1f0f7c2d11\",\"status\":\"Succeeded\","
                    + "\"requestType\":\"Entity\",\"action\":{\"type\":\"Consent\"},\"data\":{\"entity\":{\"id\":\"" + ID
                    + "\",\"type\":\"EV\"}}},{\"id\":\"1c6f3d52-1f7e-4a57-9c1e-6a1f0f7c2d11\",\"status\":\"Pending\","
                    + "\"data\":{\"entity\":null}}],\"links\":{\"next\":\"x\"},\"meta\":{\"continuationToken\":\"o2\",\"pageSize\":2}}")
                    : json(200, "{\"data\":[],\"links\":{},\"meta\":{\"pageSize\":2}}");
        }
        if (path.startsWith("/der/v1/entities/")) {
            return json(200, entity(ID));
        }
        return json(404, "{\"errors\":[{\"code\":\"NotFound\",\"message\":\"no route\"}]}");
    }

    @Test
    void everyOperationSendsRequestsThatMatchTheContract() {
        List<Entity> entities = api.entities().toList();
        Entity one = api.entity(ID);
        List<EntityFeatureStatus> before = api.features(ID);
        List<EntityFeatureStatus> after = api.setFeature(ID, DerConnectApi.CAPTURE_CHARGE_SESSIONS, true);
        List<ChargingRecord> sessions = api.chargeSessions(ID, OffsetDateTime.parse("2025-01-01T00:00:00Z"),
                OffsetDateTime.parse("2025-01-31T23:59:59Z")).toList();

        assertThat(entities).extracting(Entity::id).containsExactly(ID, "8667fb97-68f2-485a-87c7-f3bdfa9482e1");
        assertThat(one.type()).isEqualTo(EntityType.EV);
        assertThat(one.online()).isTrue();
        assertThat(before).containsExactly(new EntityFeatureStatus("CaptureChargeSessions", false));
        assertThat(after).containsExactly(new EntityFeatureStatus("CaptureChargeSessions", true));
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.data().charge().averagePower().value()).isEqualTo(7.2);
            assertThat(s.data().locationMatches().get(0).location().label()).isEqualTo("Head office");
        });

        ContractValidator contract = new ContractValidator("der-connect.yaml", "/der");
        List<RecordedRequest> apiRequests = server.requests().stream()
                .filter(r -> !r.getUrl().encodedPath().equals(TOKEN_PATH)).toList();
        assertThat(apiRequests).hasSize(6);
        assertThat(apiRequests).allSatisfy(r -> assertThat(contract.problems(r)).isEmpty());
        assertThat(apiRequests).allSatisfy(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer eyJ.tok.sig"));
    }

    @Test
    void theOnboardingListingIsReadPageByPageAsTheContractCopyDeclaresIt() {
        List<OnboardingRequest> requests = api.onboardingRequests(stop -> { }).toList();

        assertThat(requests).extracting(OnboardingRequest::entityId).containsExactly(ID, null);
        ContractValidator contract = new ContractValidator("der-connect.yaml", "/der");
        List<RecordedRequest> listed = server.requests().stream()
                .filter(r -> r.getUrl().encodedPath().equals("/der/v1/onboarding/entities")).toList();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(1).getUrl().queryParameter("continuationToken")).isEqualTo("o2");
        assertThat(listed).allSatisfy(r -> assertThat(contract.problems(r)).isEmpty());
    }

    @Test
    void aDiagnosticReportNamesTheRequestByTheContractsTemplateEvenForAnIdThatLooksLikeAPathWord() {
        server.answer(r -> r.getUrl().encodedPath().equals(TOKEN_PATH) ? json(200, token("t", 3600))
                : json(404, "{\"errors\":[{\"code\":\"NotFound\",\"message\":\"no route\"}]}"));

        assertThatThrownBy(() -> api.features("features")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.path()).isEqualTo("/der/v1/entities/features/features");
            assertThat(e.diagnostic()).get().satisfies(report -> {
                assertThat(report.pathTemplate()).isEqualTo("/der/v1/entities/{entityId}/features");
                assertThat(report.operation()).isEqualTo("GET /v1/entities/{entityId}/features (x-provenance: inferred)");
                assertThat(report.text()).contains("Request: GET /der/v1/entities/{entityId}/features on ")
                        .contains("Contract operation: GET /v1/entities/{entityId}/features (x-provenance: inferred)");
            });
        });
        assertThatThrownBy(() -> api.entity("42")).isInstanceOfSatisfying(ApiException.class, e ->
                assertThat(e.diagnostic()).get().extracting(DiagnosticReport::pathTemplate)
                        .isEqualTo("/der/v1/entities/{entityId}"));
    }

    @Test
    void tokenRequestMatchesTheContract() {
        api.entity(ID);
        ContractValidator signIn = new ContractValidator("der-connect.yaml", "/");
        RecordedRequest tokenRequest = server.requests().get(0);
        assertThat(tokenRequest.getUrl().encodedPath()).isEqualTo(TOKEN_PATH);
        assertThat(signIn.problems(tokenRequest)).isEmpty();
    }

    @Test
    void featurePatchCarriesExactlyFeatureAndEnabled() {
        api.setFeature(ID, DerConnectApi.CAPTURE_CHARGE_SESSIONS, false);
        RecordedRequest patch = server.requests().get(1);
        assertThat(patch.getMethod()).isEqualTo("PATCH");
        assertThat(patch.getBody().utf8()).isEqualTo("{\"feature\":\"CaptureChargeSessions\",\"enabled\":false}");
    }

    @Test
    void refusalToEnableShowsTheServersMessage() {
        server.answer(r -> r.getUrl().encodedPath().equals(TOKEN_PATH) ? json(200, token("t", 3600))
                : json(400, "{\"errors\":[{\"code\":\"FeatureNotSupported\",\"description\":\"The feature cannot be enabled for this Entity.\","
                + "\"message\":\"Battery capacity must be set before CaptureChargeSessions can be enabled.\"}]}"));

        assertThatThrownBy(() -> api.setFeature(ID, DerConnectApi.CAPTURE_CHARGE_SESSIONS, true))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.INVALID);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.userMessage()).isEqualTo("DER Connect rejected the request (HTTP 400): "
                            + "Battery capacity must be set before CaptureChargeSessions can be enabled.");
                    assertThat(e.method()).isEqualTo("PATCH");
                    assertThat(e.path()).isEqualTo("/der/v1/entities/" + ID + "/features");
                });
    }

    @Test
    void featuresWithAnUnknownNameOrNoStateAreReadWithoutFailing() {
        server.answer(r -> r.getUrl().encodedPath().equals(TOKEN_PATH) ? json(200, token("t", 3600))
                : json(200, "[{\"feature\":\"BidirectionalCharging\",\"isEnabled\":true},{\"feature\":\"CaptureChargeSessions\"},"
                + "{\"isEnabled\":false}]"));

        List<EntityFeatureStatus> features = api.features(ID);

        assertThat(features).containsExactly(new EntityFeatureStatus("BidirectionalCharging", true),
                new EntityFeatureStatus("CaptureChargeSessions", null), new EntityFeatureStatus(null, false));
        assertThat(features.get(0).isKnownFeature()).isFalse();
        assertThat(features.get(1).isKnownFeature()).isTrue();
    }

    @Test
    void onlyDocumentedFeaturesAreSent() {
        assertThatThrownBy(() -> api.setFeature(ID, "BidirectionalCharging", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documents only CaptureChargeSessions");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void errorsWithNullFieldsStillGiveTheFirstReasonPresent() {
        server.answer(r -> r.getUrl().encodedPath().equals(TOKEN_PATH) ? json(200, token("t", 3600))
                : json(400, "{\"errors\":[null,{\"code\":null,\"description\":null,\"message\":null},"
                + "{\"code\":\"X\",\"description\":\"Not for this brand.\",\"message\":null}]}"));

        assertThatThrownBy(() -> api.setFeature(ID, DerConnectApi.CAPTURE_CHARGE_SESSIONS, true))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.userMessage()).endsWith("Not for this brand."));
    }

    @Test
    void aNullErrorListStillGivesTheStatus() {
        server.answer(r -> r.getUrl().encodedPath().equals(TOKEN_PATH) ? json(200, token("t", 3600))
                : json(400, "{\"errors\":null}"));

        assertThatThrownBy(() -> api.setFeature(ID, DerConnectApi.CAPTURE_CHARGE_SESSIONS, true))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void anEntityAnswerAboutAnotherEntityIsRefusedInWords() {
        String other = "8667fb97-68f2-485a-87c7-f3bdfa9482e1";
        server.answer(r -> r.getUrl().encodedPath().equals(TOKEN_PATH) ? json(200, token("t", 3600)) : json(200, entity(other)));

        assertThatThrownBy(() -> api.entity(ID)).isInstanceOfSatisfying(ApiException.class, e ->
                assertThat(e.userMessage()).contains("it answered about " + other + " instead of " + ID));
    }

    @Test
    void aValidButTooDeeplyNestedAnswerSaysWhyItCannotBeRead() {
        server.answer(r -> r.getUrl().encodedPath().equals(TOKEN_PATH) ? json(200, token("t", 3600))
                : json(200, "{\"id\":\"" + ID + "\",\"type\":\"EV\",\"properties\":" + "{\"a\":".repeat(1001) + "1"
                + "}".repeat(1001) + "}"));

        assertThatThrownBy(() -> api.entity(ID)).isInstanceOfSatisfying(ApiException.class, e ->
                assertThat(e.userMessage()).contains("exceeds what Switchboard reads").contains("nesting depth (1001)"));
    }
}
