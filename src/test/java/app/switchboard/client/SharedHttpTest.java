package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.testsupport.FakeServer;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's plain client and the TLS client for real servers are one client underneath. */
class SharedHttpTest {
    private final SharedHttp http = new SharedHttp();

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void realServersGetOkHttpsDefaultTlsWithThePlatformTrustStore() {
        OkHttpClient client = http.okHttp();

        assertThat(client.connectionSpecs()).containsExactly(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);
        assertThat(client.x509TrustManager()).isNotNull();
        assertThat(client.x509TrustManager().getAcceptedIssuers()).isNotEmpty();
        assertThat(http.okHttp()).isSameAs(client);
    }

    @Test
    void theSandboxClientSpeaksOnlyPlainHttpAndSharesPoolDispatcherAndGuard() {
        OkHttpClient loopback = http.loopbackOkHttp();
        OkHttpClient tls = http.okHttp();

        assertThat(loopback.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
        assertThat(loopback.x509TrustManager()).isNull();
        assertThat(loopback.dispatcher()).isSameAs(tls.dispatcher());
        assertThat(loopback.connectionPool()).isSameAs(tls.connectionPool());
        assertThat(loopback.networkInterceptors()).isEqualTo(tls.networkInterceptors())
                .hasAtLeastOneElementOfType(CredentialGuard.class);
    }

    @Test
    void theSandboxClientReachesAPlainServerOnThisComputer() throws Exception {
        try (FakeServer server = new FakeServer()) {
            server.answer(recorded -> FakeServer.text(200, "text/plain", "ok"));
            Request request = new Request.Builder().url(server.url("/ping"))
                    .header("Authorization", "Bearer sandbox-token").build();

            try (Response response = http.loopbackOkHttp().newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.body().string()).isEqualTo("ok");
            }
            assertThat(server.requests()).singleElement()
                    .satisfies(recorded -> assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer sandbox-token"));
        }
    }
}
