package app.switchboard.network;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts a server when any of its trust managers does: the runtime's own roots, or the operating
 * system's store, where IT installs the root of an office's TLS-inspecting proxy.
 */
public final class CompositeTrustManager implements X509TrustManager {
    private final List<X509TrustManager> managers;

    public CompositeTrustManager(List<X509TrustManager> managers) {
        if (managers.isEmpty()) {
            throw new IllegalArgumentException("no trust manager");
        }
        this.managers = List.copyOf(managers);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        anyTrusts(manager -> manager.checkClientTrusted(chain, authType));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        anyTrusts(manager -> manager.checkServerTrusted(chain, authType));
    }

    /** One trust manager's verdict: returns when it trusts the chain. */
    @FunctionalInterface
    private interface Check {
        void on(X509TrustManager manager) throws CertificateException;
    }

    private void anyTrusts(Check check) throws CertificateException {
        List<CertificateException> failures = new ArrayList<>();
        for (X509TrustManager manager : managers) {
            try {
                check.on(manager);
                return;
            } catch (CertificateException e) {
                failures.add(e);
            }
        }
        throw mostTelling(failures);
    }

    /**
     * A store that knew the issuer but found another fault (expired, not yet valid) says more than
     * the stores that did not know it at all; the others ride along as suppressed exceptions.
     */
    private static CertificateException mostTelling(List<CertificateException> failures) {
        CertificateException chosen = failures.stream().filter(f -> TlsProblem.of(f) != TlsProblem.UNTRUSTED)
                .findFirst().orElse(failures.get(0));
        failures.stream().filter(f -> f != chosen).forEach(chosen::addSuppressed);
        return chosen;
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return managers.stream().flatMap(m -> Arrays.stream(m.getAcceptedIssuers())).distinct()
                .toArray(X509Certificate[]::new);
    }
}
