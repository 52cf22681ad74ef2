package nl.leercultuur.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.Base64;
import java.util.function.LongSupplier;

/**
 * Bearer tokens whose signature, issuer, audience and expiry were checked, with the identity made from them, kept
 * until the token's own expiry (bounded, least recently used out first). A signed JWT cannot change, so checking it
 * again on every request only repeats an RSA verification and a JSON parse (two fifths of the gateway's work per
 * authenticated request). The key is the token exactly as presented; a token without an expiry is never kept.
 */
public final class VerifiedTokens {

    private final Cache<String, Kept> cache;
    private final LongSupplier epochSeconds;

    private record Kept(SecurityIdentity identity, long expiresAt) {
    }

    public VerifiedTokens(int size, Ticker ticker, LongSupplier epochSeconds) {
        this.epochSeconds = epochSeconds;
        this.cache = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size).ticker(ticker)
                .expireAfter(Expiry.<String, Kept>creating((token, kept) ->
                        Duration.ofSeconds(Math.max(0, kept.expiresAt() - epochSeconds.getAsLong()))))
                .build();
    }

    /** The token of an {@code Authorization: Bearer …} header, or null. */
    public static String bearer(String authorization) {
        if (authorization == null || authorization.length() <= 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    /**
     * The expiry ({@code exp}, epoch seconds) a JWT says it has, read without verifying anything; -1 when the token is
     * not a JWT with a numeric expiry. Only ever used to refuse: a token past its expiry is refused whatever its
     * signature, so checking that first spares the RSA verification of every expired token (a browser tab left open,
     * a partner's client that does not refresh), which cost the gateway twice an ordinary request.
     */
    public static long claimedExpiry(String token) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || second - first > MAX_PAYLOAD_CHARS) {
            return -1;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(first + 1, second));
            Object exp = new JsonObject(Buffer.buffer(payload)).getValue("exp");
            return exp instanceof Number n ? n.longValue() : -1;
        } catch (RuntimeException e) {
            return -1; // not Base64 or not a JSON object: left to the full verification, which refuses it
        }
    }

    /**
     * Whether a token is past its claimed expiry by more than {@code graceSeconds} at {@code epochSeconds}: refused
     * then whatever its signature. Never true for a token the full check (jose4j, the same grace as clock skew) would
     * accept: no claimed expiry, or one that is not a number, is not judged here, and a huge one cannot overflow.
     */
    public static boolean expiredBeforeVerifying(String token, long epochSeconds, int graceSeconds) {
        long exp = claimedExpiry(token);
        return exp >= 0 && exp < epochSeconds - graceSeconds;
    }

    /** Longer than any payload of ours by far; the header limit bounds it anyway. */
    private static final int MAX_PAYLOAD_CHARS = 16 * 1024;

    /** The identity verified earlier for exactly this token while it has not expired, else null. */
    public SecurityIdentity known(String token) {
        if (cache == null) {
            return null;
        }
        Kept k = cache.getIfPresent(token);
        // the cache drops an entry at its expiry; the clock is asked as well so no entry outlives its token by a tick
        return k == null || k.expiresAt() <= epochSeconds.getAsLong() ? null : k.identity();
    }

    /** Keeps a freshly verified identity until its token's expiry. */
    public void verified(String token, SecurityIdentity identity) {
        if (cache == null || identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long exp = jwt.getExpirationTime();
        if (exp > epochSeconds.getAsLong()) {
            cache.put(token, new Kept(identity, exp));
        }
    }

    public long size() {
        return cache == null ? 0 : cache.estimatedSize();
    }
}
