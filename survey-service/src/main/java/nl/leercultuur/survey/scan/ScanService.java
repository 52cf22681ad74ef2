package nl.leercultuur.survey.scan;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.platform.cluster.ClusterLock;
import nl.leercultuur.platform.observability.AfterCommit;
import nl.leercultuur.platform.problem.Problem.FieldError;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.OrganisationScope;
import nl.leercultuur.survey.instrument.Instrument;
import nl.leercultuur.survey.instrument.InstrumentVersion;
import nl.leercultuur.survey.organisation.OrganisationDirectory;
import nl.leercultuur.survey.organisation.OrganisationInfo;
import nl.leercultuur.survey.scan.ScanDtos.CreateScan;
import nl.leercultuur.survey.scan.ScanDtos.ScanView;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scan lifecycle (create, open, close, archive) and the scan as the API shows it. What closing sets off (scoring,
 * the scan-completed event) is {@link ScanClosing}'s; the counts of codes and responses come from the packages that
 * own them ({@link IssuedInvitations}, {@link SubmittedResponses}).
 */
@ApplicationScoped
public class ScanService {

    private static final Logger LOG = Logger.getLogger(ScanService.class);
    public static final int DEFAULT_THRESHOLD = 5;
    /** The cluster lock of closing due scans: one replica at a time. */
    static final String CLOSER_LOCK = "scan-closer";

    private final OrganisationDirectory organisations;
    private final IssuedInvitations invitations;
    private final SubmittedResponses responses;
    private final ScanClosing closing;
    private final Caller caller;
    private final TransactionSynchronizationRegistry transactions;
    private final ClusterLock cluster;
    /** leercultuur_scans_closed_total: scans closed (by hand or at their close time), counted once committed. */
    private final Counter closed;

    ScanService(OrganisationDirectory organisations, IssuedInvitations invitations, SubmittedResponses responses,
                ScanClosing closing, Caller caller, TransactionSynchronizationRegistry transactions, ClusterLock cluster,
                MeterRegistry registry) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.responses = responses;
        this.closing = closing;
        this.caller = caller;
        this.transactions = transactions;
        this.cluster = cluster;
        this.closed = Counter.builder("leercultuur.scans.closed")
                .description("Scans closed, by hand or at their close time (scored and announced in the same transaction)")
                .register(registry);
    }

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

    /** An admin lists any organisation's scans (all when none is named), an org-manager only their own organisation's. */
    @Transactional
    public Page<ScanView> list(String organisationId, ScanStatus status, int page, int size) {
        String org = listable(caller.scope(), organisationId);
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
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

    /** The organisation whose scans this caller lists (null: every organisation's), or 403. */
    private static String listable(OrganisationScope scope, String organisationId) {
        if (scope.any()) {
            return organisationId;
        }
        if (scope.own() == null) {
            throw ProblemException.forbidden("no organisation in your token");
        }
        if (organisationId != null && !scope.mayActFor(organisationId)) {
            throw ProblemException.forbidden("an org-manager may only list their own organisation's scans");
        }
        return scope.own();
    }

    @Transactional
    public ScanView open(UUID id) {
        Scan s = lockForChange(id);
        s.status = s.status.moveTo(ScanStatus.OPEN, "scan " + s.id);
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
        s.status = s.status.moveTo(ScanStatus.ARCHIVED, "scan " + s.id);
        return view(s);
    }

    /**
     * Closes every open scan whose close time has passed; used by the scheduled job, on one replica at a time (the
     * cluster lock {@value #CLOSER_LOCK}; a replica that does not get it closes nothing and returns 0). Even without
     * the lock no scan is closed (scored, announced) twice: the due scans are selected {@code FOR UPDATE}, and
     * PostgreSQL checks the condition again on a row another transaction changed while this one waited for it, so
     * a scan just closed elsewhere is no longer selected; and the close is written as an update conditional on the
     * scan's lock version (a stale one fails, and its event is rolled back with it).
     */
    @Transactional
    public int closeDueAsSystem(OffsetDateTime now) {
        if (!cluster.tryLock(CLOSER_LOCK)) {
            return 0;
        }
        List<Scan> due = Scan.find("status = ?1 and closesAt <= ?2", ScanStatus.OPEN, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        due.forEach(this::closeScan);
        return due.size();
    }

    private void closeScan(Scan s) {
        s.status = s.status.moveTo(ScanStatus.CLOSED, "scan " + s.id);
        s.closedAt = OffsetDateTime.now();
        s.responseCount = responses.of(s.id);
        closing.closed(s);
        AfterCommit.run(transactions, closed::increment);
    }

    private Scan lockForChange(UUID id) {
        Scan s = Scan.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound("scan", id);
        }
        caller.requireActFor(s.organisationId);
        return s;
    }

    public Scan find(UUID id) {
        Scan s = Scan.findById(id);
        if (s == null) {
            throw ProblemException.notFound("scan", id);
        }
        return s;
    }

    public ScanView view(Scan s) {
        int issued = invitations.of(s.id);
        int responseCount = s.status == ScanStatus.OPEN || s.status == ScanStatus.DRAFT ? responses.of(s.id) : s.responseCount;
        Integer population = s.expectedPopulation != null ? s.expectedPopulation : (issued > 0 ? issued : null);
        return new ScanView(s.id, s.title, s.status.name(), s.instrumentVersion.instrument.key, s.instrumentVersion.version,
                s.organisationId, s.organisationName, s.sector, s.region, s.unitLabel, s.opensAt, s.closesAt,
                s.anonymityThreshold, s.expectedPopulation, issued, responseCount,
                ResponseRate.of(responseCount, population), s.createdAt, s.openedAt, s.closedAt, s.lockVersion);
    }
}
