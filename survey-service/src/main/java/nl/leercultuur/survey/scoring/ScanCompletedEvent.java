package nl.leercultuur.survey.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Data of {@code survey.scan-completed.v1} (schema: platform's events/survey.scan-completed.v1.schema.json).
 * Below the anonymity threshold {@code suppressed} is true and no dimension figures are published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanCompletedEvent(String scanId, String organisationId, String organisationName, String sector,
                                 String region, String unitLabel, String title, Instrument instrument,
                                 OffsetDateTime openedAt, OffsetDateTime closedAt, int responseCount,
                                 Integer expectedPopulation, BigDecimal responseRate, int anonymityThreshold,
                                 boolean suppressed, BigDecimal overallIndex, List<Dimension> dimensions,
                                 Map<String, Object> scoring) {

    public record Instrument(String key, int version, Map<String, String> dimensionMapping) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dimension(String key, String name, Boolean suppressed, Integer n, BigDecimal mean, BigDecimal sd,
                            BigDecimal favourableShare, Map<String, Integer> distribution, BigDecimal scaleMin,
                            BigDecimal scaleMax) {
    }
}
