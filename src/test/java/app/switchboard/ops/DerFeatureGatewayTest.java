package app.switchboard.ops;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.EntityFeatureStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.List;

import static app.switchboard.ops.Fixtures.PRODUCTION;
import static app.switchboard.ops.Fixtures.ev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DerFeatureGatewayTest {
    private static final String CAPTURE = DerConnectApi.CAPTURE_CHARGE_SESSIONS;
    private final ChangeTarget target = ev(PRODUCTION, 1);

    @TempDir
    Path home;

    private static DerFeatureGateway gateway(InterfaceFake<DerConnectApi> fake) {
        DerConnectApi api = fake.build();
        return new DerFeatureGateway(env -> api);
    }

    private static ApiException error(ApiErrorKind kind, int status, List<String> words, Throwable cause) {
        return new ApiException(kind, "DER Connect", status, words, "PATCH", "/v1/entities/entity-1/features",
                "der.example", "req-77", null, cause);
    }

    private SwitchFailure failureOf(ApiException e) {
        DerFeatureGateway gateway = gateway(InterfaceFake.of(DerConnectApi.class).on("setFeature", args -> {
            throw e;
        }));
        return catchThrowableOfType(SwitchFailure.class, () -> gateway.apply(target, true));
    }

    @Test
    void readsTheFeaturesStateAndAFeatureNotListedCountsAsOff() throws Exception {
        List<EntityFeatureStatus> features = List.of(new EntityFeatureStatus("Other", true),
                new EntityFeatureStatus(CAPTURE, true));
        assertThat(gateway(InterfaceFake.of(DerConnectApi.class).on("features", args -> features))
                .readCurrent(target).on()).isTrue();
        assertThat(gateway(InterfaceFake.of(DerConnectApi.class).on("features", args -> List.of(new EntityFeatureStatus("Other", true))))
                .readCurrent(target).on()).isFalse();
    }

    @Test
    void aWriteReportsTheStateTheServerAnswered() throws Exception {
        DerFeatureGateway gateway = gateway(InterfaceFake.of(DerConnectApi.class).on("setFeature", args -> {
            assertThat(args).containsExactly("entity-1", CAPTURE, true);
            return List.of(new EntityFeatureStatus(CAPTURE, false));
        }));

        assertThat(gateway.apply(target, true).state().on()).isFalse();
    }

    @Test
    void aBadRequestIsARefusalInTheServersWords() {
        SwitchFailure f = failureOf(error(ApiErrorKind.INVALID, 400,
                List.of("The battery capacity of this vehicle must be set first"), null));

        assertThat(f.kind()).isEqualTo(SwitchFailure.Kind.REFUSED);
        assertThat(f.httpStatus()).isEqualTo(400);
        assertThat(f.getMessage()).isEqualTo("The battery capacity of this vehicle must be set first");
        assertThat(f.requestId()).isEqualTo("req-77");
    }

    @Test
    void anUnprocessableRequestAndAnUnknownEntityAreRefusals() {
        assertThat(failureOf(error(ApiErrorKind.INVALID, 422, List.of("not allowed"), null)).kind())
                .isEqualTo(SwitchFailure.Kind.REFUSED);
        assertThat(failureOf(error(ApiErrorKind.NOT_FOUND, 404, List.of(), null)).getMessage())
                .isEqualTo("DER Connect could not find it (HTTP 404).");
    }

    @Test
    void aForbiddenWriteIsMarkedAsAPermissionProblem() {
        SwitchFailure f = failureOf(error(ApiErrorKind.FORBIDDEN, 403, List.of("Insufficient scope"), null));

        assertThat(f.kind()).isEqualTo(SwitchFailure.Kind.FORBIDDEN);
        assertThat(f.getMessage()).isEqualTo("Insufficient scope");
    }

    @Test
    void timeoutsServerErrorsAndRejectedCredentialsAreFailuresWithTheirCause() {
        SwitchFailure timeout = failureOf(error(ApiErrorKind.TIMEOUT, 0, List.of(), new SocketTimeoutException("read timed out")));
        SwitchFailure unavailable = failureOf(error(ApiErrorKind.SERVER_ERROR, 503, List.of(), null));
        SwitchFailure unauthorised = failureOf(error(ApiErrorKind.UNAUTHORISED, 401, List.of(), null));

        assertThat(timeout.kind()).isEqualTo(SwitchFailure.Kind.FAILED);
        assertThat(timeout.httpStatus()).isNull();
        assertThat(timeout.getMessage()).contains("did not answer in time", "read timed out");
        assertThat(unavailable.kind()).isEqualTo(SwitchFailure.Kind.FAILED);
        assertThat(unavailable.httpStatus()).isEqualTo(503);
        assertThat(unauthorised.kind()).isEqualTo(SwitchFailure.Kind.FAILED);
        assertThat(unauthorised.getMessage()).contains("Check the client id and client secret");
    }

    @Test
    void throughTheEngineARefusalIsRecordedWithTheServersReasonAndRequestId() {
        DerFeatureGateway gateway = gateway(InterfaceFake.of(DerConnectApi.class)
                .on("features", args -> List.of(new EntityFeatureStatus(CAPTURE, false)))
                .on("setFeature", args -> {
                    throw error(ApiErrorKind.INVALID, 400, List.of("Manufacturer not supported"), null);
                }));
        ActivityLog log = new ActivityLog(home);
        ChangeEngine engine = new ChangeEngine(List.of(gateway), new ConfirmationPolicy(ConfirmationSettings.defaults()),
                new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed(null)), log, new ReadOnlyApis(),
                new UndoStack(), java.time.Clock.systemUTC(), "alice");

        ChangeOutcome outcome = engine.change(ChangeRequest.set(target, false, true));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.REFUSED);
        ActivityEntry entry = Fixtures.entries(log).get(0);
        assertThat(entry.outcome().message()).isEqualTo("Manufacturer not supported");
        assertThat(entry.outcome().httpStatus()).isEqualTo(400);
        assertThat(entry.requestId()).isEqualTo("req-77");
    }
}
