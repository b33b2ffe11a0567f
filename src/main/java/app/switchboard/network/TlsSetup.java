package app.switchboard.network;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * How TLS is checked: against the runtime's own roots and the operating system's store together.
 *
 * @param trustManager  trusts what any of the stores trusts
 * @param socketFactory TLS sockets checked by {@code trustManager}
 * @param sources       the stores in use, runtime first
 * @param unavailable   stores this OS has that could not be read, with the reason
 */
public record TlsSetup(X509TrustManager trustManager, SSLSocketFactory socketFactory, List<String> sources,
                       List<String> unavailable) {
    public static final String RUNTIME = "runtime cacerts";

    public static TlsSetup forThisComputer() {
        return of(TrustStores.operatingSystem(System.getProperty("os.name"), TrustStores.LINUX_BUNDLES));
    }

    public static TlsSetup of(TrustStores.Found system) {
        try {
            List<X509TrustManager> managers = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            managers.add(managerFor(null));
            sources.add(RUNTIME);
            for (TrustStores.Named store : system.stores()) {
                managers.add(managerFor(store.store()));
                sources.add(store.name());
            }
            X509TrustManager trust = new CompositeTrustManager(managers);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{trust}, null);
            return new TlsSetup(trust, context.getSocketFactory(), List.copyOf(sources), system.unavailable());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS cannot be set up: " + e.getMessage(), e);
        }
    }

    /** The default (PKIX) trust manager over {@code store}; null means the runtime's cacerts. */
    private static X509TrustManager managerFor(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager for " + (store == null ? RUNTIME : store.getType()));
    }
}
