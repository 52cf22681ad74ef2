package nl.leercultuur.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One pooled HTTP client per event loop for one backend. A single shared pool lends a request on one event loop a
 * connection that lives on another, and every chunk of the answer then crosses threads (a task handed over and a
 * thread woken for each); with a pool per loop the request, its backend connection and its answer stay on one
 * thread, as in nginx's workers.
 */
final class LoopClients {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final Map<Thread, HttpClient> byLoop = new ConcurrentHashMap<>();

    LoopClients(Vertx vertx, HttpClientOptions options, int connectionsPerLoop) {
        this.vertx = vertx;
        this.options = options;
        this.pool = new PoolOptions().setHttp1MaxSize(connectionsPerLoop);
    }

    private volatile HttpClient elsewhere;

    /** The client of the calling event loop (made on first use); off the event loops one shared client. */
    HttpClient current() {
        if (!io.vertx.core.Context.isOnEventLoopThread()) {
            HttpClient c = elsewhere;
            if (c == null) {
                synchronized (this) {
                    if (elsewhere == null) {
                        elsewhere = vertx.createHttpClient(options, pool);
                    }
                    c = elsewhere;
                }
            }
            return c;
        }
        return byLoop.computeIfAbsent(Thread.currentThread(), t -> vertx.createHttpClient(options, pool));
    }
}
