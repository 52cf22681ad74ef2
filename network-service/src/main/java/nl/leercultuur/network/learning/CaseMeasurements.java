package nl.leercultuur.network.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.leercultuur.network.scans.ScanFacts;
import nl.leercultuur.platform.problem.Problem;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A case's measurements: a scan of the participant's organisation as its baseline, a later scan with the same
 * instrument as its evaluation, and the dimensions the case is about. The rules for choosing them and the before/after
 * comparison, over plain facts (no database), so unit tests reach them directly.
 */
public final class CaseMeasurements {

    public static final String BASELINE = "baselineScanId";
    public static final String EVALUATION = "evaluationScanId";
    public static final String DIMENSIONS = "dimensions";

    /** How far the comparison is: no evaluation yet, a scan not (or no longer) known, a scan suppressed, or compared. */
    public enum ComparisonState {
        AWAITING_EVALUATION("awaiting-evaluation"), SCAN_UNKNOWN("scan-unknown"), SUPPRESSED("suppressed"), COMPARED("compared");

        private final String json;

        ComparisonState(String json) {
            this.json = json;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return json;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measurements(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "awaiting-evaluation, scan-unknown, suppressed (a scan below its anonymity threshold: no figures) or compared",
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    enumeration = {"awaiting-evaluation", "scan-unknown", "suppressed", "compared"})
            ComparisonState state,
            ScanRef baseline, ScanRef evaluation, List<String> chosenDimensions, List<DimensionChange> dimensions,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "true: the figures are left out for this caller; they are the organisation's own results, shown to the participant, the organisation's manager and admins only")
            Boolean figuresHidden) {

        /** The same comparison without any figure: which dimensions, and whether withheld, but no means. */
        public Measurements withoutFigures() {
            List<DimensionChange> bare = dimensions == null ? null : dimensions.stream()
                    .map(d -> new DimensionChange(d.key(), d.name(), null, null, null, d.withheld(), d.withheldIn())).toList();
            return new Measurements(state, baseline, evaluation, chosenDimensions, bare, true);
        }
    }

    /** A scan a case refers to; only its id while network-service does not know it (any more). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScanRef(UUID scanId, OffsetDateTime closedAt, String unitLabel, String instrumentKey, Boolean suppressed) {

        static ScanRef of(UUID id, ScanFacts s) {
            return s == null ? new ScanRef(id, null, null, null, null)
                    : new ScanRef(s.scanId(), s.closedAt(), s.unitLabel(), s.instrumentKey(), s.suppressed());
        }
    }

    /**
     * One dimension before and after. Figures only when both scans disclosed it; otherwise {@code withheld} is true,
     * {@code withheldIn} says in which scan(s) (baseline, evaluation), and no figure is given.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DimensionChange(String key, String name, BigDecimal before, BigDecimal after, BigDecimal difference,
                                  boolean withheld, List<String> withheldIn) {
    }

    private CaseMeasurements() {
    }

    /**
     * What is wrong with this choice, field by field (empty when nothing is). {@code baseline}/{@code evaluation} are
     * the facts of the chosen scans, null when not chosen or when network-service does not know the scan.
     */
    public static List<Problem.FieldError> problems(String organisationId, UUID baselineId, ScanFacts baseline,
                                                    UUID evaluationId, ScanFacts evaluation, List<String> dimensions) {
        List<Problem.FieldError> errors = new ArrayList<>();
        scanProblem(BASELINE, baselineId, baseline, organisationId).ifPresent(errors::add);
        scanProblem(EVALUATION, evaluationId, evaluation, organisationId).ifPresent(errors::add);
        if (evaluationId != null && baselineId == null) {
            errors.add(new Problem.FieldError(EVALUATION, "an evaluation is compared with a baseline: choose the baseline scan as well"));
        }
        if (baseline != null && evaluation != null && errors.isEmpty()) {
            if (!evaluation.instrumentKey().equals(baseline.instrumentKey())) {
                errors.add(new Problem.FieldError(EVALUATION, "the evaluation scan used instrument '" + evaluation.instrumentKey()
                        + "', the baseline '" + baseline.instrumentKey() + "': before and after need the same instrument"));
            } else if (!evaluation.closedAt().isAfter(baseline.closedAt())) {
                errors.add(new Problem.FieldError(EVALUATION, "the evaluation scan must have closed after the baseline scan (closed "
                        + baseline.closedAt() + ")"));
            }
        }
        if (dimensions != null && !dimensions.isEmpty()) {
            Set<String> known = new LinkedHashSet<>();
            boolean anyKnown = false;
            for (ScanFacts s : new ScanFacts[]{baseline, evaluation}) {
                if (s != null && !s.suppressed()) {
                    anyKnown = true;
                    s.dimensions().forEach(d -> known.add(d.key()));
                }
            }
            if (anyKnown) {
                List<String> unknown = dimensions.stream().filter(k -> !known.contains(k)).distinct().toList();
                if (!unknown.isEmpty()) {
                    errors.add(new Problem.FieldError(DIMENSIONS, "not a dimension of the instrument's scans: " + String.join(", ", unknown)
                            + " (choose from " + String.join(", ", known) + ")"));
                }
            }
        }
        return errors;
    }

    private static Optional<Problem.FieldError> scanProblem(String field, UUID id, ScanFacts scan, String organisationId) {
        if (id == null) {
            return Optional.empty();
        }
        if (scan == null) {
            return Optional.of(new Problem.FieldError(field, "scan " + id + " is not known as closed; a scan can be chosen once it has closed"));
        }
        if (!scan.organisationId().equals(organisationId)) {
            return Optional.of(new Problem.FieldError(field, "scan " + id + " is of another organisation than the participant's"));
        }
        return Optional.empty();
    }

    /**
     * The case page's before and after. Per chosen dimension (or, when none is chosen, every dimension both scans
     * disclosed, in the instrument's order): figures and their difference only when disclosed in both scans.
     * Null when the case refers to no scan.
     */
    public static Measurements compare(UUID baselineId, ScanFacts baseline, UUID evaluationId, ScanFacts evaluation,
                                       List<String> chosen) {
        if (baselineId == null && evaluationId == null) {
            return null;
        }
        List<String> chosenKeys = chosen == null ? List.of() : chosen;
        ScanRef before = baselineId == null ? null : ScanRef.of(baselineId, baseline);
        ScanRef after = evaluationId == null ? null : ScanRef.of(evaluationId, evaluation);
        if ((baselineId != null && baseline == null) || (evaluationId != null && evaluation == null)) {
            return new Measurements(ComparisonState.SCAN_UNKNOWN, before, after, chosenKeys, List.of(), null);
        }
        if (evaluation == null || baseline == null) {
            return new Measurements(ComparisonState.AWAITING_EVALUATION, before, after, chosenKeys, List.of(), null);
        }
        List<String> keys = chosenKeys.isEmpty()
                ? baseline.dimensions().stream().filter(ScanFacts.Dimension::disclosed).map(ScanFacts.Dimension::key)
                        .filter(k -> evaluation.dimension(k).map(ScanFacts.Dimension::disclosed).orElse(false)).toList()
                : chosenKeys;
        List<DimensionChange> changes = keys.stream().map(k -> change(k, baseline, evaluation)).toList();
        ComparisonState state = baseline.suppressed() || evaluation.suppressed() ? ComparisonState.SUPPRESSED : ComparisonState.COMPARED;
        return new Measurements(state, before, after, chosenKeys, changes, null);
    }

    static DimensionChange change(String key, ScanFacts baseline, ScanFacts evaluation) {
        Optional<ScanFacts.Dimension> b = baseline.dimension(key);
        Optional<ScanFacts.Dimension> a = evaluation.dimension(key);
        String name = a.map(ScanFacts.Dimension::name).or(() -> b.map(ScanFacts.Dimension::name)).orElse(key);
        boolean beforeDisclosed = b.map(ScanFacts.Dimension::disclosed).orElse(false);
        boolean afterDisclosed = a.map(ScanFacts.Dimension::disclosed).orElse(false);
        if (beforeDisclosed && afterDisclosed) {
            BigDecimal mb = b.get().mean();
            BigDecimal ma = a.get().mean();
            return new DimensionChange(key, name, mb, ma, ma.subtract(mb), false, null);
        }
        List<String> withheldIn = new ArrayList<>();
        if (!beforeDisclosed) {
            withheldIn.add("baseline");
        }
        if (!afterDisclosed) {
            withheldIn.add("evaluation");
        }
        return new DimensionChange(key, name, null, null, null, true, withheldIn);
    }
}
