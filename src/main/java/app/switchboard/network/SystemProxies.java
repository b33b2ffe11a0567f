package app.switchboard.network;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The operating system's proxy settings (Windows Internet Options, macOS network settings, GNOME
 * or the {@code *_proxy} variables on Linux), as the JDK's default {@link ProxySelector} reads them
 * when {@code java.net.useSystemProxies} is true. OkHttp asks {@link ProxySelector#getDefault()}
 * for every connection.
 */
public final class SystemProxies {
    public static final String PROPERTY = "java.net.useSystemProxies";

    private SystemProxies() {
    }

    /**
     * Turns the system proxies on unless the user chose otherwise with {@code -Djava.net.useSystemProxies}.
     * The JDK reads the property once, when the default selector is first used, so this runs first in main.
     */
    public static void honour() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }

    public static boolean honoured() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY));
    }

    /** Where a connection to {@code uri} would go, e.g. "DIRECT" or "HTTP @ proxy.example:8080". */
    public static String routeTo(URI uri) {
        ProxySelector selector = ProxySelector.getDefault();
        List<Proxy> proxies = selector == null ? List.of(Proxy.NO_PROXY) : selector.select(uri);
        return proxies.stream().map(SystemProxies::describe).collect(Collectors.joining(", "));
    }

    private static String describe(Proxy proxy) {
        if (proxy.type() == Proxy.Type.DIRECT) {
            return "DIRECT";
        }
        return proxy.type() + " @ " + (proxy.address() instanceof InetSocketAddress at
                ? at.getHostString() + ":" + at.getPort() : String.valueOf(proxy.address()));
    }
}
