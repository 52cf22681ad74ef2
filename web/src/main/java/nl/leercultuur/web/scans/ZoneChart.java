package nl.leercultuur.web.scans;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The learning-zone quadrant (after Edmondson): psychological safety across, shared ambition / accountability up.
 * A score at or above the cut-off counts as high (the rule analytics-service places teams by): high safety and high
 * ambition is the learning zone, high safety alone comfort, high ambition alone anxiety, neither apathy. The lines
 * cross at the cut-off, which need not be the middle of the scale. Coordinates are SVG user units; the template draws.
 */
public record ZoneChart(int width, int height, double plotX, double plotY, double plotSize, double cutX, double cutY,
                        double dotX, double dotY, String zone, List<Quadrant> quadrants, List<Tick> ticks) {

    public static final String APATHY = "APATHY", COMFORT = "COMFORT", ANXIETY = "ANXIETY", LEARNING = "LEARNING";

    /** One zone's area, with its label in the middle; {@code current}: the team is here. */
    public record Quadrant(String zone, String label, double x, double y, double w, double h, double labelX, double labelY,
                           boolean current) {
    }

    /** A scale point on both axes: its position along x and along y, and the number. */
    public record Tick(double x, double y, String label) {

        public double labelY() {
            return y + 5;
        }
    }

    static final int WIDTH = 420, HEIGHT = 420;
    static final double PLOT_X = 70, PLOT_Y = 20, PLOT_SIZE = 320;

    /** The zone a team with these scores is in. */
    static String zoneOf(double safety, double ambition, double cutOff) {
        boolean safe = safety >= cutOff;
        boolean ambitious = ambition >= cutOff;
        return safe ? (ambitious ? LEARNING : COMFORT) : (ambitious ? ANXIETY : APATHY);
    }

    /**
     * The chart for a team's two scores on a scale from {@code min} to {@code max} (both dimensions share it); scores
     * outside the scale are drawn at its edge. {@code labels} names each zone in the page's language.
     */
    static ZoneChart of(double safety, double ambition, double cutOff, double min, double max, Function<String, String> labels) {
        if (!(max > min)) {
            throw new IllegalArgumentException("an empty scale: " + min + "–" + max);
        }
        double cx = x(cutOff, min, max);
        double cy = y(cutOff, min, max);
        double left = PLOT_X, top = PLOT_Y, right = PLOT_X + PLOT_SIZE, bottom = PLOT_Y + PLOT_SIZE;
        String zone = zoneOf(safety, ambition, cutOff);
        List<Quadrant> q = new ArrayList<>();
        q.add(quadrant(ANXIETY, labels, left, top, cx - left, cy - top, zone));
        q.add(quadrant(LEARNING, labels, cx, top, right - cx, cy - top, zone));
        q.add(quadrant(APATHY, labels, left, cy, cx - left, bottom - cy, zone));
        q.add(quadrant(COMFORT, labels, cx, cy, right - cx, bottom - cy, zone));
        List<Tick> ticks = new ArrayList<>();
        for (int v = (int) Math.ceil(min); v <= Math.floor(max); v++) {
            ticks.add(new Tick(x(v, min, max), y(v, min, max), String.valueOf(v)));
        }
        return new ZoneChart(WIDTH, HEIGHT, PLOT_X, PLOT_Y, PLOT_SIZE, cx, cy, x(safety, min, max), y(ambition, min, max),
                zone, List.copyOf(q), List.copyOf(ticks));
    }

    private static Quadrant quadrant(String zone, Function<String, String> labels, double x, double y, double w, double h,
                                     String current) {
        return new Quadrant(zone, labels.apply(zone), x, y, Math.max(0, w), Math.max(0, h), x + w / 2, y + h / 2,
                zone.equals(current));
    }

    static double x(double v, double min, double max) {
        return round(PLOT_X + PLOT_SIZE * clamp((v - min) / (max - min)));
    }

    static double y(double v, double min, double max) {
        return round(PLOT_Y + PLOT_SIZE * (1 - clamp((v - min) / (max - min))));
    }

    private static double clamp(double f) {
        return Math.max(0, Math.min(1, f));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The middle of the x axis, for its title. */
    public double axisMidX() {
        return plotX + plotSize / 2;
    }

    public double axisMidY() {
        return plotY + plotSize / 2;
    }

    public double tickLabelY() {
        return plotY + plotSize + 20;
    }

    public double tickLabelX() {
        return plotX - 8;
    }

    public double axisTitleY() {
        return plotY + plotSize + 44;
    }

    public double dotLabelY() {
        return dotY - 17;
    }

    public double plotRight() {
        return plotX + plotSize;
    }

    public double plotBottom() {
        return plotY + plotSize;
    }
}
