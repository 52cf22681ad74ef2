package nl.leercultuur.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each backend lives and which public path prefixes it owns, and the gateway's limits. Every default is
 * written here and explained in the README ("Gateway limits"); deployments override them by configuration.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Map<String, Backend> backends();

    /**
     * Connections kept per backend, over all event loops (each loop has its own pool of an equal share, at least 4;
     * Vert.x' default of 5 throttles a busy gateway).
     */
    @WithDefault("64")
    int poolSize();

    /** How long a client may take to send its request body before it is answered 408 (the backend never waits for it). */
    @WithDefault("10000")
    long bodyTimeoutMs();

    /**
     * Addresses or CIDR ranges of proxies in front of the gateway (the web app, the ingress). Only when a
     * connection comes from one of these are Forwarded / X-Forwarded-For believed for the client's address.
     */
    Optional<List<String>> trustedProxies();

    /** Limits per client: the token's subject, or the client address for anonymous calls. */
    Limits limits();

    /** The access log: one line per request (category {@code gateway.access}), written by a thread of its own. */
    AccessLog accessLog();

    interface AccessLog {
        /**
         * How long lines gather before they are written to the console, at most 4 KB of whole lines per write; 0 writes
         * each line at once on the event loop that answered (a system call and a turn at the console's lock per request).
         */
        @WithDefault("50")
        long batchMs();

        /** Lines waiting at most; beyond that a line is written at once by the thread that logs it (none is dropped). */
        @WithDefault("16384")
        int queueSize();
    }

    /** Bearer tokens already verified, kept until they expire so that a signature is checked once per token. */
    Tokens tokens();

    interface Tokens {
        /**
         * Verified tokens kept (the least recently used go first); 0 verifies every request. A few KB each: 2,000
         * users signed in at once cost about 6 MB.
         */
        @WithDefault("2000")
        int cacheSize();
    }

    interface Limits {
        /**
         * Where the limits per client, per code and per address keep their buckets: {@code memory} in this replica (one
         * gateway; no database), or {@code postgres}, shared by every replica on the datasource
         * ({@code quarkus.datasource.jdbc.url}, {@code .username}, {@code .password}), so that N per minute holds across
         * all gateways. Circuit breakers and the concurrency limit stay per replica either way.
         */
        @WithDefault("memory")
        Store store();

        enum Store {
            MEMORY, POSTGRES
        }

        /** Requests per second for a signed-in client (a user, or a partner system); bursts up to twice this. */
        @WithDefault("200")
        int authenticatedPerSecond();

        /**
         * Requests per second for one anonymous address: a backstop against abuse, set far above what a hospital's
         * staff behind one address send (300/s at a peak); floods are met by the overload control, not by this.
         */
        @WithDefault("1000")
        int anonymousPerSecond();

        /** Answers (POST/PUT under /api/v1/surveys/respond/{code}) per minute for one code: the code is the credential. */
        @WithDefault("60")
        int respondPerCodePerMinute();

        /** Unknown codes (404) one address may try per minute before it is refused for a while: guessing. */
        @WithDefault("20")
        int failedCodeLookupsPerMinute();

        /** Longest request target (path and query) accepted; the services' HTTP decoders stop at 4 KB. */
        @WithDefault("4000")
        int maxUriLength();

        /**
         * Largest header block accepted (names and values), in bytes; beyond it 431 as problem+json. The services'
         * decoders stop at 20 KB, which leaves room for the headers the gateway adds.
         */
        @WithDefault("16384")
        int maxHeaderBytes();

        /** Largest request body accepted, in bytes. */
        @WithDefault("10485760")
        long maxBodyBytes();
    }

    interface Backend {
        String url();

        List<String> prefixes();

        /** No answer from the backend within this time after the request was sent: 504. */
        @WithDefault("10000")
        long timeoutMs();

        Breaker breaker();

        Concurrency concurrency();
    }

    /** The circuit opens on a failure rate over a sliding time window, never on a few failures in a row. */
    interface Breaker {
        /** Percentage of failed calls in the window that opens the circuit. */
        @WithDefault("50")
        float failureRate();

        /** The sliding window, in seconds. */
        @WithDefault("10")
        int windowSeconds();

        /** Calls the window must hold before a rate is judged at all. */
        @WithDefault("20")
        int minimumCalls();

        /** How long an open circuit refuses calls before a few probes are let through. */
        @WithDefault("5000")
        long openMs();
    }

    /** Adaptive concurrency limit (gradient) with a short queue; beyond it requests are answered 503 at once. */
    interface Concurrency {
        @WithDefault("20")
        int initialLimit();

        @WithDefault("4")
        int minLimit();

        @WithDefault("64")
        int maxLimit();

        /** Requests that may wait for a slot (over all clients); the rest are refused at once. */
        @WithDefault("64")
        int queueSize();

        /** Longest wait for a slot before the request is refused, while the queue only absorbs a burst. */
        @WithDefault("1000")
        long queueTimeoutMs();

        /**
         * A client's waiting line that has not been empty for this long stands: that client keeps sending more than it is
         * given, the backend is not merely busy or paused for a moment (a garbage collection, a checkpoint), which a
         * queue is there to ride out.
         */
        @WithDefault("500")
        long standingQueueMs();

        /**
         * Longest wait for a slot in a standing line (while the backend is not overloaded): a client that keeps more
         * coming than it is given has its excess answered 503 + Retry-After after about this long. A wait a user
         * hardly notices, longer than the turn of a lone client with more connections than the limit (a web server, a
         * load tool: 32 connections, a limit of 4 and 12 ms an answer wait about 84 ms), which refusals would not slow
         * down anyway.
         */
        @WithDefault("200")
        long standingWaitMs();

        /**
         * Arrivals found no place in the queue without a pause for this long: more keeps coming than the backend and its
         * queue hold, and every wait is cut to the overloaded wait (and the queue to what the backend serves within it)
         * until a pause as long, or as long with what arrives fitting the limit (arrival rate times answer time; CoDel's
         * interval; one burst that overflows the queue is not this).
         */
        @WithDefault("100")
        long overloadAfterMs();

        /**
         * Longest wait for a slot while the backend is overloaded: the excess is answered 503 + Retry-After within about
         * this long instead of after a full queue timeout.
         */
        @WithDefault("20")
        long overloadedWaitMs();
    }
}
