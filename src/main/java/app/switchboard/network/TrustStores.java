package app.switchboard.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The operating system's certificate stores, which IT manages (and the runtime's cacerts ignores). */
public final class TrustStores {
    /** Debian and Ubuntu, then Fedora and RHEL: the bundle update-ca-certificates / update-ca-trust writes. */
    public static final List<Path> LINUX_BUNDLES = List.of(Path.of("/etc/ssl/certs/ca-certificates.crt"),
            Path.of("/etc/pki/tls/certs/ca-bundle.crt"));

    /** A store and where it came from, for the self-test and the log. */
    public record Named(String name, KeyStore store) {
    }

    /** The stores found, and the ones that exist on this OS but could not be read (with why). */
    public record Found(List<Named> stores, List<String> unavailable) {
    }

    private TrustStores() {
    }

    public static Found operatingSystem(String osName, List<Path> linuxBundles) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        List<Named> stores = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        if (os.startsWith("windows")) {
            // the current user's view of Trusted Root Certification Authorities, which includes the machine's
            // (where group policy puts an office proxy's root); jdk.crypto.mscapi provides it
            platformStore("Windows-ROOT", stores, unavailable);
        } else if (os.startsWith("mac")) {
            platformStore("KeychainStore", stores, unavailable);
            platformStore("KeychainStore-ROOT", stores, unavailable);
        } else {
            linuxBundles.stream().filter(Files::isReadable).findFirst().ifPresent(bundle -> {
                try {
                    stores.add(new Named(bundle.toString(), pemBundle(bundle)));
                } catch (IOException | GeneralSecurityException e) {
                    unavailable.add(bundle + ": " + e.getMessage());
                }
            });
        }
        return new Found(List.copyOf(stores), List.copyOf(unavailable));
    }

    private static void platformStore(String type, List<Named> stores, List<String> unavailable) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            stores.add(new Named(type, store));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // KeychainStore-ROOT exists from JDK 23 on; an older runtime simply lacks it
            unavailable.add(type + ": " + e.getMessage());
        }
    }

    /** Every certificate of a PEM file such as {@code /etc/ssl/certs/ca-certificates.crt}, as trusted entries. */
    public static KeyStore pemBundle(Path bundle) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(bundle)) {
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("bundle-" + n++, certificate);
            }
        }
        return store;
    }
}
