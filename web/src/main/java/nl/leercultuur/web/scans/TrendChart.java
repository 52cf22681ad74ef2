package nl.leercultuur.web.scans;

import java.util.ArrayList;
import java.util.List;

/**
 * The overall index of a team's scans over time as a line: one point per scan that shows results, evenly spaced in
 * the order they closed (scans are months apart; even spacing keeps the labels readable). SVG user units.
 */
public record TrendChart(int width, int height, double plotX, double plotWidth, double plotTop, double plotBottom,
                         String path, List<Point> points, List<Tick> ticks) {

    public record Point(double x, double y, String label, String value) {

        public double valueY() {
            return y - 12;
        }
    }

    public record Tick(double y, String label) {

        public double labelY() {
            return y + 5;
        }
    }

    /** A scan in the series: a date label, its overall index (null: suppressed, not drawn) and that value as text. */
    public record Value(String label, Double index, String text) {
    }

    static final int WIDTH = 600, HEIGHT = 260;
    static final double PLOT_X = 70, PLOT_WIDTH = 460, TOP = 20, BOTTOM = 210;

    /** Null when fewer than two scans show results: a line needs two points. */
    static TrendChart of(List<Value> values, double min, double max) {
        List<Value> shown = values.stream().filter(v -> v.index() != null).toList();
        if (shown.size() < 2 || !(max > min)) {
            return null;
        }
        List<Point> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            double x = round(PLOT_X + PLOT_WIDTH * i / (shown.size() - 1));
            double y = y(shown.get(i).index(), min, max);
            points.add(new Point(x, y, shown.get(i).label(), shown.get(i).text()));
            path.append(i == 0 ? "M" : " L").append(x).append(' ').append(y);
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = (int) Math.ceil(min); v <= Math.floor(max); v++) {
            ticks.add(new Tick(y(v, min, max), String.valueOf(v)));
        }
        return new TrendChart(WIDTH, HEIGHT, PLOT_X, PLOT_WIDTH, TOP, BOTTOM, path.toString(), List.copyOf(points), List.copyOf(ticks));
    }

    static double y(double v, double min, double max) {
        return round(BOTTOM - (BOTTOM - TOP) * Math.max(0, Math.min(1, (v - min) / (max - min))));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public double plotRight() {
        return plotX + plotWidth;
    }

    public double tickLabelX() {
        return plotX - 10;
    }

    public double labelY() {
        return plotBottom + 24;
    }
}
