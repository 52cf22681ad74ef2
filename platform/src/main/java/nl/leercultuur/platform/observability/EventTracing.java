package nl.leercultuur.platform.observability;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.List;

/**
 * The trace context an event carries, after the CloudEvents distributed-tracing extension: {@code traceparent} (W3C
 * Trace Context) of the span in which the event was created, on Kafka the {@code ce_traceparent} header. The outbox
 * stores it with the row inside the request's span; the relay's publish span and the consumer's process span take it
 * as their parent, so one trace runs from the request through Kafka into the consumer. W3C format always, whatever
 * propagators a service configures for HTTP.
 */
public final class EventTracing {

    /** The CloudEvents extension attribute (distributed tracing). */
    public static final String TRACEPARENT = "traceparent";
    /** Its Kafka header in binary content mode. */
    public static final String CE_TRACEPARENT = "ce_traceparent";

    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private EventTracing() {
    }

    /** The {@code traceparent} of a span context, or null when there is none (tracing off, no span). */
    public static String traceparentOf(SpanContext span) {
        if (span == null || !span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /**
     * The context to start the next span in: the remote span a {@code traceparent} names, or the root context (a new
     * trace) when it is missing or malformed.
     */
    public static Context parentOf(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent.trim(), ONE_VALUE);
    }
}
