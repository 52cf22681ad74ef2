package nl.leercultuur.web.scans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the page's language writes them: 5,1 in Dutch, 5.1 in English; shares as whole percentages. */
final class Num {

    private Num() {
    }

    static String dec(Number v, int decimals, Locale locale) {
        if (v == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setGroupingUsed(false);
        return f.format(v instanceof BigDecimal b ? b : BigDecimal.valueOf(v.doubleValue()));
    }

    /** A share (0–1) as a whole percentage, "38%". */
    static String percent(Number share, Locale locale) {
        if (share == null) {
            return "";
        }
        BigDecimal p = (share instanceof BigDecimal b ? b : BigDecimal.valueOf(share.doubleValue()))
                .multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP);
        return p.toPlainString() + "%";
    }

    static Double d(Number v) {
        return v == null ? null : v.doubleValue();
    }
}
