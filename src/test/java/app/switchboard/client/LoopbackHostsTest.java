package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.switchboard.testsupport.FakeServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Plain http carries credentials only to this computer, named by a loopback literal or exactly "localhost". */
class LoopbackHostsTest {
    @Test
    void onlyLoopbackLiteralsAndLocalhostCountAsThisComputer() {
        for (String host : List.of("127.0.0.1", "127.255.255.254", "127.1.2.3", "localhost", "LocalHost", "::1", "[::1]",
                "0:0:0:0:0:0:0:1", "[0000:0000:0000:0000:0000:0000:0000:0001]")) {
            assertThat(LoopbackHosts.isLoopback(host)).as(host).isTrue();
        }
        for (String host : List.of("127.example.com", "127.0.0.1.nip.io", "127.0.0.1.", "localhost.example.com",
                "localhost.", "0127.0.0.1", "127.0.0.256", "128.0.0.1", "::2", "[::ffff:10.0.0.1]", "example.com", "",
                "127")) {
            assertThat(LoopbackHosts.isLoopback(host)).as(host).isFalse();
        }
    }

    @Test
    void theClientRefusesToSendAKeyOverPlainHttpToANameStartingWith127() {
        try (FakeServer server = new FakeServer()) {
            // every name resolves to this computer here, so without the rule the key would really arrive
            OkHttpClient everythingIsLocal = new OkHttpClient.Builder()
                    .dns(hostname -> Dns.SYSTEM.lookup("127.0.0.1")).build();
            ApiCaller caller = ApiCaller.builder(everythingIsLocal, "Fynn")
                    .baseUrl("http://127.example.com:" + server.port() + "/api").retry(RetryPolicy.none())
                    .bearer(new ApiKeyBearer("Fynn", () -> Optional.of("fynn-key-0123456789"))).build();

            ApiException refused = catchThrowableOfType(ApiException.class,
                    () -> caller.send(ApiRequest.get("things"), JsonNode.class));

            assertThat(refused.kind()).isEqualTo(ApiErrorKind.INSECURE);
            assertThat(refused.userMessage()).contains("127.example.com");
            assertThat(server.requests()).as("nothing reached the server").isEmpty();
        }
    }
}
