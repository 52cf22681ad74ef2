package nl.leercultuur.survey.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API shapes of a closed scan's results. */
public final class ResultDtos {

    private ResultDtos() {
    }

    /** A dimension's figures; when {@code suppressed} is true too few respondents counted and no figures are given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DimensionScore(String key, String name, Boolean suppressed, Integer n, BigDecimal mean, BigDecimal sd,
                                 BigDecimal favourableShare, Map<String, Integer> distribution) {
    }

    /** Results of a closed scan; dimensions are empty (and {@code suppressed} true) below the anonymity threshold. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScanResults(UUID scanId, String status, int responseCount, BigDecimal responseRate,
                              int anonymityThreshold, boolean suppressed, BigDecimal overallIndex,
                              List<DimensionScore> dimensions, List<String> openAnswers) {
    }
}
