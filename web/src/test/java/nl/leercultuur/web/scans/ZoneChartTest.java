package nl.leercultuur.web.scans;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneChartTest {

    static ZoneChart chart(double safety, double ambition, double cut, double min, double max) {
        return ZoneChart.of(safety, ambition, cut, min, max, z -> z.toLowerCase());
    }

    @Test
    void theFourZonesByTheCutOff() {
        assertEquals(ZoneChart.LEARNING, ZoneChart.zoneOf(5, 5, 4));
        assertEquals(ZoneChart.COMFORT, ZoneChart.zoneOf(5.143, 3.875, 4), "the demo team");
        assertEquals(ZoneChart.ANXIETY, ZoneChart.zoneOf(3, 6, 4));
        assertEquals(ZoneChart.APATHY, ZoneChart.zoneOf(2, 2, 4));
        assertEquals(ZoneChart.LEARNING, ZoneChart.zoneOf(4, 4, 4), "at the cut-off counts as high");
    }

    @Test
    void theDotSitsInTheQuadrantOfItsZone() {
        for (double[] s : new double[][]{{5.143, 3.875}, {6, 6}, {2, 6.5}, {1.5, 2}, {4, 4}, {3.99, 4.01}}) {
            ZoneChart c = chart(s[0], s[1], 4, 1, 7);
            ZoneChart.Quadrant q = c.quadrants().stream().filter(ZoneChart.Quadrant::current).findFirst().orElseThrow();
            assertEquals(c.zone(), q.zone());
            assertTrue(c.dotX() >= q.x() && c.dotX() <= q.x() + q.w(), "x of " + s[0] + "," + s[1] + " in " + q);
            assertTrue(c.dotY() >= q.y() && c.dotY() <= q.y() + q.h(), "y of " + s[0] + "," + s[1] + " in " + q);
        }
    }

    @Test
    void safetyRunsRightAndAmbitionRunsUp() {
        ZoneChart low = chart(1, 1, 4, 1, 7);
        ZoneChart high = chart(7, 7, 4, 1, 7);
        assertEquals(ZoneChart.PLOT_X, low.dotX());
        assertEquals(ZoneChart.PLOT_Y + ZoneChart.PLOT_SIZE, low.dotY(), "the lowest ambition at the bottom");
        assertEquals(ZoneChart.PLOT_X + ZoneChart.PLOT_SIZE, high.dotX());
        assertEquals(ZoneChart.PLOT_Y, high.dotY(), "the highest ambition at the top");
    }

    @Test
    void theLinesCrossAtTheCutOffEvenOffTheMiddle() {
        ZoneChart c = chart(3, 3, 3.5, 1, 5);
        assertEquals(ZoneChart.PLOT_X + ZoneChart.PLOT_SIZE * 2.5 / 4, c.cutX(), 0.05);
        assertEquals(ZoneChart.PLOT_Y + ZoneChart.PLOT_SIZE * 1.5 / 4, c.cutY(), 0.05);
        Map<String, ZoneChart.Quadrant> q = c.quadrants().stream().collect(Collectors.toMap(ZoneChart.Quadrant::zone, x -> x));
        assertEquals(c.cutX() - ZoneChart.PLOT_X, q.get(ZoneChart.APATHY).w(), 0.05);
        assertEquals(q.get(ZoneChart.LEARNING).x(), c.cutX());
        assertEquals(q.get(ZoneChart.LEARNING).y() + q.get(ZoneChart.LEARNING).h(), c.cutY(), 0.05);
        assertEquals(ZoneChart.PLOT_SIZE * ZoneChart.PLOT_SIZE,
                c.quadrants().stream().mapToDouble(x -> x.w() * x.h()).sum(), 1, "the quadrants fill the plot");
        assertEquals(ZoneChart.APATHY, c.zone());
    }

    @Test
    void labelsComeFromThePageAndSitInTheMiddleOfTheirQuadrant() {
        ZoneChart c = chart(5, 3, 4, 1, 7);
        c.quadrants().forEach(q -> {
            assertEquals(q.zone().toLowerCase(), q.label());
            assertEquals(q.x() + q.w() / 2, q.labelX(), 0.001);
            assertEquals(q.y() + q.h() / 2, q.labelY(), 0.001);
        });
        assertEquals(7, c.ticks().size(), "a tick per scale point 1–7");
    }

    @Test
    void scoresOutsideTheScaleAreDrawnAtItsEdge() {
        ZoneChart c = chart(9, -2, 4, 1, 7);
        assertEquals(ZoneChart.PLOT_X + ZoneChart.PLOT_SIZE, c.dotX());
        assertEquals(ZoneChart.PLOT_Y + ZoneChart.PLOT_SIZE, c.dotY());
        assertThrows(IllegalArgumentException.class, () -> chart(3, 3, 3, 5, 5));
    }
}
