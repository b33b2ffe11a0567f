package app.switchboard.selftest;

import app.switchboard.network.SystemProxies;
import app.switchboard.network.TlsSetup;
import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The office-network set-up: the system's proxy settings are in use, and the operating system's
 * certificate store is trusted beside the runtime's. On Windows and macOS that store must load
 * (a runtime without jdk.crypto.mscapi fails here); Linux may lack the bundle.
 */
public final class NetworkCheck {
    public static final String NAME = "proxy and certificates";
    private static final URI PROBE = URI.create("https://api.example.com/");

    private NetworkCheck() {
    }

    public static CheckResult run(Supplier<TlsSetup> tlsSetup, String osName) {
        try {
            if (!SystemProxies.honoured()) {
                return CheckResult.failed(NAME, "the system's proxy settings are not in use ("
                        + SystemProxies.PROPERTY + "=" + System.getProperty(SystemProxies.PROPERTY) + ")");
            }
            TlsSetup tls = tlsSetup.get();
            String os = osName.toLowerCase(Locale.ROOT);
            boolean storeRequired = os.startsWith("windows") || os.startsWith("mac");
            String trusted = "trusting " + String.join(" + ", tls.sources())
                    + (tls.unavailable().isEmpty() ? "" : " (not available: " + String.join("; ", tls.unavailable()) + ")");
            if (storeRequired && tls.sources().size() < 2) {
                return CheckResult.failed(NAME, "the operating system's certificate store could not be read: " + trusted);
            }
            return CheckResult.ok(NAME, "system proxies in use (" + PROBE.getHost() + " via "
                    + SystemProxies.routeTo(PROBE) + "); " + trusted);
        } catch (RuntimeException e) {
            return CheckResult.failed(NAME, String.valueOf(e.getMessage()));
        }
    }
}
