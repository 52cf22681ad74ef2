package nl.leercultuur.analytics.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DistributionTest {

    @Test
    void quartilesAndRankByHand() {
        // sorted 3.0 3.2 3.5 3.8 4.1: q1 at position 1 = 3.2, median 3.5, q3 at position 3 = 3.8
        Distribution.Summary s = Distribution.of(List.of(3.8, 3.0, 4.1, 3.5, 3.2), 3.8);
        assertEquals(5, s.count());
        assertEquals(3.2, s.q1(), 1e-9);
        assertEquals(3.5, s.median(), 1e-9);
        assertEquals(3.8, s.q3(), 1e-9);
        assertEquals(70.0, s.percentileRank(), 1e-9); // 3 below, one equal: (3 + 0.5) / 5
    }

    @Test
    void interpolatesBetweenValues() {
        // sorted 1 2 3 4 5 6: q1 at 1.25 -> 2.25, median at 2.5 -> 3.5, q3 at 3.75 -> 4.75
        Distribution.Summary s = Distribution.of(List.of(6.0, 5.0, 4.0, 3.0, 2.0, 1.0), 0.5);
        assertEquals(2.25, s.q1(), 1e-9);
        assertEquals(3.5, s.median(), 1e-9);
        assertEquals(4.75, s.q3(), 1e-9);
        assertEquals(0.0, s.percentileRank(), 1e-9);
    }
}
