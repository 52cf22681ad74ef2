package nl.leercultuur.analytics.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * Where one value stands among the values of a group: median and quartiles (linear interpolation between
 * order statistics, as spreadsheets do), and the percentile rank (share of the group below, counting ties half).
 */
public final class Distribution {

    public record Summary(int count, double q1, double median, double q3, double percentileRank) {
    }

    private Distribution() {
    }

    public static Summary of(List<Double> group, double value) {
        double[] v = group.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            throw new IllegalArgumentException("an empty group has no distribution");
        }
        long below = Arrays.stream(v).filter(x -> x < value).count();
        long equal = Arrays.stream(v).filter(x -> x == value).count();
        double rank = 100.0 * (below + 0.5 * equal) / v.length;
        return new Summary(v.length, quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75), rank);
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
