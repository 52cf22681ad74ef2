package nl.leercultuur.web.scans;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    @Test
    void profileBarsAreAsLongAsTheMeanOnTheScale() {
        ProfileChart c = ProfileChart.of(List.of(new ProfileChart.Bar("A: 5,1", 5.143, null, null, null),
                new ProfileChart.Bar("B: 4,0", 4, 3.0, 3.5, 4.5)), 1, 7);
        assertEquals(2, c.rows().size());
        assertEquals(ProfileChart.AXIS_WIDTH * 4.143 / 6, c.rows().get(0).barWidth(), 0.1);
        assertFalse(c.rows().get(0).region(), "no region band without the region's figures");
        ProfileChart.Row b = c.rows().get(1);
        assertTrue(b.region());
        assertEquals(ProfileChart.x(3, 1, 7), b.bandX());
        assertEquals(ProfileChart.x(4.5, 1, 7) - ProfileChart.x(3, 1, 7), b.bandWidth(), 0.11);
        assertEquals(ProfileChart.x(3.5, 1, 7), b.medianX());
        assertTrue(b.labelY() < b.barY(), "the label above its bar");
        assertTrue(c.rows().get(0).barY() + 22 < b.labelY() - 17, "rows do not overlap");
        assertEquals(7, c.ticks().size());
        assertTrue(c.height() > c.axisBottom());
    }

    @Test
    void aTrendNeedsTwoScansWithResults() {
        assertNull(TrendChart.of(List.of(new TrendChart.Value("jan", 4.0, "4,0")), 1, 7));
        assertNull(TrendChart.of(List.of(new TrendChart.Value("jan", 4.0, "4,0"), new TrendChart.Value("jun", null, "verborgen")), 1, 7));
        TrendChart t = TrendChart.of(List.of(new TrendChart.Value("jan", 3.0, "3,0"), new TrendChart.Value("jun", null, "-"),
                new TrendChart.Value("dec", 5.5, "5,5")), 1, 7);
        assertEquals(2, t.points().size(), "a withheld scan is not drawn");
        assertEquals(TrendChart.PLOT_X, t.points().get(0).x());
        assertEquals(TrendChart.PLOT_X + TrendChart.PLOT_WIDTH, t.points().get(1).x());
        assertTrue(t.points().get(1).y() < t.points().get(0).y(), "higher is up");
        assertTrue(t.path().startsWith("M70.0 "), t.path());
    }

    @Test
    void numbersInThePagesLanguage() {
        assertEquals("5,1", Num.dec(5.143, 1, Locale.forLanguageTag("nl")));
        assertEquals("5.1", Num.dec(5.143, 1, Locale.forLanguageTag("en")));
        assertEquals("4,0", Num.dec(new java.math.BigDecimal("3.95"), 1, Locale.forLanguageTag("nl")), "half up");
        assertEquals("38%", Num.percent(new java.math.BigDecimal("0.3810"), Locale.ROOT));
        assertEquals("", Num.dec(null, 1, Locale.ROOT));
    }
}
