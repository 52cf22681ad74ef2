package nl.leercultuur.web.scans;

import java.util.ArrayList;
import java.util.List;

/**
 * A scan's dimension profile as horizontal bars, each dimension's name (with its mean) above its bar so that long
 * names never collide at phone width; behind a bar the region's middle half (first to third quartile) as a grey band
 * and its median as a dark stripe, where the region has enough organisations. SVG user units; the template draws.
 */
public record ProfileChart(int width, int height, double axisX, double axisWidth, double axisTop, double axisBottom,
                           List<Row> rows, List<Tick> ticks) {

    /** One dimension: its label line, its bar, and the region's band and median when shown. */
    public record Row(String label, double labelY, double barY, double barWidth, boolean region, double bandX,
                      double bandWidth, double medianX) {

        public double bandY() {
            return barY - 4;
        }

        public double medianTop() {
            return barY - 7;
        }

        public double medianBottom() {
            return barY + 29;
        }
    }

    public record Tick(double x, String label) {
    }

    /** What a bar needs: a name, the team's mean, and the region's quartiles (all null when not shown). */
    public record Bar(String label, double mean, Double q1, Double median, Double q3) {
    }

    static final int WIDTH = 480, ROW = 66, TOP = 10, AXIS_X = 12;
    static final double AXIS_WIDTH = 450;

    static ProfileChart of(List<Bar> bars, double min, double max) {
        if (!(max > min)) {
            throw new IllegalArgumentException("an empty scale: " + min + "–" + max);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double top = TOP + i * ROW;
            boolean region = b.q1() != null && b.q3() != null && b.median() != null;
            double bandX = region ? x(b.q1(), min, max) : 0;
            double bandEnd = region ? x(b.q3(), min, max) : 0;
            rows.add(new Row(b.label(), top + 22, top + 32, round(x(b.mean(), min, max) - AXIS_X), region, bandX,
                    round(Math.max(1, bandEnd - bandX)), region ? x(b.median(), min, max) : 0));
        }
        double axisTop = TOP + 26;
        double axisBottom = TOP + bars.size() * ROW;
        List<Tick> ticks = new ArrayList<>();
        for (int v = (int) Math.ceil(min); v <= Math.floor(max); v++) {
            ticks.add(new Tick(x(v, min, max), String.valueOf(v)));
        }
        return new ProfileChart(WIDTH, (int) axisBottom + 30, AXIS_X, AXIS_WIDTH, axisTop, axisBottom, List.copyOf(rows),
                List.copyOf(ticks));
    }

    static double x(double v, double min, double max) {
        return round(AXIS_X + AXIS_WIDTH * Math.max(0, Math.min(1, (v - min) / (max - min))));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public double tickLabelY() {
        return axisBottom + 22;
    }
}
