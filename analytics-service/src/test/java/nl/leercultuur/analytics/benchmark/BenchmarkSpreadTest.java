package nl.leercultuur.analytics.benchmark;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The spreads over organisations the region's benchmark and the regional overview share (no database needed). */
class BenchmarkSpreadTest {

    final BenchmarkService benchmarks = new BenchmarkService(null, null, null, 5);

    static ScanFacts.Scan scan(String org, String closedAt, boolean suppressed, double... means) {
        Map<String, ScanFacts.Dim> dims = new java.util.LinkedHashMap<>();
        for (int i = 0; i < means.length; i++) {
            String key = "d" + i;
            dims.put(key, new ScanFacts.Dim(key, "Dimension " + i, 30, means[i], 0.8, null, BigDecimal.ONE, BigDecimal.valueOf(5)));
        }
        return new ScanFacts.Scan(UUID.randomUUID(), org, "hospital", null, "i", 1, OffsetDateTime.parse(closedAt), 30, null,
                suppressed, null, null, null, suppressed ? Map.of() : dims);
    }

    @Test
    void belowTheMinimumOfOrganisationsNoFiguresHoweverManyValues() {
        BenchmarkService.Group g = benchmarks.spread(List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6), 4);
        assertEquals(BenchmarkService.INSUFFICIENT, g.status());
        assertEquals(4, g.organisations());
        assertNull(g.median());
        BenchmarkService.Group ok = benchmarks.spread(List.of(0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9), 5);
        assertEquals("ok", ok.status());
        assertEquals(5, ok.organisations());
        assertEquals(0.6, ok.median(), 1e-9);
        assertEquals(0.45, ok.q1(), 1e-9);
        assertNull(ok.percentileRank(), "nobody's rank in a spread");
        assertEquals(BenchmarkService.INSUFFICIENT, benchmarks.spread(List.of(), 7).status(), "no values: no figures");
    }

    @Test
    void perDimensionOverOrganisationsEachCountedOnce() {
        List<ScanFacts.Scan> scans = List.of(
                scan("a", "2026-01-01T10:00:00Z", false, 1.0, 2.0),
                scan("a", "2026-02-01T10:00:00Z", false, 3.0, 2.0), // a's latest
                scan("a", "2026-03-01T10:00:00Z", true), // suppressed: does not stand for a
                scan("b", "2026-01-01T10:00:00Z", false, 3.5, 2.0),
                scan("c", "2026-01-01T10:00:00Z", false, 4.0),
                scan("d", "2026-01-01T10:00:00Z", false, 4.5),
                scan("e", "2026-01-01T10:00:00Z", false, 5.0));
        List<ScanFacts.Scan> latest = ScanFacts.latestPerOrganisation(scans);
        assertEquals(List.of("a", "b", "c", "d", "e"), latest.stream().map(ScanFacts.Scan::organisationId).toList());
        List<BenchmarkService.DimensionSpread> spreads = benchmarks.spreads(latest);
        assertEquals(List.of("d0", "d1"), spreads.stream().map(BenchmarkService.DimensionSpread::key).toList());
        // d0: 3.0 3.5 4.0 4.5 5.0
        assertEquals(4.0, spreads.get(0).spread().median(), 1e-9);
        assertEquals(3.5, spreads.get(0).spread().q1(), 1e-9);
        // d1: shown by two organisations only
        assertEquals(BenchmarkService.INSUFFICIENT, spreads.get(1).spread().status());
        assertEquals(2, spreads.get(1).spread().organisations());
    }
}
