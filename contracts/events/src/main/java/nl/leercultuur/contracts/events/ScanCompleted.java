package nl.leercultuur.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Data of {@code survey.scan-completed.v1} (schema: events/survey.scan-completed.v1.schema.json): a scan closed and
 * was scored. Keyed by organisation id. Below the anonymity threshold {@code suppressed} is true and no dimension
 * figures are published; a dimension with too few respondents carries only its key, name and {@code suppressed}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanCompleted(String scanId, String organisationId, String organisationName, String sector,
                            String region, String unitLabel, String title, Instrument instrument,
                            OffsetDateTime openedAt, OffsetDateTime closedAt, int responseCount,
                            Integer expectedPopulation, BigDecimal responseRate, int anonymityThreshold,
                            boolean suppressed, BigDecimal overallIndex, List<Dimension> dimensions,
                            Map<String, Object> scoring) {

    public static final String TYPE = "survey.scan-completed.v1";

    /**
     * The anonymity rule a consumer holds to, whatever the producer says: a scan with fewer respondents than its
     * threshold (or marked suppressed) gives no figure at all.
     */
    public boolean belowThreshold() {
        return suppressed || responseCount < anonymityThreshold;
    }

    /** The dimensions whose figures a consumer may keep: none below the threshold, else those {@link Dimension#disclosedAt}. */
    public List<Dimension> disclosedDimensions() {
        return belowThreshold() || dimensions == null ? List.of()
                : dimensions.stream().filter(d -> d.disclosedAt(anonymityThreshold)).toList();
    }

    /** The instrument version scored, and how its dimension keys map to the previous version's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Instrument(String key, int version, Map<String, String> dimensionMapping) {
    }

    /**
     * One dimension's figures, or only key, name (and concept) and {@code suppressed: true} when too few answered it.
     *
     * @param concept optional: the key of the concept the dimension measures in the shared vocabulary
     *                ({@link Concepts}); absent for a custom dimension that names none and in events from before
     *                the vocabulary
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dimension(String key, String name, Boolean suppressed, Integer n, BigDecimal mean, BigDecimal sd,
                            BigDecimal favourableShare, Map<String, Integer> distribution, BigDecimal scaleMin,
                            BigDecimal scaleMax, String concept) {

        /** A dimension without a concept. */
        public Dimension(String key, String name, Boolean suppressed, Integer n, BigDecimal mean, BigDecimal sd,
                         BigDecimal favourableShare, Map<String, Integer> distribution, BigDecimal scaleMin,
                         BigDecimal scaleMax) {
            this(key, name, suppressed, n, mean, sd, favourableShare, distribution, scaleMin, scaleMax, null);
        }

        /** True when the dimension is published without figures. */
        public boolean withheld() {
            return Boolean.TRUE.equals(suppressed);
        }

        /** Its figures may be kept: not withheld, with a mean, and answered by at least {@code threshold} respondents. */
        public boolean disclosedAt(int threshold) {
            return !withheld() && mean != null && n != null && n >= Math.max(threshold, 1);
        }
    }
}
