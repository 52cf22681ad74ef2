package nl.leercultuur.gateway;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import nl.leercultuur.gateway.edge.VerifiedTokens;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    long nanos;
    long epochSeconds = 1_800_000_000L;
    final Ticker ticker = () -> nanos;

    QuarkusSecurityIdentity identity(String subject, Long expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        if (expiresAt != null) {
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expiresAt));
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims)).build();
    }

    void pass(long seconds) {
        nanos += TimeUnit.SECONDS.toNanos(seconds);
        epochSeconds += seconds;
    }

    @Test
    void aVerifiedTokenIsKnownUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(100, ticker, () -> epochSeconds);
        QuarkusSecurityIdentity id = identity("user-1", epochSeconds + 300);
        assertNull(tokens.known("t1"), "nothing verified yet");
        tokens.verified("t1", id);
        assertSame(id, tokens.known("t1"));
        assertNull(tokens.known("t2"), "another token is checked on its own");
        pass(299);
        assertSame(id, tokens.known("t1"), "a second before its expiry");
        pass(1);
        assertNull(tokens.known("t1"), "expired: verified again, and then refused");
    }

    @Test
    void aTokenWithoutExpiryOrAlreadyExpiredIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(100, ticker, () -> epochSeconds);
        tokens.verified("no-exp", identity("user-1", null));
        tokens.verified("expired", identity("user-2", epochSeconds - 1));
        assertNull(tokens.known("no-exp"));
        assertNull(tokens.known("expired"));
        assertEquals(0, tokens.size());
    }

    @Test
    void theCacheIsBoundedAndCanBeSwitchedOff() {
        VerifiedTokens tokens = new VerifiedTokens(10, ticker, () -> epochSeconds);
        for (int i = 0; i < 1000; i++) {
            tokens.verified("t" + i, identity("user-" + i, epochSeconds + 300));
        }
        tokens.known("t0"); // let the cache do its housekeeping
        org.awaitility.Awaitility.await().until(() -> tokens.size() <= 10);
        VerifiedTokens off = new VerifiedTokens(0, ticker, () -> epochSeconds);
        off.verified("t", identity("user", epochSeconds + 300));
        assertNull(off.known("t"), "size 0 verifies every request");
    }

    @Test
    void onlyABearerHeaderNamesAToken() {
        assertEquals("abc.def.ghi", VerifiedTokens.bearer("Bearer abc.def.ghi"));
        assertEquals("abc", VerifiedTokens.bearer("bearer  abc "));
        assertNull(VerifiedTokens.bearer("Basic dXNlcjpwYXNz"));
        assertNull(VerifiedTokens.bearer("Bearer "));
        assertNull(VerifiedTokens.bearer(null));
    }

    @Test
    void theClaimedExpiryIsReadWithoutTrustingTheToken() {
        assertEquals(-1, VerifiedTokens.claimedExpiry("not a token"));
        assertEquals(-1, VerifiedTokens.claimedExpiry("a.%%%.c"));
        assertEquals(-1, VerifiedTokens.claimedExpiry("a." + b64("[1,2]") + ".c"), "not an object");
        assertEquals(-1, VerifiedTokens.claimedExpiry("a." + b64("{\"sub\":\"x\"}") + ".c"), "no expiry");
        assertEquals(-1, VerifiedTokens.claimedExpiry("a." + b64("{\"exp\":\"soon\"}") + ".c"), "not a number");
        assertEquals(1764720000L, VerifiedTokens.claimedExpiry("a." + b64("{\"exp\":1764720000}") + ".c"));
        String expired = nl.leercultuur.testkit.TestTokens.expired("admin");
        assertTrue(VerifiedTokens.claimedExpiry(expired) < System.currentTimeMillis() / 1000);
        assertTrue(VerifiedTokens.claimedExpiry(nl.leercultuur.testkit.TestTokens.admin()) > System.currentTimeMillis() / 1000);
    }

    @Test
    void onlyATokenPastItsExpiryAndTheGraceIsRefusedBeforeVerifying() {
        long now = 1_764_720_000L;
        String expiresNow = "a." + b64("{\"exp\":" + now + "}") + ".c";
        // jose4j refuses at exp <= now - skew; refusing early only strictly after that never refuses what it accepts
        assertFalse(VerifiedTokens.expiredBeforeVerifying(expiresNow, now, 0));
        assertTrue(VerifiedTokens.expiredBeforeVerifying(expiresNow, now + 1, 0));
        assertFalse(VerifiedTokens.expiredBeforeVerifying(expiresNow, now + 60, 60), "within the grace");
        assertTrue(VerifiedTokens.expiredBeforeVerifying(expiresNow, now + 61, 60));
        for (String huge : new String[]{"9223372036854775807", "1e300", "1e400"}) {
            assertFalse(VerifiedTokens.expiredBeforeVerifying("a." + b64("{\"exp\":" + huge + "}") + ".c", now, 300),
                    "a far-future expiry cannot overflow into the past: " + huge);
        }
        for (String odd : new String[]{"{\"exp\":-5}", "{\"exp\":\"1\"}", "{\"exp\":null}", "{}"}) {
            assertFalse(VerifiedTokens.expiredBeforeVerifying("a." + b64(odd) + ".c", now, 0), "left to the full check: " + odd);
        }
        assertFalse(VerifiedTokens.expiredBeforeVerifying("no-dots-at-all", now, 0));
        assertFalse(VerifiedTokens.expiredBeforeVerifying("a..c", now, 0));
    }

    private static String b64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
