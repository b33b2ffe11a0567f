package app.switchboard.resilience.transport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS verification is never switched off: the application's sources contain none of the usual ways
 * of trusting every certificate or every host name.
 */
class TrustAllScanTest {
    private static final List<Pattern> TRUST_ALL = List.of(
            Pattern.compile("implements\\s+[\\w.,\\s]*X509(Extended)?TrustManager"),
            Pattern.compile("new\\s+X509(Extended)?TrustManager\\s*\\("),
            Pattern.compile("implements\\s+[\\w.,\\s]*HostnameVerifier"),
            Pattern.compile("hostnameVerifier\\s*\\(\\s*\\(?[^)]*\\)?\\s*->\\s*true"),
            Pattern.compile("HostnameVerifier[^;{]*\\{[^}]*return\\s+true", Pattern.DOTALL),
            Pattern.compile("setDefaultHostnameVerifier"),
            Pattern.compile("sslSocketFactory\\s*\\("),
            Pattern.compile("setDefaultSSLSocketFactory"),
            Pattern.compile("ALLOW_ALL"),
            Pattern.compile("(?i)trust_?all"),
            Pattern.compile("(?i)InsecureTrustManager|TrustSelfSignedStrategy|NoopHostnameVerifier"),
            Pattern.compile("checkServerTrusted\\s*\\([^)]*\\)\\s*(throws[^{]*)?\\{\\s*}"));

    /**
     * Reviewed exceptions, each proven by a test: the composite trust manager of #24 (the runtime's
     * roots or the operating system's store, each a PKIX manager; it throws when none trusts) and
     * the one place that hands it to OkHttp. network.OfficeTrustTest shows a server whose root is in
     * no store refused and a wrong host name refused through it.
     */
    private static final Map<Path, List<String>> REVIEWED = Map.of(
            Path.of("app", "switchboard", "network", "CompositeTrustManager.java"),
            List.of("implements\\s+[\\w.,\\s]*X509(Extended)?TrustManager"),
            Path.of("app", "switchboard", "client", "SharedHttp.java"), List.of("sslSocketFactory\\s*\\("));

    @Test
    void noSourceFileTrustsAllCertificatesOrHostNames() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                List<String> allowed = REVIEWED.entrySet().stream().filter(e -> file.endsWith(e.getKey()))
                        .flatMap(e -> e.getValue().stream()).toList();
                matches(file.toString(), Files.readString(file, StandardCharsets.UTF_8)).stream()
                        .filter(match -> allowed.stream().noneMatch(pattern -> match.endsWith(" matches " + pattern)))
                        .forEach(found::add);
            }
        }
        assertThat(files).as("source files scanned").isGreaterThan(100);
        assertThat(found).as("code that disables TLS verification").isEmpty();
    }

    @Test
    void theScanFindsTheUsualTrustAllCode() {
        String trustAll = """
                class Naive implements X509TrustManager {
                    public void checkServerTrusted(X509Certificate[] chain, String type) {}
                }
                OkHttpClient c = new OkHttpClient.Builder()
                        .sslSocketFactory(context.getSocketFactory(), (X509TrustManager) managers[0])
                        .hostnameVerifier((host, session) -> true).build();
                SSLConnectionSocketFactory f = new SSLConnectionSocketFactory(ctx, ALLOW_ALL_HOSTNAME_VERIFIER);
                """;

        assertThat(matches("Naive.java", trustAll)).hasSizeGreaterThanOrEqualTo(5);
    }

    private static List<String> matches(String file, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : TRUST_ALL) {
            var m = p.matcher(text);
            while (m.find()) {
                int line = text.substring(0, m.start()).split("\n", -1).length;
                found.add(file + ":" + line + " matches " + p.pattern());
            }
        }
        return found;
    }
}
