package nl.leercultuur.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTracingTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String SPAN = "00f067aa0ba902b7";

    @Test
    void aSpanContextIsWrittenAsW3CTraceparentAndReadBackAsTheRemoteParent() {
        SpanContext span = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        String traceparent = EventTracing.traceparentOf(span);
        assertEquals("00-" + TRACE + "-" + SPAN + "-01", traceparent);

        SpanContext parent = Span.fromContext(EventTracing.parentOf(traceparent)).getSpanContext();
        assertTrue(parent.isValid());
        assertTrue(parent.isRemote());
        assertEquals(TRACE, parent.getTraceId());
        assertEquals(SPAN, parent.getSpanId());
        assertTrue(parent.isSampled());
    }

    @Test
    void anUnsampledTraceStaysUnsampled() {
        SpanContext span = SpanContext.create(TRACE, SPAN, TraceFlags.getDefault(), TraceState.getDefault());
        assertEquals("00-" + TRACE + "-" + SPAN + "-00", EventTracing.traceparentOf(span));
        assertFalse(Span.fromContext(EventTracing.parentOf(EventTracing.traceparentOf(span))).getSpanContext().isSampled());
    }

    @Test
    void noTraceWritesNothingAndMissingOrMalformedContextsStartANewTrace() {
        assertNull(EventTracing.traceparentOf(SpanContext.getInvalid()));
        assertNull(EventTracing.traceparentOf(null));
        for (String bad : new String[]{null, "", "  ", "00-xyz-abc-01", "00-" + TRACE + "-" + SPAN, "00-00000000000000000000000000000000-" + SPAN + "-01"}) {
            assertFalse(Span.fromContext(EventTracing.parentOf(bad)).getSpanContext().isValid(), "for " + bad);
        }
    }
}
