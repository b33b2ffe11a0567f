package app.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.ContractClient.Answer;
import app.switchboard.sandbox.FynnModel.Entitlement;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox as a server: its documents, its credentials, and many clients at once. */
class SandboxServingTest {
    private final Sandbox sandbox = Sandbox.start(SandboxConfig.defaults());
    private final ContractClient client = new ContractClient(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void bothOpenApiDocumentsAreServedFromTheClassPath() throws Exception {
        for (String name : List.of("der-connect.yaml", "fynn.yaml")) {
            Answer answer = client.plain("GET", "/openapi/" + name, null);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).startsWith("application/yaml");
            try (InputStream in = getClass().getResourceAsStream("/app/switchboard/api/" + name)) {
                assertThat(answer.body()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(client.plain("GET", "/openapi/other.yaml", null).status()).isEqualTo(404);
    }

    @Test
    void demoCredentialsAreGeneratedPerStartUnlessConfigured() {
        try (Sandbox other = Sandbox.start(SandboxConfig.defaults());
             Sandbox fixed = Sandbox.start(SandboxConfig.builder().clientId("esp_Fixed").clientSecret("s3cret")
                     .fynnApiKey("key").fynnReadOnlyKey("read").build())) {
            assertThat(other.clientSecret()).isNotEqualTo(sandbox.clientSecret());
            assertThat(other.fynnApiKey()).isNotEqualTo(sandbox.fynnApiKey());
            assertThat(other.port()).isNotEqualTo(sandbox.port());
            assertThat(fixed.clientId()).isEqualTo("esp_Fixed");
            assertThat(new ContractClient(fixed).requestToken("esp_Fixed", "s3cret").status()).isEqualTo(200);
            assertThat(fixed.toString()).doesNotContain("s3cret");
            assertThat(fixed.config().toString()).doesNotContain("s3cret").doesNotContain("key=");
        }
    }

    @Test
    void aPortInUseIsReportedWithThePort() {
        SandboxConfig taken = SandboxConfig.builder().port(sandbox.port()).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sandbox.start(taken))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining(String.valueOf(sandbox.port()));
    }

    @Test
    void unknownPathsOutsideBothApisAreNotFound() {
        assertThat(client.plain("GET", "/", null).status()).isEqualTo(404);
        assertThat(client.plain("GET", "/admin/nothing", null).status()).isEqualTo(404);
    }

    @Test
    void manyClientsSwitchingAndPagingAtOnceEndWithEveryLastWriteKept() throws Exception {
        List<Entitlement> targets = sandbox.fynnStore().allEntitlements().stream()
                .filter(e -> e.status(sandbox.clock().instant()).equals("active")).limit(80).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                List<Entitlement> mine = targets.subList(t * 10, t * 10 + 10);
                work.add(() -> {
                    for (int round = 0; round < 3; round++) {
                        for (Entitlement e : mine) {
                            boolean on = round % 2 == 1;
                            Answer answer = client.fynn("PUT", "/entitlements/" + e.id() + "/status", "{\"active\":" + on + "}");
                            assertThat(answer.json().get("status").asText()).isEqualTo(on ? "active" : "disabled");
                        }
                        assertThat(new ContractClient(sandbox).der("GET", "/v1/entities?pageSize=50", null).status()).isEqualTo(200);
                    }
                    return true;
                });
            }
            for (Future<Boolean> done : pool.invokeAll(work, 120, TimeUnit.SECONDS)) {
                assertThat(done.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(targets).allSatisfy(e -> assertThat(sandbox.fynnStore().entitlement(e.id()).orElseThrow().enabled()).isFalse());
    }
}
