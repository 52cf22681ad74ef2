package nl.leercultuur.analytics.benchmark;

import nl.leercultuur.platform.audit.AuditLog;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    ScanFacts facts;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @ConfigProperty(name = "leercultuur.analytics.benchmark-minimum", defaultValue = "5")
    int minimum;

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

    private Group group(List<Double> values, double own) {
        if (values.size() < minimum) {
            return new Group("insufficient-data", values.size(), null, null, null, null);
        }
        Distribution.Summary s = Distribution.of(values, own);
        return new Group("ok", s.count(), round(s.median()), round(s.q1()), round(s.q3()), Math.round(s.percentileRank() * 10) / 10.0);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
