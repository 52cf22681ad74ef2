package nl.leercultuur.survey.scan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Responses as a share of the expected population, four decimals; none without a population. */
public final class ResponseRate {

    private ResponseRate() {
    }

    public static BigDecimal of(int responses, Integer population) {
        if (population == null || population <= 0) {
            return null;
        }
        return BigDecimal.valueOf(responses).divide(BigDecimal.valueOf(population), 4, RoundingMode.HALF_UP);
    }
}
