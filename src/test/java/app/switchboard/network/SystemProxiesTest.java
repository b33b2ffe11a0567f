package app.switchboard.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SystemProxiesTest {
    private String previous;
    private ProxySelector previousSelector;

    @BeforeEach
    void remember() {
        previous = System.getProperty(SystemProxies.PROPERTY);
        previousSelector = ProxySelector.getDefault();
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(SystemProxies.PROPERTY);
        } else {
            System.setProperty(SystemProxies.PROPERTY, previous);
        }
        ProxySelector.setDefault(previousSelector);
    }

    @Test
    void theSystemsProxiesAreTurnedOnUnlessTheUserChoseOtherwise() {
        System.clearProperty(SystemProxies.PROPERTY);
        SystemProxies.honour();
        assertThat(SystemProxies.honoured()).isTrue();

        System.setProperty(SystemProxies.PROPERTY, "false");
        SystemProxies.honour();
        assertThat(SystemProxies.honoured()).isFalse();
    }

    @Test
    void theRouteNamesTheProxyTheSelectorChooses() {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.office.example", 3128)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            }
        });

        assertThat(SystemProxies.routeTo(URI.create("https://api.example.com/"))).isEqualTo("HTTP @ proxy.office.example:3128");
    }
}
