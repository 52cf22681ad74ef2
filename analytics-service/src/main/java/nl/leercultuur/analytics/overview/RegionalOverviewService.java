package nl.leercultuur.analytics.overview;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.analytics.benchmark.BenchmarkService;
import nl.leercultuur.analytics.benchmark.ScanFacts;
import nl.leercultuur.analytics.followup.ActionPlans;
import nl.leercultuur.analytics.participation.ParticipationService;
import nl.leercultuur.analytics.zone.LearningZones;
import nl.leercultuur.contracts.events.Concepts;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The region at a glance for its coordinator, the facilitators and partners: which instruments ran and how their
 * dimensions spread over the organisations, the teams per learning zone, attendance in the learning networks and what
 * teams do with their results (follow-up plans).
 * <p>
 * No figure of a group below the minimum number of organisations (five by default) is shown: a dimension's spread,
 * the median response rate and the learning-zone counts say "insufficient-data" below it, and none of these figures
 * carries an organisation's id or name. Attendance is given per organisation to admins and facilitators (attendance is
 * not a result of a scan); partners get the totals only, and — like the follow-up counts — only when at least the
 * minimum number of organisations take part, since a total over one organisation is that organisation's figure.
 */
@ApplicationScoped
public class RegionalOverviewService {

    static final String OK = "ok";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "The selection the overview is for; an absent filter means any")
    public record OverviewSelection(String region, String sector, LocalDate from, LocalDate to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One instrument in the selection: how many organisations ran it, how many scans closed, the "
            + "response rate over those scans and each dimension's spread over the organisations (each organisation's "
            + "latest scan with results)")
    public record InstrumentOverview(String instrumentKey, int organisations, int scansClosed, BenchmarkService.Group responseRate,
                                     List<BenchmarkService.DimensionSpread> dimensions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Teams per learning zone (each team once, its latest scan that places it); counts only when at "
            + "least minimumOrganisations organisations contribute, else status 'insufficient-data'")
    public record ZoneCounts(String status, int organisations, Integer teams, Integer learning, Integer comfort, Integer anxiety,
                             Integer apathy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Attendance in learning network sessions that started in the period; byOrganisation for admins "
            + "and facilitators only, partners get the totals (when at least minimumOrganisations organisations take part)")
    public record ParticipationOverview(String status, int organisations, Integer sessions, Double attendanceRate,
                                        List<ParticipationService.OrganisationAttendance> byOrganisation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Follow-up plans on the scans closed in the selection: how many have one, the share, the "
            + "improvements and actions by status added up")
    public record FollowUpActivity(String status, int organisations, int scansClosed, Integer scansWithPlan, Double shareWithPlan,
                                   ActionPlans.Improvements improvements, ActionPlans.Actions actions) {
    }

    @Schema(description = "A dimension of an instrument that measures the concept, and how many organisations' latest scans show it")
    public record ConceptMeasure(String instrumentKey, String dimensionKey, int organisations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A concept of the shared vocabulary that two or more instruments in the selection measure: the "
            + "spread over the organisations of their position on a 0-100 scale (0 the lowest point of each instrument's "
            + "answer scale, 100 the highest; an organisation that ran several of these instruments counts once, with the "
            + "mean of its latest scans' positions). Figures only from minimumOrganisations organisations, else "
            + "'insufficient-data'. The per-instrument figures stay under instruments.")
    public record ConceptOverview(String concept, Concepts.Text name, List<ConceptMeasure> measuredBy, int organisations,
                                  BenchmarkService.Group spread) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegionalOverview(OverviewSelection selection, int minimumOrganisations, int organisations, int scansClosed,
                                   List<InstrumentOverview> instruments, List<ConceptOverview> concepts, ZoneCounts learningZones,
                                   ParticipationOverview participation, FollowUpActivity followUp) {
    }

    private final ScanFacts facts;
    private final BenchmarkService benchmarks;
    private final ParticipationService participation;
    private final ActionPlans plans;
    private final Caller caller;
    private final ObjectMapper json;

    RegionalOverviewService(ScanFacts facts, BenchmarkService benchmarks, ParticipationService participation, ActionPlans plans,
                            Caller caller, ObjectMapper json) {
        this.facts = facts;
        this.benchmarks = benchmarks;
        this.participation = participation;
        this.plans = plans;
        this.caller = caller;
        this.json = json;
    }

    /** Whether the caller sees attendance per organisation (admins and facilitators) or only totals (partners). */
    public boolean seesOrganisations() {
        return caller.has(Roles.ADMIN) || caller.has(Roles.FACILITATOR);
    }

    @Transactional
    public RegionalOverview overview(OverviewQuery q) {
        int minimum = benchmarks.minimumOrganisations();
        List<ScanFacts.Scan> scans = facts.selection(new ScanFacts.Selection(q.region(), q.sector(), q.closedFrom(), q.closedBefore()));
        int organisations = (int) scans.stream().map(ScanFacts.Scan::organisationId).distinct().count();

        Map<String, List<ScanFacts.Scan>> perInstrument = scans.stream()
                .collect(Collectors.groupingBy(ScanFacts.Scan::instrumentKey, TreeMap::new, Collectors.toList()));
        List<InstrumentOverview> instruments = new ArrayList<>();
        Map<String, List<ScanFacts.Scan>> latestPerInstrument = new TreeMap<>();
        perInstrument.forEach((key, ofInstrument) -> {
            List<ScanFacts.Scan> latest = ScanFacts.latestPerOrganisation(ofInstrument);
            latestPerInstrument.put(key, latest);
            instruments.add(instrument(key, ofInstrument, latest));
        });
        List<ConceptOverview> concepts = concepts(latestPerInstrument);

        RegionalFigures.ZoneTally zones = RegionalFigures.zones(scans, json);
        ZoneCounts zoneCounts = zones.organisations() < minimum
                ? new ZoneCounts(BenchmarkService.INSUFFICIENT, zones.organisations(), null, null, null, null, null)
                : new ZoneCounts(OK, zones.organisations(), zones.teams(), zones.counts().get(LearningZones.Zone.LEARNING),
                zones.counts().get(LearningZones.Zone.COMFORT), zones.counts().get(LearningZones.Zone.ANXIETY),
                zones.counts().get(LearningZones.Zone.APATHY));

        boolean byOrganisation = seesOrganisations();
        Set<String> members = q.region() == null && q.sector() == null ? null : facts.organisationsOf(q.region(), q.sector());
        ParticipationService.RegionalAttendance attendance = participation.regional(members, q.closedFrom(), q.closedBefore());
        ParticipationOverview participationOverview = byOrganisation
                ? new ParticipationOverview(OK, attendance.organisations(), attendance.sessions(),
                attendance.total().attendanceRate(), attendance.byOrganisation())
                : attendance.organisations() < minimum
                ? new ParticipationOverview(BenchmarkService.INSUFFICIENT, attendance.organisations(), null, null, null)
                : new ParticipationOverview(OK, attendance.organisations(), attendance.sessions(),
                attendance.total().attendanceRate(), null);

        RegionalFigures.PlanTally planTally = RegionalFigures.plans(scans,
                plans.onScans(scans.stream().map(ScanFacts.Scan::id).toList()));
        FollowUpActivity followUp = !byOrganisation && organisations < minimum
                ? new FollowUpActivity(BenchmarkService.INSUFFICIENT, organisations, scans.size(), null, null, null, null)
                : new FollowUpActivity(OK, organisations, scans.size(), planTally.scansWithPlan(), planTally.shareWithPlan(),
                planTally.improvements(), planTally.actions());

        return new RegionalOverview(new OverviewSelection(q.region(), q.sector(), q.from(), q.to()), minimum, organisations,
                scans.size(), instruments, concepts, zoneCounts, participationOverview, followUp);
    }

    private List<ConceptOverview> concepts(Map<String, List<ScanFacts.Scan>> latestPerInstrument) {
        Concepts vocabulary = Concepts.builtIn();
        List<String> order = vocabulary.all().stream().map(Concepts.Concept::key).toList();
        List<ConceptOverview> out = new ArrayList<>();
        for (RegionalFigures.ConceptTally t : RegionalFigures.concepts(latestPerInstrument, order)) {
            Concepts.Text name = vocabulary.byKey(t.concept()).map(Concepts.Concept::name)
                    .orElse(new Concepts.Text(t.concept(), t.concept()));
            List<ConceptMeasure> measuredBy = t.measuredBy().stream()
                    .map(m -> new ConceptMeasure(m.instrumentKey(), m.dimensionKey(), m.organisations())).toList();
            out.add(new ConceptOverview(t.concept(), name, measuredBy, t.perOrganisation().size(),
                    benchmarks.spread(List.copyOf(t.perOrganisation().values()), t.perOrganisation().size())));
        }
        return out;
    }

    private InstrumentOverview instrument(String key, List<ScanFacts.Scan> scans, List<ScanFacts.Scan> latest) {
        int organisations = (int) scans.stream().map(ScanFacts.Scan::organisationId).distinct().count();
        List<ScanFacts.Scan> rated = scans.stream().filter(s -> s.responseRate() != null).toList();
        BenchmarkService.Group responseRate = benchmarks.spread(rated.stream().map(s -> s.responseRate().doubleValue()).toList(),
                (int) rated.stream().map(ScanFacts.Scan::organisationId).distinct().count());
        return new InstrumentOverview(key, organisations, scans.size(), responseRate,
                benchmarks.spreads(latest));
    }
}
