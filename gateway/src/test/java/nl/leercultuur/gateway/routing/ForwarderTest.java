package nl.leercultuur.gateway.routing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForwarderTest {

    @Test
    void onlyAPlainLengthOfAtMost64KibIsReadWhole() {
        assertTrue(Forwarder.wholeFits("0"));
        assertTrue(Forwarder.wholeFits("15597"));
        assertTrue(Forwarder.wholeFits("65536"));
        assertFalse(Forwarder.wholeFits("65537"));
        assertFalse(Forwarder.wholeFits("3145728"));
        assertFalse(Forwarder.wholeFits("99999999999999999999"), "no overflow into a small number");
        assertFalse(Forwarder.wholeFits(""));
        assertFalse(Forwarder.wholeFits("-1"));
        assertFalse(Forwarder.wholeFits("12 34"));
        assertFalse(Forwarder.wholeFits("1e3"));
    }

    @Test
    void theAccessLineReadsAsAPersonWouldWriteIt() {
        assertEquals("GET /api/v1/catalog/resources?q=leren -> catalog 200 3.2 ms [req-1]",
                Forwarder.accessLine("GET", "/api/v1/catalog/resources?q=leren", "catalog", 200, 3_240_000, "req-1", ""));
        assertEquals("POST /x -> survey 503 0.0 ms [r] (circuit open)",
                Forwarder.accessLine("POST", "/x", "survey", 503, 40_000, "r", " (circuit open)"));
    }

    @Test
    void hopByHopHeadersAreKnownInAnyCase() {
        assertTrue(Forwarder.hopByHop("Connection"));
        assertTrue(Forwarder.hopByHop("transfer-encoding"));
        assertTrue(Forwarder.hopByHop("Transfer-Encoding"));
        assertTrue(Forwarder.hopByHop("X-FORWARDED-FOR"));
        assertTrue(Forwarder.hopByHop("Content-Length"));
        assertTrue(Forwarder.hopByHop("TE"));
        assertFalse(Forwarder.hopByHop("Content-Type"));
        assertFalse(Forwarder.hopByHop("X-Request-Id"));
        assertFalse(Forwarder.hopByHop("Trailers"), "a name of another length is another name");
        assertFalse(Forwarder.hopByHop("ta"));
    }
}
