package nl.leercultuur.survey.scan;

import nl.leercultuur.platform.audit.AuditLog;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.platform.outbox.Outbox;
import nl.leercultuur.platform.problem.Problem.FieldError;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;
import nl.leercultuur.survey.instrument.Instrument;
import nl.leercultuur.survey.instrument.InstrumentDefinition;
import nl.leercultuur.survey.instrument.InstrumentService;
import nl.leercultuur.survey.instrument.InstrumentVersion;
import nl.leercultuur.survey.invitation.Invitation;
import nl.leercultuur.survey.organisation.OrganisationDirectory;
import nl.leercultuur.survey.organisation.OrganisationInfo;
import nl.leercultuur.survey.response.SurveyResponse;
import nl.leercultuur.survey.scan.ScanDtos.CreateScan;
import nl.leercultuur.survey.scan.ScanDtos.DimensionScore;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.survey.scan.ScanDtos.ScanResults;
import nl.leercultuur.survey.scan.ScanDtos.ScanView;
import nl.leercultuur.contracts.events.ScanCompleted;
import nl.leercultuur.survey.scoring.ResultDisclosure;
import nl.leercultuur.survey.scoring.ScanScoring;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ScanService {

    private static final Logger LOG = Logger.getLogger(ScanService.class);
    public static final int DEFAULT_THRESHOLD = 5;

    @Inject
    InstrumentService instruments;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    ScanScoring scoring;
    @Inject
    Outbox outbox;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper json;

    public ScanView create(CreateScan req) {
        caller.requireActFor(req.organisationId());
        List<FieldError> errors = new ArrayList<>();
        if (!req.closesAt().isAfter(req.opensAt())) {
            errors.add(new FieldError("closesAt", "must be after opensAt"));
        }
        Instrument instrument = Instrument.byKey(req.instrumentKey()).orElse(null);
        InstrumentVersion version = null;
        if (instrument == null) {
            errors.add(new FieldError("instrumentKey", "no instrument with key '" + req.instrumentKey() + "'"));
        } else {
            version = req.instrumentVersion() == null ? InstrumentVersion.latestPublished(instrument).orElse(null)
                    : InstrumentVersion.of(instrument, req.instrumentVersion()).orElse(null);
            if (version == null || version.status != InstrumentVersion.Status.PUBLISHED) {
                errors.add(new FieldError("instrumentVersion", "no published version "
                        + (req.instrumentVersion() == null ? "" : req.instrumentVersion() + " ") + "of " + req.instrumentKey()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // Outside the transaction: a slow registry must not hold a database connection.
        OrganisationInfo org = organisations.require(req.organisationId());
        return persistNew(req, version.id, org);
    }

    @Transactional
    ScanView persistNew(CreateScan req, UUID versionId, OrganisationInfo org) {
        Scan s = new Scan();
        s.id = UUID.randomUUID();
        s.instrumentVersion = InstrumentVersion.findById(versionId);
        s.organisationId = org.id();
        s.organisationName = org.name();
        s.sector = org.sector();
        s.region = org.region();
        s.unitLabel = req.unitLabel() == null || req.unitLabel().isBlank() ? null : req.unitLabel().trim();
        s.title = req.title().trim();
        s.opensAt = req.opensAt();
        s.closesAt = req.closesAt();
        s.anonymityThreshold = req.anonymityThreshold() == null ? DEFAULT_THRESHOLD : req.anonymityThreshold();
        s.expectedPopulation = req.expectedPopulation();
        s.status = ScanStatus.DRAFT;
        s.createdBy = caller.subject();
        s.createdAt = OffsetDateTime.now();
        s.persist();
        LOG.infof("scan %s created for %s (%s) by %s", s.id, s.organisationId, s.instrumentVersion.instrument.key, s.createdBy);
        return view(s);
    }

    @Transactional
    public ScanView get(UUID id) {
        Scan s = find(id);
        caller.requireReadOf(s.organisationId);
        return view(s);
    }

    @Transactional
    public Page<ScanView> list(String organisationId, ScanStatus status, int page, int size) {
        String org = organisationId;
        if (!caller.has(Roles.ADMIN)) {
            org = caller.organisationId().orElseThrow(() -> ProblemException.forbidden("no organisation in your token"));
            if (organisationId != null && !organisationId.equals(org)) {
                throw ProblemException.forbidden("an org-manager may only list their own organisation's scans");
            }
        }
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (org != null) {
            q.append(" and organisationId = :org");
            params.put("org", org);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        var query = Scan.find(q.toString(), Sort.by("createdAt").descending().and("id"), params);
        List<ScanView> items = query.page(page, size).<Scan>list().stream().map(this::view).toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional
    public ScanView open(UUID id) {
        Scan s = lockForChange(id);
        transition(s, ScanStatus.OPEN);
        s.openedAt = OffsetDateTime.now();
        LOG.infof("scan %s opened", s.id);
        return view(s);
    }

    @Transactional
    public ScanView close(UUID id) {
        Scan s = lockForChange(id);
        closeScan(s);
        return view(s);
    }

    @Transactional
    public ScanView archive(UUID id) {
        Scan s = lockForChange(id);
        transition(s, ScanStatus.ARCHIVED);
        return view(s);
    }

    /** Closes every open scan whose close time has passed; used by the scheduled job. */
    @Transactional
    public int closeDueAsSystem(OffsetDateTime now) {
        List<Scan> due = Scan.find("status = ?1 and closesAt <= ?2", ScanStatus.OPEN, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        due.forEach(this::closeScan);
        return due.size();
    }

    @Transactional
    public ScanResults results(UUID id) {
        Scan s = find(id);
        caller.requireReadOf(s.organisationId);
        audit.read(s.organisationId);
        if (s.status != ScanStatus.CLOSED && s.status != ScanStatus.ARCHIVED) {
            throw new ProblemException(409, "scan-not-closed", "Results not available",
                    "results are computed when the scan closes; this scan is " + s.status);
        }
        ResultDisclosure.Outcome outcome = disclose(s, scoring.stored(s.id));
        List<DimensionScore> dims = outcome.dimensions().stream().map(this::dimensionScore).toList();
        List<String> open = outcome.suppressed() ? List.of() : openAnswers(s.id);
        return new ScanResults(s.id, s.status.name(), s.responseCount,
                ScanScoring.responseRate(s.responseCount, s.expectedPopulation), s.anonymityThreshold,
                outcome.suppressed(), outcome.overallIndex(), dims, open);
    }

    private ResultDisclosure.Outcome disclose(Scan s, List<ScanScoring.DimensionStats> stats) {
        return ResultDisclosure.decide(instruments.definitionOf(s.instrumentVersion), s.anonymityThreshold,
                s.responseCount, stats);
    }

    private void closeScan(Scan s) {
        transition(s, ScanStatus.CLOSED);
        s.closedAt = OffsetDateTime.now();
        s.responseCount = (int) SurveyResponse.count("scanId", s.id);
        InstrumentDefinition def = instruments.definitionOf(s.instrumentVersion);
        ResultDisclosure.Outcome outcome = disclose(s, scoring.score(s.id, def));
        boolean suppressed = outcome.suppressed();
        s.overallIndex = outcome.overallIndex();
        List<ScanCompleted.Dimension> dims = outcome.dimensions().stream().map(d -> {
            DimensionScore ds = dimensionScore(d);
            InstrumentDefinition.Scale scale = d.suppressed() ? null : scaleOfDimension(def, d.dimension());
            return new ScanCompleted.Dimension(ds.key(), ds.name(), ds.suppressed(), ds.n(), ds.mean(), ds.sd(),
                    ds.favourableShare(), ds.distribution(), scale == null ? null : BigDecimal.valueOf(scale.min()),
                    scale == null ? null : BigDecimal.valueOf(scale.max()));
        }).toList();
        ScanCompleted event = new ScanCompleted(s.id.toString(), s.organisationId, s.organisationName, s.sector,
                s.region, s.unitLabel, s.title,
                new ScanCompleted.Instrument(s.instrumentVersion.instrument.key, s.instrumentVersion.version,
                        def.mapsFrom()),
                s.openedAt, s.closedAt, s.responseCount, s.expectedPopulation,
                ScanScoring.responseRate(s.responseCount, s.expectedPopulation), s.anonymityThreshold, suppressed,
                s.overallIndex, dims, def.scoring());
        outbox.append(EventTypes.SCAN_COMPLETED, s.organisationId, s.id.toString(), event);
        LOG.infof("scan %s closed with %d responses%s", s.id, s.responseCount, suppressed ? " (below threshold: suppressed)" : "");
    }

    private static InstrumentDefinition.Scale scaleOfDimension(InstrumentDefinition def, InstrumentDefinition.Dimension d) {
        return d.items().stream().filter(InstrumentDefinition.Item::isScored).findFirst().flatMap(def::scaleOf).orElse(null);
    }

    private DimensionScore dimensionScore(ResultDisclosure.Disclosed d) {
        String name = d.dimension().name().getOrDefault("nl", d.dimension().key());
        ScanScoring.DimensionStats st = d.stats();
        if (st == null) {
            return new DimensionScore(d.dimension().key(), name, true, null, null, null, null, null);
        }
        Map<String, Integer> dist;
        try {
            dist = json.readValue(st.distributionJson(), new TypeReference<Map<String, Integer>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException("stored distribution of scan dimension " + st.key() + " is not JSON", e);
        }
        return new DimensionScore(st.key(), name, null, st.n(), st.mean(), st.sd(), st.favourableShare(), dist);
    }

    @SuppressWarnings("unchecked")
    private List<String> openAnswers(UUID scanId) {
        // Shuffled by the database so the order reveals nothing about who answered when.
        return Scan.getEntityManager().createNativeQuery(
                "SELECT text_value FROM answer WHERE scan_id = ?1 AND text_value IS NOT NULL ORDER BY md5(response_id::text || item_key)")
                .setParameter(1, scanId).getResultList();
    }

    private Scan lockForChange(UUID id) {
        Scan s = Scan.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound("scan", id);
        }
        caller.requireActFor(s.organisationId);
        return s;
    }

    private static void transition(Scan s, ScanStatus target) {
        if (!s.status.canBecome(target)) {
            throw new ProblemException(409, "illegal-transition", "Illegal status change",
                    "scan " + s.id + " is " + s.status + " and cannot become " + target);
        }
        s.status = target;
    }

    public Scan find(UUID id) {
        Scan s = Scan.findById(id);
        if (s == null) {
            throw ProblemException.notFound("scan", id);
        }
        return s;
    }

    public ScanView view(Scan s) {
        int issued = (int) Invitation.count("scanId = ?1 and status <> ?2", s.id, Invitation.REVOKED);
        int responses = s.status == ScanStatus.OPEN || s.status == ScanStatus.DRAFT
                ? (int) SurveyResponse.count("scanId", s.id) : s.responseCount;
        Integer population = s.expectedPopulation != null ? s.expectedPopulation : (issued > 0 ? issued : null);
        return new ScanView(s.id, s.title, s.status.name(), s.instrumentVersion.instrument.key, s.instrumentVersion.version,
                s.organisationId, s.organisationName, s.sector, s.region, s.unitLabel, s.opensAt, s.closesAt,
                s.anonymityThreshold, s.expectedPopulation, issued, responses,
                ScanScoring.responseRate(responses, population), s.createdAt, s.openedAt, s.closedAt, s.lockVersion);
    }
}
