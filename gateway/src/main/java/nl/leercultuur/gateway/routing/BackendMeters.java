package nl.leercultuur.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One backend's meters, found without building a meter id per request (two map look-ups, then counters):
 * <ul>
 * <li>{@code leercultuur_gateway_requests_total{route,status,backend}}: every request routed to the backend, by the
 * status the client got (the backend's, or the gateway's own 408/499/503/504 for it);</li>
 * <li>{@code leercultuur_gateway_request_seconds{route,backend}}: how long they took, until the answer was sent;</li>
 * <li>{@code leercultuur_gateway_shed_total{backend}}: refused at once by the concurrency limit (503 overloaded);</li>
 * <li>{@code leercultuur_gateway_shed_answer_seconds{backend}}: how long those took inside the gateway, from routing the
 * request to its 503 (buckets at 5, 10, 20, 50, 100 and 250 ms: "answered within 50 ms" is one bucket's share);</li>
 * <li>{@code leercultuur_gateway_circuit_state{backend}}: 0 closed, 0.5 half-open, 1 open;</li>
 * <li>{@code leercultuur_gateway_concurrency_limit{backend}} and {@code leercultuur_gateway_inflight{backend}}: the
 * adaptive limit and the requests the backend has now.</li>
 * </ul>
 * Gauges read in-memory state only; nothing here does I/O.
 */
final class BackendMeters {

    private final MeterRegistry registry;
    private final String backend;
    private final Counter shed;
    private final Timer shedAnswer;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    private final class Route {
        final String route;
        final Timer duration;
        final Map<Integer, Counter> byStatus = new ConcurrentHashMap<>();

        Route(String route) {
            this.route = route;
            this.duration = Timer.builder("leercultuur.gateway.request").tag("route", route).tag("backend", backend)
                    .description("Requests routed to a backend, until their answer was sent").register(registry);
        }

        Counter status(int status) {
            return byStatus.computeIfAbsent(status, s -> Counter.builder("leercultuur.gateway.requests")
                    .tag("route", route).tag("status", String.valueOf(s)).tag("backend", backend)
                    .description("Requests routed to a backend, by the status the client got").register(registry));
        }
    }

    BackendMeters(MeterRegistry registry, String backend) {
        this.registry = registry;
        this.backend = backend;
        this.shed = Counter.builder("leercultuur.gateway.shed").tag("backend", backend)
                .description("Requests refused at once because the backend's concurrency limit and queue were full")
                .register(registry);
        this.shedAnswer = Timer.builder("leercultuur.gateway.shed.answer").tag("backend", backend)
                .description("Time from routing a shed request to its 503, inside the gateway")
                .serviceLevelObjectives(java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(20),
                        java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(250))
                .register(registry);
    }

    /** Registers the state gauges of the backend's circuit breaker and admission control. */
    BackendMeters watching(CircuitBreaker breaker, AdmissionControl admission) {
        Gauge.builder("leercultuur.gateway.circuit.state", breaker, b -> circuitValue(b.getState())).tag("backend", backend)
                .description("Circuit breaker state: 0 closed, 0.5 half-open, 1 open").strongReference(true).register(registry);
        Gauge.builder("leercultuur.gateway.concurrency.limit", admission, AdmissionControl::limit).tag("backend", backend)
                .description("The backend's adaptive concurrency limit").strongReference(true).register(registry);
        Gauge.builder("leercultuur.gateway.inflight", admission, AdmissionControl::inflight).tag("backend", backend)
                .description("Requests the backend is working on now").strongReference(true).register(registry);
        return this;
    }

    /** Registers a route's meters up front, so they are listed (at 0) before its first request. */
    void route(String route) {
        routes.computeIfAbsent(route, Route::new);
    }

    void finished(String route, int status, long nanos) {
        Route r = routes.computeIfAbsent(route, Route::new);
        r.status(status).increment();
        r.duration.record(nanos, TimeUnit.NANOSECONDS);
    }

    void shed(long nanos) {
        shed.increment();
        shedAnswer.record(nanos, TimeUnit.NANOSECONDS);
    }

    static double circuitValue(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED, DISABLED, METRICS_ONLY -> 0;
            case HALF_OPEN -> 0.5;
            case OPEN, FORCED_OPEN -> 1;
        };
    }
}
