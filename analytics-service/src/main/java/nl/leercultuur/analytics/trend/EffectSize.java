package nl.leercultuur.analytics.trend;

/**
 * Cohen's d between a baseline and a later measurement of the same dimension, from the two means, standard
 * deviations and group sizes (independent groups: respondents of two anonymous scans cannot be paired).
 * d = (mean2 − mean1) / pooled sd, with pooled sd = √(((n1−1)·sd1² + (n2−1)·sd2²) / (n1 + n2 − 2));
 * its standard error √((n1 + n2)/(n1·n2) + d²/(2(n1 + n2))) gives the 95% interval d ± 1.96·se (Hedges & Olkin).
 * A change is called meaningful only when the interval excludes zero and |d| ≥ 0.2.
 */
public final class EffectSize {

    public static final double SMALL = 0.2;
    private static final double Z95 = 1.959963984540054;

    public record Result(double difference, double d, double ciLow, double ciHigh, boolean meaningful) {
    }

    private EffectSize() {
    }

    /** Null when there is nothing to compare (a group of fewer than two, or no spread in either group). */
    public static Result between(double mean1, double sd1, int n1, double mean2, double sd2, int n2) {
        if (n1 < 2 || n2 < 2) {
            return null;
        }
        double pooled = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2));
        if (pooled == 0) {
            return null;
        }
        double diff = mean2 - mean1;
        double d = diff / pooled;
        double se = Math.sqrt((double) (n1 + n2) / ((double) n1 * n2) + d * d / (2.0 * (n1 + n2)));
        double low = d - Z95 * se;
        double high = d + Z95 * se;
        boolean meaningful = (low > 0 || high < 0) && Math.abs(d) >= SMALL;
        return new Result(diff, d, low, high, meaningful);
    }
}
