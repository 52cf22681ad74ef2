package nl.leercultuur.network.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.networks.Network;
import nl.leercultuur.network.networks.NetworkAccess;
import nl.leercultuur.network.participants.Participant;
import nl.leercultuur.network.scans.ClosedScans;
import nl.leercultuur.network.scans.ScanFacts;
import nl.leercultuur.platform.api.EntityTags;
import nl.leercultuur.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Each participant's case in action learning: the question and its "how might we", the phase it is in (one step
 * forward or any step back, see {@link Phases}), the experiment canvas, and a dated log of moves and progress.
 * Participants work on their own case; the network's facilitators on any.
 */
@ApplicationScoped
public class CaseService {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseView(UUID id, UUID participantId, String question, String howMightWe, String phase, String hypothesis,
                           String action, String measure, String result, List<LogEntry> log, long version,
                           @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Baseline and evaluation scan and, per dimension the case is about, before, after and the difference; absent while the case refers to no scan")
                           CaseMeasurements.Measurements measurements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogEntry(OffsetDateTime at, String kind, String fromPhase, String toPhase, String note) {
    }

    private static final String OWN_CASE_ONLY = "participants work on their own case only";

    private final NetworkAccess access;
    private final ClosedScans scans;

    CaseService(NetworkAccess access, ClosedScans scans) {
        this.access = access;
        this.scans = scans;
    }

    @Transactional
    public CaseView openCase(UUID networkId, UUID participantId, String question, String howMightWe) {
        Network n = access.readable(networkId);
        Participant p = Participant.of(networkId, participantId);
        access.requireActFor(n, p.userSubject, OWN_CASE_ONLY);
        if (ParticipantCase.count("participantId", participantId) > 0) {
            throw ProblemException.conflict("case-exists", "this participant already brings a case to the network");
        }
        ParticipantCase c = new ParticipantCase();
        c.id = UUID.randomUUID();
        c.networkId = networkId;
        c.participantId = participantId;
        c.question = question;
        c.howMightWe = howMightWe;
        c.phase = Phases.ORDER.get(0);
        c.updatedAt = OffsetDateTime.now();
        c.persist();
        log(c.id, "phase", null, c.phase, "case opened");
        return view(c);
    }

    @Transactional
    public CaseView movePhase(UUID networkId, UUID participantId, String to, String note) {
        ParticipantCase c = ownCase(networkId, participantId);
        if (!Phases.isPhase(to)) {
            throw ProblemException.invalid("phase", "must be one of " + Phases.ORDER);
        }
        if (!Phases.mayMove(c.phase, to)) {
            throw new ProblemException(409, "illegal-phase-move", "Illegal phase move",
                    "a case moves one phase forward or back to an earlier phase; " + c.phase + " → " + to + " is not allowed");
        }
        String from = c.phase;
        c.phase = to;
        c.updatedAt = OffsetDateTime.now();
        log(c.id, "phase", from, to, note);
        return view(c);
    }

    /** Fills in the experiment canvas; {@code version} (and {@code If-Match}, when sent) must be the one last read. */
    @Transactional
    public CaseView canvas(UUID networkId, UUID participantId, String hypothesis, String action, String measure, String result,
                           String progressNote, long version, String ifMatch) {
        ParticipantCase c = ownCase(networkId, participantId);
        EntityTags.requireMatch(ifMatch, c.lockVersion);
        if (c.lockVersion != version) {
            throw new ProblemException(409, "stale-version", "Conflict", "the case changed since version " + version + "; read it again");
        }
        c.hypothesis = hypothesis;
        c.action = action;
        c.measure = measure;
        c.result = result;
        c.updatedAt = OffsetDateTime.now();
        if (progressNote != null && !progressNote.isBlank()) {
            log(c.id, "progress", null, null, progressNote.trim());
        }
        return view(c);
    }

    /**
     * Chooses the case's baseline and evaluation scans and the dimensions it is about (a full replacement: a scan left
     * out is no longer referred to). 422 naming the field for a scan network-service does not know (not closed yet),
     * one of another organisation than the participant's, an evaluation not closed after the baseline or with
     * another instrument, a dimension the scans do not have. {@code version} and {@code If-Match}, when sent, must
     * name the one last read (409 and 412).
     */
    @Transactional
    public CaseView setMeasurements(UUID networkId, UUID participantId, UUID baselineScanId, UUID evaluationScanId,
                                    List<String> dimensions, Long version, String ifMatch) {
        Network n = access.readable(networkId);
        Participant p = Participant.of(networkId, participantId);
        access.requireActFor(n, p.userSubject, OWN_CASE_ONLY);
        ParticipantCase c = ParticipantCase.of(networkId, participantId);
        EntityTags.requireMatch(ifMatch, c.lockVersion);
        if (version != null && c.lockVersion != version) {
            throw new ProblemException(409, "stale-version", "Conflict", "the case changed since version " + version + "; read it again");
        }
        List<String> keys = dimensions == null ? List.of() : dimensions.stream().distinct().toList();
        ScanFacts baseline = scans.find(baselineScanId).orElse(null);
        ScanFacts evaluation = scans.find(evaluationScanId).orElse(null);
        List<nl.leercultuur.platform.problem.Problem.FieldError> errors = CaseMeasurements.problems(p.organisationId,
                baselineScanId, baseline, evaluationScanId, evaluation, keys);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        c.baselineScanId = baselineScanId;
        c.evaluationScanId = evaluationScanId;
        c.dimensionKeys = keys.toArray(String[]::new);
        c.updatedAt = OffsetDateTime.now();
        log(c.id, "progress", null, null, "measurements: baseline " + (baselineScanId == null ? "none" : baselineScanId)
                + ", evaluation " + (evaluationScanId == null ? "none" : evaluationScanId)
                + (keys.isEmpty() ? "" : ", dimensions " + String.join(", ", keys)));
        return view(c);
    }

    @Transactional
    public CaseView getCase(UUID networkId, UUID participantId) {
        access.readable(networkId);
        return view(ParticipantCase.of(networkId, participantId));
    }

    /** The participant's case, when the caller is that participant or manages the network. */
    private ParticipantCase ownCase(UUID networkId, UUID participantId) {
        Network n = access.readable(networkId);
        Participant p = Participant.of(networkId, participantId);
        access.requireActFor(n, p.userSubject, OWN_CASE_ONLY);
        return ParticipantCase.of(networkId, participantId);
    }

    private CaseView view(ParticipantCase c) {
        ParticipantCase.flush(); // the version as written
        List<LogEntry> log = CaseLogEntry.<CaseLogEntry>list("caseId = ?1 order by at, id", c.id).stream()
                .map(l -> new LogEntry(l.at, l.kind, l.fromPhase, l.toPhase, l.note)).toList();
        CaseMeasurements.Measurements measurements = CaseMeasurements.compare(
                c.baselineScanId, scans.find(c.baselineScanId).orElse(null),
                c.evaluationScanId, scans.find(c.evaluationScanId).orElse(null),
                c.dimensionKeys == null ? List.of() : List.of(c.dimensionKeys));
        if (measurements != null) {
            Participant owner = Participant.of(c.networkId, c.participantId);
            if (!access.maySeeResultsOf(owner.organisationId, owner.userSubject)) {
                measurements = measurements.withoutFigures(); // the organisation's results, not the network's
            }
        }
        return new CaseView(c.id, c.participantId, c.question, c.howMightWe, c.phase, c.hypothesis, c.action, c.measure, c.result,
                log, c.lockVersion, measurements);
    }

    private void log(UUID caseId, String kind, String from, String to, String note) {
        CaseLogEntry e = new CaseLogEntry();
        e.caseId = caseId;
        e.actor = access.subject();
        e.kind = kind;
        e.fromPhase = from;
        e.toPhase = to;
        e.note = note;
        e.persist();
    }
}
