package nl.leercultuur.analytics.benchmark;

import nl.leercultuur.platform.audit.AuditLog;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's latest dimension means against its sector and the whole region, each organisation counted once
 * (its latest scan with results). Shown only when enough organisations contribute; below that the answer says
 * "insufficient-data" and carries no figures, so no single organisation's value can be worked out.
 */
@ApplicationScoped
public class BenchmarkService {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(String status, int organisations, Double median, Double q1, Double q3, Double percentileRank) {
    }

    public record DimensionBenchmark(String key, String name, double mean, Group sector, Group region) {
    }

    public record OrganisationBenchmark(String organisationId, String instrumentKey, UUID scanId, OffsetDateTime closedAt,
                                        String sector, int minimumOrganisations, List<DimensionBenchmark> dimensions) {
    }

    /** One dimension across the region and per sector, not tied to any organisation (what a partner sees by default). */
    public record Aggregate(String key, String name, Group region, java.util.SortedMap<String, Group> sectors) {
    }

    public record RegionBenchmark(String instrumentKey, int minimumOrganisations, int organisations, List<Aggregate> dimensions) {
    }

    /** One dimension's spread over organisations (no organisation named, no rank). */
    public record DimensionSpread(String key, String name, Group spread) {
    }

    /** The status of a group with too few organisations to show figures. */
    public static final String INSUFFICIENT = "insufficient-data";

    private final ScanFacts facts;
    private final Caller caller;
    private final AuditLog audit;
    private final int minimum;

    BenchmarkService(ScanFacts facts, Caller caller, AuditLog audit,
                     @ConfigProperty(name = "leercultuur.analytics.benchmark-minimum", defaultValue = "5") int minimum) {
        this.facts = facts;
        this.caller = caller;
        this.audit = audit;
        this.minimum = minimum;
    }

    @Transactional
    public OrganisationBenchmark forOrganisation(String organisationId, String instrumentKey) {
        caller.requireReadOf(organisationId);
        audit.read(organisationId);
        List<ScanFacts.Scan> latest = facts.latestPerOrganisation(instrumentKey);
        ScanFacts.Scan own = latest.stream().filter(s -> s.organisationId().equals(organisationId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("scan with results of " + instrumentKey + " for organisation", organisationId));
        return new OrganisationBenchmark(organisationId, instrumentKey, own.id(), own.closedAt(), own.sector(), minimum,
                compare(own, latest));
    }

    /**
     * The region's and each sector's distribution per dimension over every organisation's latest scan; a group below
     * the minimum number of organisations carries no figures.
     */
    @Transactional
    public RegionBenchmark region(String instrumentKey) {
        List<ScanFacts.Scan> latest = facts.latestPerOrganisation(instrumentKey);
        java.util.SortedMap<String, java.util.Map<String, Group>> perSector = new java.util.TreeMap<>();
        latest.stream().collect(java.util.stream.Collectors.groupingBy(ScanFacts.Scan::sector)).forEach((sector, scans) -> {
            java.util.Map<String, Group> groups = new java.util.HashMap<>();
            spreads(scans).forEach(d -> groups.put(d.key(), d.spread()));
            perSector.put(sector, groups);
        });
        List<Aggregate> out = new ArrayList<>();
        for (DimensionSpread d : spreads(latest)) {
            java.util.SortedMap<String, Group> sectors = new java.util.TreeMap<>();
            perSector.forEach((sector, groups) -> {
                if (groups.containsKey(d.key())) {
                    sectors.put(sector, groups.get(d.key()));
                }
            });
            out.add(new Aggregate(d.key(), d.name(), d.spread(), sectors));
        }
        return new RegionBenchmark(instrumentKey, minimum, latest.size(), out);
    }

    /**
     * Per dimension (in the order they first appear), the spread of the means over these scans, each standing for one
     * organisation; a dimension fewer than the minimum number of organisations show carries no figures.
     */
    public List<DimensionSpread> spreads(List<ScanFacts.Scan> onePerOrganisation) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        onePerOrganisation.forEach(s -> s.dimensions().values().forEach(d -> names.putIfAbsent(d.key(), d.name())));
        List<DimensionSpread> out = new ArrayList<>();
        names.forEach((key, name) -> {
            List<Double> values = new ArrayList<>();
            for (ScanFacts.Scan s : onePerOrganisation) {
                ScanFacts.Dim x = s.dimensions().get(key);
                if (x != null) {
                    values.add(x.mean());
                }
            }
            out.add(new DimensionSpread(key, name, group(values, null)));
        });
        return out;
    }

    /**
     * The spread of values that {@code organisations} organisations contribute (several values may come from one), with
     * no rank of anyone's; no figures below the minimum number of organisations.
     */
    public Group spread(List<Double> values, int organisations) {
        return group(values, organisations, null);
    }

    /** How many organisations a group needs before it shows figures. */
    public int minimumOrganisations() {
        return minimum;
    }

    /** The benchmark beside each dimension of one scan (used by the scan profile). */
    @Transactional
    public List<DimensionBenchmark> forScan(ScanFacts.Scan scan, String instrumentKey) {
        List<ScanFacts.Scan> others = new ArrayList<>(facts.latestPerOrganisation(instrumentKey).stream()
                .filter(s -> !s.organisationId().equals(scan.organisationId())).toList());
        others.add(scan); // this scan stands for its organisation
        return compare(scan, others);
    }

    private List<DimensionBenchmark> compare(ScanFacts.Scan own, List<ScanFacts.Scan> perOrganisation) {
        List<DimensionBenchmark> out = new ArrayList<>();
        own.dimensions().values().forEach(d -> {
            List<Double> region = new ArrayList<>();
            List<Double> sector = new ArrayList<>();
            for (ScanFacts.Scan s : perOrganisation) {
                ScanFacts.Dim x = s.dimensions().get(d.key());
                if (x != null) {
                    region.add(x.mean());
                    if (s.sector().equals(own.sector())) {
                        sector.add(x.mean());
                    }
                }
            }
            out.add(new DimensionBenchmark(d.key(), d.name(), d.mean(), group(sector, d.mean()), group(region, d.mean())));
        });
        return out;
    }

    /** A group's figures, with the own value's percentile rank when there is one; none below the minimum. */
    private Group group(List<Double> values, Double own) {
        return group(values, values.size(), own);
    }

    private Group group(List<Double> values, int organisations, Double own) {
        if (organisations < minimum || values.isEmpty()) {
            return new Group(INSUFFICIENT, organisations, null, null, null, null);
        }
        Distribution.Summary s = Distribution.of(values, own == null ? values.get(0) : own);
        return new Group("ok", organisations, round(s.median()), round(s.q1()), round(s.q3()),
                own == null ? null : Math.round(s.percentileRank() * 10) / 10.0);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
