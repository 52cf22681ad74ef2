package nl.leercultuur.survey.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.observability.AfterCommit;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.survey.instrument.InstrumentDefinition;
import nl.leercultuur.survey.instrument.InstrumentService;
import nl.leercultuur.survey.invitation.Invitation;
import nl.leercultuur.survey.invitation.InvitationCodes;
import nl.leercultuur.survey.scan.Scan;
import nl.leercultuur.survey.scan.ScanStatus;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The anonymous respondent flow: read the questionnaire by code, submit once. */
@ApplicationScoped
public class ResponseService {

    private static final Set<String> LANGUAGES = Set.of("nl", "en");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final InstrumentService instruments;
    private final EntityManager em;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    /** leercultuur_answers_accepted_total: responses stored (with a code or the open link), counted once committed. */
    private final Counter accepted;

    ResponseService(InstrumentService instruments, EntityManager em, ObjectMapper json,
                    TransactionSynchronizationRegistry transactions, MeterRegistry registry) {
        this.instruments = instruments;
        this.em = em;
        this.json = json;
        this.transactions = transactions;
        this.accepted = Counter.builder("leercultuur.answers.accepted")
                .description("Responses stored (a retry of the same answers is not counted again)").register(registry);
    }

    @Transactional
    public Questionnaire questionnaire(String code, String lang) {
        Invitation inv = usable(code);
        return questionnaire(inv.scanId, lang, inv.draftAnswers);
    }

    /** The questionnaire of an open scan, with the answers saved so far for save-and-continue (or null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Questionnaire questionnaire(UUID scanId, String lang, String savedAnswersJson) {
        String language = language(lang);
        Scan scan = Scan.findById(scanId);
        requireOpen(scan);
        InstrumentDefinition def = instruments.definitionOf(scan.instrumentVersion);
        JsonNode saved = null;
        if (savedAnswersJson != null) {
            try {
                saved = json.readTree(savedAnswersJson);
            } catch (IOException e) {
                throw new IllegalStateException("saved answers of an invitation are not JSON", e);
            }
        }
        return new Questionnaire(scan.title, scan.organisationName, scan.unitLabel, scan.closesAt,
                scan.instrumentVersion.instrument.name, language, AnswerValidator.questionnaire(def, language), saved);
    }

    /**
     * Stores a complete response exactly once per code. The code is claimed with a conditional update, so of
     * two concurrent submits one wins and the other sees the code used (409); a rejected submission claims
     * nothing because the whole transaction rolls back. Saved draft answers go with the claim. The same answers
     * sent again with the same code shortly after (a retry whose first confirmation was lost) are accepted
     * without storing anything ({@link RetryReceipts}).
     */
    @Transactional
    public void submit(String code, String lang, JsonNode answers) {
        String language = language(lang);
        Invitation inv = byCode(code);
        Scan scan = Scan.findById(inv.scanId);
        requireOpen(scan);
        AnswerValidator.Result r = validate(scan, answers, true);
        String receipt = RetryReceipts.of(code, r.answers());
        int claimed = em.createNativeQuery("UPDATE invitation SET status = 'USED', used_at = date_trunc('day', now()), "
                        + "draft_answers = NULL, draft_saved_at = NULL, retry_receipt = ?2, "
                        + "retry_receipt_until = now() + make_interval(mins => ?3) WHERE code_hash = ?1 AND status = 'ISSUED'")
                .setParameter(1, inv.codeHash).setParameter(2, receipt).setParameter(3, (int) RetryReceipts.KEPT.toMinutes())
                .executeUpdate();
        if (claimed != 1) {
            boolean retry = ((Number) em.createNativeQuery("SELECT count(*) FROM invitation WHERE code_hash = ?1 "
                            + "AND status = 'USED' AND retry_receipt = ?2 AND retry_receipt_until > now()")
                    .setParameter(1, inv.codeHash).setParameter(2, receipt).getSingleResult()).longValue() == 1;
            if (retry) {
                return;
            }
            throw used(code, inv);
        }
        store(scan.id, language, r.answers());
    }

    /** Stores a response that needs no code (an open link, which does its own rate limiting). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeAnonymous(UUID scanId, String lang, JsonNode answers) {
        String language = language(lang);
        Scan scan = Scan.findById(scanId);
        requireOpen(scan);
        store(scan.id, language, validate(scan, answers, true).answers());
    }

    /**
     * Save-and-continue: keeps a partly answered questionnaire with its code. Values are checked as on
     * submit, only missing answers are allowed. Returns when it was saved.
     */
    @Transactional
    public OffsetDateTime saveDraft(String code, JsonNode answers) {
        Invitation inv = usable(code);
        Scan scan = Scan.findById(inv.scanId);
        requireOpen(scan);
        validate(scan, answers, false);
        inv.draftAnswers = answers.toString();
        inv.draftSavedAt = OffsetDateTime.now();
        return inv.draftSavedAt;
    }

    private AnswerValidator.Result validate(Scan scan, JsonNode answers, boolean complete) {
        AnswerValidator.Result r = AnswerValidator.check(instruments.definitionOf(scan.instrumentVersion), answers, complete);
        if (!r.valid()) {
            throw ProblemException.invalid(r.errors());
        }
        return r;
    }

    private void store(UUID scanId, String language, List<AnswerValidator.StoredAnswer> answers) {
        UUID id = UUID.randomUUID();
        SurveyResponse resp = new SurveyResponse();
        resp.id = id;
        resp.scanId = scanId;
        resp.submittedOn = LocalDate.now(AMSTERDAM);
        resp.language = language;
        resp.persist();
        em.flush();
        insertAnswers(id, scanId, answers);
        AfterCommit.run(transactions, accepted::increment);
    }

    private void insertAnswers(UUID responseId, UUID scanId, List<AnswerValidator.StoredAnswer> answers) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO answer (response_id, scan_id, item_key, dimension_key, score, favourable, choice, text_value) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AnswerValidator.StoredAnswer a : answers) {
                    ps.setObject(1, responseId);
                    ps.setObject(2, scanId);
                    ps.setString(3, a.itemKey());
                    ps.setString(4, a.dimensionKey());
                    ps.setBigDecimal(5, a.score());
                    ps.setObject(6, a.favourable(), java.sql.Types.BOOLEAN);
                    ps.setString(7, a.choice());
                    ps.setString(8, a.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private static Invitation byCode(String code) {
        Invitation inv = InvitationCodes.wellFormed(code)
                ? Invitation.find("codeHash", InvitationCodes.hash(code)).firstResult() : null;
        if (inv == null) {
            throw ProblemException.notFound("invitation code", code);
        }
        return inv;
    }

    private Invitation usable(String code) {
        Invitation inv = byCode(code);
        if (!Invitation.ISSUED.equals(inv.status)) {
            throw used(code, inv);
        }
        return inv;
    }

    private static ProblemException used(String code, Invitation inv) {
        Invitation current = Invitation.findById(inv.id);
        if (current != null && Invitation.REVOKED.equals(current.status)) {
            return new ProblemException(410, "code-revoked", "Code revoked", "this code has been withdrawn by the organiser");
        }
        return new ProblemException(409, "code-used", "Already answered",
                "a response has already been submitted with this code; nothing was changed");
    }

    private static void requireOpen(Scan scan) {
        OffsetDateTime now = OffsetDateTime.now();
        if (scan.status != ScanStatus.OPEN || now.isBefore(scan.opensAt) || !now.isBefore(scan.closesAt)) {
            throw new ProblemException(409, "scan-not-open", "Scan not open",
                    "this scan is not accepting answers (open from " + scan.opensAt + " until " + scan.closesAt + ")");
        }
    }

    private static String language(String lang) {
        String l = lang == null || lang.isBlank() ? "nl" : lang.trim().toLowerCase();
        if (!LANGUAGES.contains(l)) {
            throw ProblemException.invalid("lang", "must be nl or en");
        }
        return l;
    }
}
