package app.switchboard.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractPathsTest {
    private final ContractPaths der = ContractPaths.of(ContractPaths.DER_CONNECT);
    private final ContractPaths fynn = ContractPaths.of(ContractPaths.FYNN);

    @Test
    void anIdThatIsAlsoAPathWordIsNamedByTheTemplateItStandsIn() {
        assertThat(fynn.match("PUT", List.of("fynn", "entitlements", "status", "status")))
                .get().extracting(ContractPaths.Match::pathTemplate).isEqualTo("/fynn/entitlements/{id}/status");
        assertThat(der.match("GET", List.of("connect", "v1", "entities", "features", "features")))
                .get().extracting(ContractPaths.Match::pathTemplate).isEqualTo("/connect/v1/entities/{entityId}/features");
        assertThat(der.match("GET", List.of("api", "v1", "entities", "charge-sessions")))
                .get().extracting(ContractPaths.Match::pathTemplate).isEqualTo("/api/v1/entities/{entityId}");
    }

    @Test
    void aPathTheContractDoesNotDeclareMatchesNothing() {
        assertThat(der.match("GET", List.of("der", "v2", "devices", "12"))).isEmpty();
    }

    @Test
    void provenanceIsReadPerOperation() {
        assertThat(der.operations()).filteredOn(ContractPaths.Operation::documented)
                .extracting(ContractPaths.Operation::name)
                .contains("PATCH /v1/entities/{entityId}/features", "GET /v1/onboarding/entities")
                .doesNotContain("GET /v1/entities", "GET /v1/entities/{entityId}/features");
    }
}
