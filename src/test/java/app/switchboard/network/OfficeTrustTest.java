package app.switchboard.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.client.ApiCaller;
import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.ApiRequest;
import app.switchboard.client.RetryPolicy;
import app.switchboard.client.SharedHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local HTTPS server whose certificate authority, like an office proxy's, is in the operating
 * system's bundle only, never in the runtime's cacerts.
 */
class OfficeTrustTest {
    private static final HeldCertificate OFFICE_ROOT = new HeldCertificate.Builder().certificateAuthority(0)
            .commonName("Office TLS inspection root").build();

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private SharedHttp http;

    @AfterEach
    void close() {
        server.close();
        if (http != null) {
            http.close();
        }
    }

    private void serve(HeldCertificate.Builder certificate) throws IOException {
        HeldCertificate held = certificate.signedBy(OFFICE_ROOT).build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(held).build().sslSocketFactory());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"ok\":true}").build());
        server.start();
    }

    private HeldCertificate.Builder forThisServer() {
        return new HeldCertificate.Builder().addSubjectAlternativeName("localhost");
    }

    private TrustStores.Found systemBundleWithOfficeRoot() throws IOException {
        Path bundle = Files.writeString(dir.resolve("ca-certificates.crt"), OFFICE_ROOT.certificatePem());
        return TrustStores.operatingSystem("Linux", List.of(dir.resolve("absent.crt"), bundle));
    }

    private JsonNode call(TrustStores.Found system) {
        TlsSetup tls = TlsSetup.of(system);
        assertThat(server.getHostName()).isEqualTo("localhost");
        http = new SharedHttp(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(20), () -> tls);
        ApiCaller caller = ApiCaller.builder(http.okHttp(), "DER Connect").baseUrl(server.url("/api").toString())
                .retry(RetryPolicy.none()).build();
        return caller.send(ApiRequest.get("things"), JsonNode.class);
    }

    @Test
    void aServerSignedByARootOnlyInTheSystemBundleIsTrusted() throws Exception {
        serve(forThisServer());
        TrustStores.Found system = systemBundleWithOfficeRoot();

        assertThat(call(system).path("ok").asBoolean()).isTrue();
        assertThat(http.tls().sources()).containsExactly(TlsSetup.RUNTIME, dir.resolve("ca-certificates.crt").toString());
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void withoutTheRootTheFailureNamesTheUntrustedCertificateAndTheStoreToCheckInBothLanguages() throws Exception {
        serve(forThisServer());

        assertThatThrownBy(() -> call(new TrustStores.Found(List.of(), List.of())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.TLS);
                    assertThat(TlsProblem.of(e.getCause())).isEqualTo(TlsProblem.UNTRUSTED);
                    assertThat(e.userMessage()).contains("not signed by an authority this computer trusts")
                            .contains("operating system's certificate store");
                    assertThat(e.words().in(Locale.GERMAN)).contains("keiner Stelle signiert")
                            .contains("Zertifikatspeicher des Betriebssystems");
                });
    }

    @Test
    void aServerWhoseRootIsInNeitherStoreIsRefusedThoughTheSystemBundleIsUsed() throws Exception {
        serve(forThisServer());
        HeldCertificate otherRoot = new HeldCertificate.Builder().certificateAuthority(0).commonName("Another root").build();
        Path bundle = Files.writeString(dir.resolve("ca-certificates.crt"), otherRoot.certificatePem());
        TrustStores.Found system = TrustStores.operatingSystem("Linux", List.of(bundle));

        assertThatThrownBy(() -> call(system)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.TLS);
            assertThat(TlsProblem.of(e.getCause())).isEqualTo(TlsProblem.UNTRUSTED);
        });
        assertThat(http.tls().sources()).hasSize(2);
    }

    @Test
    void anExpiredCertificateIsNamedAsExpiredEvenThoughOnlyTheSystemBundleKnowsItsRoot() throws Exception {
        long day = TimeUnit.DAYS.toMillis(1);
        long now = System.currentTimeMillis();
        serve(forThisServer().validityInterval(now - 30 * day, now - day));
        TrustStores.Found system = systemBundleWithOfficeRoot();

        assertThatThrownBy(() -> call(system)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(TlsProblem.of(e.getCause())).isEqualTo(TlsProblem.EXPIRED);
            assertThat(e.userMessage()).contains("certificate has expired").contains("date and time of this computer");
            assertThat(e.words().in(Locale.GERMAN)).contains("abgelaufen");
        });
    }

    @Test
    void aCertificateForAnotherNameSaysToCheckTheUrl() throws Exception {
        serve(new HeldCertificate.Builder().addSubjectAlternativeName("api.elsewhere.example"));
        TrustStores.Found system = systemBundleWithOfficeRoot();

        assertThatThrownBy(() -> call(system)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(TlsProblem.of(e.getCause())).isEqualTo(TlsProblem.HOSTNAME);
            assertThat(e.userMessage()).contains("issued for another name").contains("check the URL in Settings");
        });
    }

    @Test
    void aStoreThisRuntimeCannotOpenIsReportedNotFatal() {
        TrustStores.Found windowsOnLinux = TrustStores.operatingSystem("Windows 11", List.of());

        assertThat(windowsOnLinux.stores()).isEmpty();
        assertThat(windowsOnLinux.unavailable()).singleElement().asString().startsWith("Windows-ROOT");
        assertThat(TlsSetup.of(windowsOnLinux).sources()).containsExactly(TlsSetup.RUNTIME);
    }
}
