package nl.leercultuur.gateway;

import nl.leercultuur.gateway.edge.ClientAddress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    final ClientAddress ingress = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5", "fd00::/8"));

    @Test
    void anUntrustedPeerIsTheClientWhateverItSays() {
        assertEquals("203.0.113.9", ingress.resolve("203.0.113.9", List.of("1.2.3.4")));
        assertEquals("127.0.0.1", new ClientAddress(List.of()).resolve("127.0.0.1", List.of("1.2.3.4")));
    }

    @Test
    void behindTrustedProxiesTheLastUntrustedHopIsTheClient() {
        // the client forged "6.6.6.6"; the ingress appended what it saw; the web app appended the ingress
        assertEquals("203.0.113.9", ingress.resolve("192.168.1.5", List.of("6.6.6.6", "203.0.113.9", "10.1.2.3")));
        assertEquals("2001:db8::1", ingress.resolve("fd00::2", List.of("[2001:db8::1]:4711")));
        assertEquals("198.51.100.4", ingress.resolve("10.0.0.1", List.of("198.51.100.4:5123")));
    }

    @Test
    void garbageOrNoChainStopsAtTheLastAddressVouchedFor() {
        assertEquals("10.0.0.1", ingress.resolve("10.0.0.1", List.of()));
        assertEquals("10.9.9.9", ingress.resolve("10.0.0.1", List.of("unknown", "10.9.9.9")));
        assertEquals("10.0.0.1", ingress.resolve("10.0.0.1", List.of("evil.example.com")), "names are never looked up");
    }

    @Test
    void forwardedHeaderIsPreferredOverXForwardedFor() {
        assertEquals(List.of("\"[2001:db8::1]:4711\"", "192.0.2.60"),
                ClientAddress.chain("for=\"[2001:db8::1]:4711\";proto=https, for=192.0.2.60;by=203.0.113.43", "1.1.1.1"));
        assertEquals(List.of("1.1.1.1", "2.2.2.2"), ClientAddress.chain(null, "1.1.1.1, 2.2.2.2"));
    }

    @Test
    void rangesMatchByPrefix() {
        assertTrue(ingress.isTrusted("10.255.0.1"));
        assertFalse(ingress.isTrusted("11.0.0.1"));
        assertTrue(ingress.isTrusted("192.168.1.5"));
        assertFalse(ingress.isTrusted("192.168.1.6"));
        assertTrue(new ClientAddress(List.of("172.16.0.0/12")).isTrusted("172.31.255.255"));
        assertFalse(new ClientAddress(List.of("172.16.0.0/12")).isTrusted("172.32.0.0"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("ingress.local")));
    }
}
