package nl.leercultuur.survey.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.leercultuur.contracts.events.ActionPlanUpdated;
import nl.leercultuur.platform.api.EntityTags;
import nl.leercultuur.platform.audit.AuditLog;
import nl.leercultuur.platform.outbox.Outbox;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;
import nl.leercultuur.survey.followup.FollowUpDtos.ActionChange;
import nl.leercultuur.survey.followup.FollowUpDtos.ActionView;
import nl.leercultuur.survey.followup.FollowUpDtos.NewAction;
import nl.leercultuur.survey.followup.FollowUpDtos.PlanView;
import nl.leercultuur.survey.followup.FollowUpDtos.Point;
import nl.leercultuur.survey.followup.FollowUpDtos.SaveConversation;
import nl.leercultuur.survey.followup.FollowUpDtos.WeakDimension;
import nl.leercultuur.survey.instrument.InstrumentDefinition;
import nl.leercultuur.survey.instrument.InstrumentService;
import nl.leercultuur.survey.scan.Scan;
import nl.leercultuur.survey.scan.ScanService;
import nl.leercultuur.survey.scan.ScanStatus;
import nl.leercultuur.survey.scoring.ResultDisclosure;
import nl.leercultuur.survey.scoring.ScanScoring;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The follow-up plan of a closed scan: the team's conversation about its results and the actions it chose.
 * <p>
 * Who: an admin, the org-manager of the scan's organisation, or a person that manager named as an editor of the plan
 * (by token subject). Partners are refused here; they see counts in analytics. Reading a plan is a read of the
 * organisation's results and goes into its audit log. Every change locks the scan's row first, so changes of one
 * plan follow each other and each one's survey.action-plan-updated.v1 (appended to the outbox in the same
 * transaction) counts what the plan holds after it.
 */
@ApplicationScoped
public class FollowUpService {

    private static final Logger LOG = Logger.getLogger(FollowUpService.class);
    /** Dates of the conversation are days in the region's time zone. */
    static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");
    static final int MAX_ACTIONS = 100;
    private static final TypeReference<List<Point>> POINTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ScanService scans;
    private final InstrumentService instruments;
    private final ScanScoring scoring;
    private final Caller caller;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ObjectMapper json;

    FollowUpService(ScanService scans, InstrumentService instruments, ScanScoring scoring, Caller caller, AuditLog audit,
                    Outbox outbox, ObjectMapper json) {
        this.scans = scans;
        this.instruments = instruments;
        this.scoring = scoring;
        this.caller = caller;
        this.audit = audit;
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional
    public PlanView get(UUID scanId) {
        Scan s = scans.find(scanId);
        FollowUpPlan p = planOf(s);
        requireReader(s.organisationId, p);
        audit.read(s.organisationId);
        if (p == null) {
            throw ProblemException.notFound("follow-up-plan of scan", scanId);
        }
        return view(p);
    }

    /** Creates or replaces the conversation; the editors change only when sent, and only by an admin or the manager. */
    @Transactional
    public PlanView save(UUID scanId, SaveConversation req, String ifMatch) {
        Scan s = lockScan(scanId);
        FollowUpPlan p = planOf(s);
        requireReader(s.organisationId, p);
        requireClosed(s);
        requireMatch(ifMatch, p);
        InstrumentDefinition def = instruments.definitionOf(s.instrumentVersion);
        PlanRules rules = rules(s, def);
        rules.heldOn("conversationHeldOn", req.conversationHeldOn(),
                s.closedAt == null ? null : s.closedAt.atZoneSameInstant(REGION).toLocalDate(), LocalDate.now(REGION));
        List<Point> strengths = rules.points("strengths", req.strengths());
        List<Point> shortTerm = rules.points("shortTerm", req.shortTerm());
        List<Point> longTerm = rules.points("longTerm", req.longTerm());
        List<String> editors = rules.editors("editors", req.editors());
        rules.check();
        if (editors != null && !new HashSet<>(editors).equals(new HashSet<>(p == null ? List.of() : editorsOf(p)))) {
            caller.requireActFor(s.organisationId); // the manager names the editors; an editor keeps the list as it is
        }
        boolean created = p == null;
        if (created) {
            p = newPlan(s);
        }
        p.conversationHeldOn = req.conversationHeldOn();
        p.strengths = write(strengths);
        p.shortTerm = write(shortTerm);
        p.longTerm = write(longTerm);
        if (editors != null) {
            p.editors = write(editors);
        }
        touch(p);
        if (created) {
            p.persist();
        }
        FollowUpPlan.flush(); // the new version, for the answer and its ETag
        publish(s, p, def);
        LOG.infof("follow-up conversation of scan %s %s by %s", s.id, created ? "recorded" : "replaced", caller.subject());
        return view(p);
    }

    /** Adds an action (PLANNED) to the scan's plan, creating an empty plan first when there is none yet. */
    @Transactional
    public ActionView addAction(UUID scanId, NewAction req) {
        Scan s = lockScan(scanId);
        FollowUpPlan p = planOf(s);
        requireReader(s.organisationId, p);
        requireClosed(s);
        InstrumentDefinition def = instruments.definitionOf(s.instrumentVersion);
        PlanRules rules = rules(s, def);
        String title = rules.title("title", req.title());
        String owner = rules.owner("owner", req.owner());
        List<String> dimensions = rules.dimensions("dimensions", req.dimensions());
        List<String> resources = rules.resources("resources", req.resources());
        rules.check();
        if (p == null) {
            p = newPlan(s);
            touch(p);
            p.persist();
        } else if (FollowUpAction.count("plan", p) >= MAX_ACTIONS) {
            throw ProblemException.conflict("too-many-actions", "a follow-up plan holds at most " + MAX_ACTIONS
                    + " actions; drop or finish some and keep the plan short");
        }
        FollowUpAction a = new FollowUpAction();
        a.id = UUID.randomUUID();
        a.plan = p;
        a.title = title;
        a.owner = owner;
        a.dueOn = req.dueOn();
        a.dimensions = write(dimensions);
        a.resources = write(resources);
        a.status = ActionStatus.PLANNED;
        a.createdBy = caller.subject();
        a.createdAt = OffsetDateTime.now();
        a.updatedBy = a.createdBy;
        a.updatedAt = a.createdAt;
        a.persist();
        FollowUpAction.flush();
        publish(s, p, def);
        LOG.infof("follow-up action %s added to scan %s by %s", a.id, s.id, a.createdBy);
        return view(a);
    }

    /** Changes the fields sent; a status moves along {@link ActionStatus} (409 illegal-transition otherwise). */
    @Transactional
    public ActionView updateAction(UUID scanId, UUID actionId, ActionChange req, String ifMatch) {
        Scan s = lockScan(scanId);
        FollowUpPlan p = planOf(s);
        requireReader(s.organisationId, p);
        FollowUpAction a = p == null ? null : FollowUpAction.findById(actionId);
        if (a == null || !a.plan.id.equals(p.id)) {
            throw ProblemException.notFound("follow-up action", actionId);
        }
        EntityTags.requireMatch(ifMatch, a.lockVersion);
        if (req.title() == null && req.owner() == null && req.dueOn() == null && req.dimensions() == null
                && req.resources() == null && req.status() == null) {
            throw ProblemException.invalid("body", "send at least one of title, owner, dueOn, dimensions, resources, status");
        }
        InstrumentDefinition def = instruments.definitionOf(s.instrumentVersion);
        PlanRules rules = rules(s, def);
        String title = req.title() == null ? null : rules.title("title", req.title());
        String owner = req.owner() == null ? null : rules.owner("owner", req.owner());
        List<String> dimensions = req.dimensions() == null ? null : rules.dimensions("dimensions", req.dimensions());
        List<String> resources = req.resources() == null ? null : rules.resources("resources", req.resources());
        rules.check();
        if (req.status() != null && req.status() != a.status) {
            a.status = a.status.moveTo(req.status(), "action " + a.id);
        }
        if (title != null) {
            a.title = title;
        }
        if (owner != null) {
            a.owner = owner;
        }
        if (req.dueOn() != null) {
            a.dueOn = req.dueOn();
        }
        if (dimensions != null) {
            a.dimensions = write(dimensions);
        }
        if (resources != null) {
            a.resources = write(resources);
        }
        a.updatedBy = caller.subject();
        a.updatedAt = OffsetDateTime.now();
        FollowUpAction.flush();
        publish(s, p, def);
        return view(a);
    }

    /**
     * For scan X: the plan of the latest earlier closed (or archived) scan of the same organisation, unit (no unit
     * matches no unit) and instrument (any version) that has one. Readers: as for X's plan, and the editors of the
     * plan found.
     */
    @Transactional
    public PlanView previous(UUID scanId) {
        Scan x = scans.find(scanId);
        StringBuilder q = new StringBuilder("scan.organisationId = :org and scan.instrumentVersion.instrument.key = :instrument"
                + " and scan.status in (:closed) and scan.id <> :x");
        Map<String, Object> params = new HashMap<>();
        params.put("org", x.organisationId);
        params.put("instrument", x.instrumentVersion.instrument.key);
        params.put("closed", List.of(ScanStatus.CLOSED, ScanStatus.ARCHIVED));
        params.put("x", x.id);
        if (x.unitLabel == null) {
            q.append(" and scan.unitLabel is null");
        } else {
            q.append(" and scan.unitLabel = :unit");
            params.put("unit", x.unitLabel);
        }
        if (x.closedAt != null) {
            q.append(" and scan.closedAt < :closedAt");
            params.put("closedAt", x.closedAt);
        }
        q.append(" order by scan.closedAt desc, scan.id");
        FollowUpPlan found = FollowUpPlan.<FollowUpPlan>find(q.toString(), params).firstResult();
        if (!manages(x.organisationId) && !isEditor(found)) {
            requireReader(x.organisationId, planOf(x)); // 403 unless an editor of X's plan: nothing said about earlier plans
        }
        audit.read(x.organisationId);
        if (found == null) {
            throw new ProblemException(404, "not-found", "Not found", "no earlier closed scan of " + x.organisationId
                    + (x.unitLabel == null ? " (no unit)" : ", unit '" + x.unitLabel + "',") + " with "
                    + x.instrumentVersion.instrument.key + " has a follow-up-plan");
        }
        return view(found);
    }

    /** The scan's two weakest disclosed dimensions, for suggestions; readers as for the plan, only of a closed scan. */
    @Transactional
    public List<WeakDimension> weakest(UUID scanId, int limit) {
        Scan s = scans.find(scanId);
        requireReader(s.organisationId, planOf(s));
        audit.read(s.organisationId);
        requireClosed(s);
        InstrumentDefinition def = instruments.definitionOf(s.instrumentVersion);
        ResultDisclosure.Outcome outcome = ResultDisclosure.decide(def, s.anonymityThreshold, s.responseCount,
                scoring.stored(s.id));
        return WeakestDimensions.of(def, outcome, limit);
    }

    // --- who may -------------------------------------------------------------------------------------------------

    private boolean manages(String organisationId) {
        return caller.scope().mayActFor(organisationId);
    }

    private boolean isEditor(FollowUpPlan p) {
        return p != null && !caller.isAnonymous() && !caller.has(Roles.PARTNER) && editorsOf(p).contains(caller.subject());
    }

    /** Admin, the organisation's manager, or an editor named on the plan (none when there is no plan yet); else 403. */
    private void requireReader(String organisationId, FollowUpPlan p) {
        if (manages(organisationId) || isEditor(p)) {
            return;
        }
        if (caller.has(Roles.PARTNER)) {
            throw ProblemException.forbidden("partners do not read follow-up plans; they see counts of them in analytics");
        }
        throw ProblemException.forbidden(caller.has(Roles.ORG_MANAGER)
                ? "an org-manager reads and edits their own organisation's follow-up plans, and those naming them as editor"
                : "only an admin, the organisation's org-manager or an editor named on the plan may do this");
    }

    private static void requireClosed(Scan s) {
        if (s.status != ScanStatus.CLOSED && s.status != ScanStatus.ARCHIVED) {
            throw new ProblemException(409, "scan-not-closed", "Follow-up not available",
                    "a follow-up plan is made after the scan closes and its results are in; this scan is " + s.status);
        }
    }

    /** If-Match on the plan: a stale tag 412; any tag at all while there is no plan yet 412 as well. */
    private static void requireMatch(String ifMatch, FollowUpPlan p) {
        if (p != null) {
            EntityTags.requireMatch(ifMatch, p.lockVersion);
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(412, "precondition-failed", "Precondition Failed",
                    "If-Match " + ifMatch + " names a version, but this scan has no follow-up plan yet");
        }
    }

    // --- plumbing --------------------------------------------------------------------------------------------------

    private Scan lockScan(UUID scanId) {
        Scan s = Scan.findById(scanId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound("scan", scanId);
        }
        return s;
    }

    private static FollowUpPlan planOf(Scan s) {
        return FollowUpPlan.<FollowUpPlan>find("scan", s).firstResult();
    }

    private FollowUpPlan newPlan(Scan s) {
        FollowUpPlan p = new FollowUpPlan();
        p.id = UUID.randomUUID();
        p.scan = s;
        p.strengths = "[]";
        p.shortTerm = "[]";
        p.longTerm = "[]";
        p.editors = "[]";
        p.createdBy = caller.subject();
        p.createdAt = OffsetDateTime.now();
        return p;
    }

    private void touch(FollowUpPlan p) {
        p.updatedBy = caller.subject();
        p.updatedAt = OffsetDateTime.now();
    }

    private static PlanRules rules(Scan s, InstrumentDefinition def) {
        return new PlanRules(def.dimensions().stream().map(InstrumentDefinition.Dimension::key).toList(),
                s.instrumentVersion.instrument.key + " version " + s.instrumentVersion.version);
    }

    /** survey.action-plan-updated.v1 of the plan as it now stands, into the outbox of this transaction. */
    private void publish(Scan s, FollowUpPlan p, InstrumentDefinition def) {
        List<ActionPlanEvents.ActionFacts> actions = FollowUpAction.of(p).stream()
                .map(a -> new ActionPlanEvents.ActionFacts(a.status, read(a.dimensions, STRINGS))).toList();
        ActionPlanUpdated event = ActionPlanEvents.of(
                new ActionPlanEvents.ScanFacts(s.id.toString(), s.organisationId, s.sector, s.region,
                        s.instrumentVersion.instrument.key),
                def.dimensions().stream().map(InstrumentDefinition.Dimension::key).toList(),
                p.conversationHeldOn, read(p.strengths, POINTS), read(p.shortTerm, POINTS), read(p.longTerm, POINTS),
                actions, OffsetDateTime.now(ZoneOffset.UTC));
        outbox.append(ActionPlanUpdated.TYPE, s.organisationId, s.id.toString(), event);
    }

    private PlanView view(FollowUpPlan p) {
        Scan s = p.scan;
        return new PlanView(s.id, s.title, s.organisationId, s.unitLabel, s.instrumentVersion.instrument.key,
                s.instrumentVersion.version, s.closedAt, p.conversationHeldOn, read(p.strengths, POINTS),
                read(p.shortTerm, POINTS), read(p.longTerm, POINTS), editorsOf(p),
                FollowUpAction.of(p).stream().map(this::view).toList(), p.createdAt, p.updatedAt, p.lockVersion);
    }

    private ActionView view(FollowUpAction a) {
        return new ActionView(a.id, a.title, a.owner, a.dueOn, read(a.dimensions, STRINGS), read(a.resources, STRINGS),
                a.status, a.createdAt, a.updatedAt, a.lockVersion);
    }

    private List<String> editorsOf(FollowUpPlan p) {
        return read(p.editors, STRINGS);
    }

    private <T> List<T> read(String stored, TypeReference<List<T>> type) {
        if (stored == null) {
            return List.of();
        }
        try {
            List<T> v = json.readValue(stored, type);
            return v == null ? List.of() : v.stream().filter(Objects::nonNull).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored follow-up list is not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
