package nl.leercultuur.analytics.trend;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EffectSizeTest {

    @Test
    void handComputedMediumEffect() {
        // baseline 3.2 (sd 0.8, n 40), latest 3.6 (sd 0.7, n 45)
        // pooled sd = sqrt((39·0.64 + 44·0.49) / 83) = sqrt(46.52 / 83) = sqrt(0.560482) = 0.748653
        // d = 0.4 / 0.748653 = 0.534294
        // se = sqrt(85 / 1800 + 0.285470 / 170) = sqrt(0.0472222 + 0.0016792) = sqrt(0.0489014) = 0.221137
        // CI = 0.534294 ± 1.959964 · 0.221137 = [0.100880, 0.967708]
        EffectSize.Result r = EffectSize.between(3.2, 0.8, 40, 3.6, 0.7, 45);
        assertEquals(0.4, r.difference(), 1e-9);
        assertEquals(0.534294, r.d(), 1e-5);
        assertEquals(0.100880, r.ciLow(), 1e-4);
        assertEquals(0.967708, r.ciHigh(), 1e-4);
        assertTrue(r.meaningful());
    }

    @Test
    void aLargeButUncertainChangeIsNotCalledMeaningful() {
        // d = 0.5/1.0 = 0.5 but with 6 and 6 respondents: se = sqrt(12/36 + 0.25/24) = 0.586302, CI [-0.649, 1.649]
        EffectSize.Result r = EffectSize.between(3.0, 1.0, 6, 3.5, 1.0, 6);
        assertEquals(0.5, r.d(), 1e-9);
        assertEquals(-0.649132, r.ciLow(), 1e-4);
        assertFalse(r.meaningful());
    }

    @Test
    void aCertainButTinyChangeIsNotMeaningfulEither() {
        // d = 0.1 with 5,000 per group: CI excludes zero, |d| < 0.2
        EffectSize.Result r = EffectSize.between(3.0, 1.0, 5000, 3.1, 1.0, 5000);
        assertTrue(r.ciLow() > 0);
        assertFalse(r.meaningful());
        EffectSize.Result down = EffectSize.between(4.0, 0.5, 100, 3.6, 0.5, 100);
        assertEquals(-0.8, down.d(), 1e-9);
        assertTrue(down.meaningful(), "a meaningful decline is meaningful too");
    }

    @Test
    void nothingToCompare() {
        assertNull(EffectSize.between(3, 0, 10, 4, 0, 10));
        assertNull(EffectSize.between(3, 1, 1, 4, 1, 10));
    }
}
