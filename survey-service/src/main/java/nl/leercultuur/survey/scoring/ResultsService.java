package nl.leercultuur.survey.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.audit.AuditLog;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.survey.instrument.InstrumentService;
import nl.leercultuur.survey.scan.ResponseRate;
import nl.leercultuur.survey.scan.Scan;
import nl.leercultuur.survey.scan.ScanService;
import nl.leercultuur.survey.scan.ScanStatus;
import nl.leercultuur.survey.scoring.ResultDtos.DimensionScore;
import nl.leercultuur.survey.scoring.ResultDtos.ScanResults;

import java.util.List;
import java.util.UUID;

/** The results of a closed scan as its readers may see them: the stored figures, disclosed by {@link ResultDisclosure}. */
@ApplicationScoped
public class ResultsService {

    private final ScanService scans;
    private final InstrumentService instruments;
    private final ScanScoring scoring;
    private final DimensionScores scores;
    private final Caller caller;
    private final AuditLog audit;
    private final EntityManager em;

    ResultsService(ScanService scans, InstrumentService instruments, ScanScoring scoring, DimensionScores scores,
                   Caller caller, AuditLog audit, EntityManager em) {
        this.scans = scans;
        this.instruments = instruments;
        this.scoring = scoring;
        this.scores = scores;
        this.caller = caller;
        this.audit = audit;
        this.em = em;
    }

    @Transactional
    public ScanResults results(UUID id) {
        Scan s = scans.find(id);
        caller.requireReadOf(s.organisationId);
        audit.read(s.organisationId);
        if (s.status != ScanStatus.CLOSED && s.status != ScanStatus.ARCHIVED) {
            throw new ProblemException(409, "scan-not-closed", "Results not available",
                    "results are computed when the scan closes; this scan is " + s.status);
        }
        ResultDisclosure.Outcome outcome = ResultDisclosure.decide(instruments.definitionOf(s.instrumentVersion),
                s.anonymityThreshold, s.responseCount, scoring.stored(s.id));
        List<DimensionScore> dims = outcome.dimensions().stream().map(scores::of).toList();
        List<String> open = outcome.suppressed() ? List.of() : openAnswers(s.id);
        return new ScanResults(s.id, s.status.name(), s.responseCount,
                ResponseRate.of(s.responseCount, s.expectedPopulation), s.anonymityThreshold,
                outcome.suppressed(), outcome.overallIndex(), dims, open);
    }

    @SuppressWarnings("unchecked")
    private List<String> openAnswers(UUID scanId) {
        // Shuffled by the database so the order reveals nothing about who answered when.
        return em.createNativeQuery(
                "SELECT text_value FROM answer WHERE scan_id = ?1 AND text_value IS NOT NULL ORDER BY md5(response_id::text || item_key)")
                .setParameter(1, scanId).getResultList();
    }
}
