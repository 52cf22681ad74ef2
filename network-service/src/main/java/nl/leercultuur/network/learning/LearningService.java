package nl.leercultuur.network.learning;

import nl.leercultuur.platform.sql.SqlValues;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.network.Network;
import nl.leercultuur.network.network.NetworkService;
import nl.leercultuur.network.network.NetworkSession;
import nl.leercultuur.network.network.Participant;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Action learning in a network: each participant's case (question, "how might we", phase, experiment canvas, a
 * dated log), and what sessions produce (ideas with one vote per participant, reflections and quotes, linked
 * catalogue entries, evaluations). Participants act for themselves only; facilitators for their network.
 */
@ApplicationScoped
public class LearningService {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseView(UUID id, UUID participantId, String question, String howMightWe, String phase, String hypothesis,
                           String action, String measure, String result, List<LogEntry> log, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogEntry(OffsetDateTime at, String kind, String fromPhase, String toPhase, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IdeaView(UUID id, String text, UUID authorId, List<String> tags, int votes) {
    }

    public record EvaluationSummary(int count, BigDecimal averageRating, List<String> comments) {
    }

    public record Outputs(List<IdeaView> ideas, List<Reflection> reflections, List<UUID> resourceIds, EvaluationSummary evaluation) {
    }

    public record Reflection(UUID id, String kind, String text) {
    }

    @Inject
    NetworkService networks;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    @Transactional
    public CaseView openCase(UUID networkId, UUID participantId, String question, String howMightWe) {
        Network n = networks.readable(networkId);
        Participant p = NetworkService.participant(networkId, participantId);
        requireSelfOrFacilitator(n, p);
        if (((Number) em.createNativeQuery("SELECT count(*) FROM participant_case WHERE participant_id = ?1")
                .setParameter(1, participantId).getSingleResult()).intValue() > 0) {
            throw ProblemException.conflict("case-exists", "this participant already brings a case to the network");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO participant_case (id, network_id, participant_id, question, how_might_we, phase) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, 'ready')")
                .setParameter(1, id).setParameter(2, networkId).setParameter(3, participantId).setParameter(4, question)
                .setParameter(5, howMightWe).executeUpdate();
        log(id, "phase", null, "ready", "case opened");
        return caseView(networkId, participantId);
    }

    @Transactional
    public CaseView movePhase(UUID networkId, UUID participantId, String to, String note) {
        Network n = networks.readable(networkId);
        Participant p = NetworkService.participant(networkId, participantId);
        requireSelfOrFacilitator(n, p);
        CaseView c = caseView(networkId, participantId);
        if (!Phases.isPhase(to)) {
            throw ProblemException.invalid("phase", "must be one of " + Phases.ORDER);
        }
        if (!Phases.mayMove(c.phase(), to)) {
            throw new ProblemException(409, "illegal-phase-move", "Illegal phase move",
                    "a case moves one phase forward or back to an earlier phase; " + c.phase() + " → " + to + " is not allowed");
        }
        em.createNativeQuery("UPDATE participant_case SET phase = ?1, updated_at = now(), lock_version = lock_version + 1 WHERE id = ?2")
                .setParameter(1, to).setParameter(2, c.id()).executeUpdate();
        log(c.id(), "phase", c.phase(), to, note);
        return caseView(networkId, participantId);
    }

    @Transactional
    public CaseView canvas(UUID networkId, UUID participantId, String hypothesis, String action, String measure, String result,
                           String progressNote, long version) {
        Network n = networks.readable(networkId);
        Participant p = NetworkService.participant(networkId, participantId);
        requireSelfOrFacilitator(n, p);
        CaseView c = caseView(networkId, participantId);
        int updated = em.createNativeQuery("UPDATE participant_case SET hypothesis = ?1, action = ?2, measure = ?3, result = ?4, "
                        + "updated_at = now(), lock_version = lock_version + 1 WHERE id = ?5 AND lock_version = ?6")
                .setParameter(1, hypothesis).setParameter(2, action).setParameter(3, measure).setParameter(4, result)
                .setParameter(5, c.id()).setParameter(6, version).executeUpdate();
        if (updated == 0) {
            throw new ProblemException(409, "stale-version", "Conflict", "the case changed since version " + version + "; read it again");
        }
        if (progressNote != null && !progressNote.isBlank()) {
            log(c.id(), "progress", null, null, progressNote.trim());
        }
        return caseView(networkId, participantId);
    }

    @Transactional
    public CaseView getCase(UUID networkId, UUID participantId) {
        networks.readable(networkId);
        return caseView(networkId, participantId);
    }

    @Transactional
    public IdeaView addIdea(UUID networkId, UUID sessionId, String text, List<String> tags) {
        Network n = networks.readable(networkId);
        NetworkService.session(networkId, sessionId);
        Participant author = self(networkId);
        if (author == null && !mayManage(n)) {
            throw ProblemException.forbidden("ideas come from the network's participants and facilitators");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO idea (id, session_id, text, author_id, tags) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS text[]))")
                .setParameter(1, id).setParameter(2, sessionId).setParameter(3, text.trim())
                .setParameter(4, author == null ? null : author.id)
                .setParameter(5, SqlValues.arrayLiteral(tags == null ? List.of() : tags)).executeUpdate();
        return ideas(networkId, sessionId).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** One vote per participant per idea: a second vote is refused (409) and changes nothing. */
    @Transactional
    public IdeaView vote(UUID networkId, UUID sessionId, UUID ideaId) {
        networks.readable(networkId);
        NetworkService.session(networkId, sessionId);
        Participant voter = self(networkId);
        if (voter == null) {
            throw ProblemException.forbidden("only the network's participants vote, each for themselves");
        }
        int inserted = em.createNativeQuery("INSERT INTO idea_vote (idea_id, participant_id) SELECT id, ?2 FROM idea "
                        + "WHERE id = ?1 AND session_id = ?3 ON CONFLICT DO NOTHING")
                .setParameter(1, ideaId).setParameter(2, voter.id).setParameter(3, sessionId).executeUpdate();
        if (inserted == 0) {
            boolean exists = ((Number) em.createNativeQuery("SELECT count(*) FROM idea WHERE id = ?1 AND session_id = ?2")
                    .setParameter(1, ideaId).setParameter(2, sessionId).getSingleResult()).intValue() > 0;
            if (!exists) {
                throw ProblemException.notFound("idea", ideaId);
            }
            throw ProblemException.conflict("already-voted", "you already voted for this idea");
        }
        return ideas(networkId, sessionId).stream().filter(i -> i.id().equals(ideaId)).findFirst().orElseThrow();
    }

    @Transactional
    public List<IdeaView> ideas(UUID networkId, UUID sessionId) {
        networks.readable(networkId);
        NetworkService.session(networkId, sessionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.text, i.author_id, i.tags, count(v.participant_id) FROM idea i "
                + "LEFT JOIN idea_vote v ON v.idea_id = i.id WHERE i.session_id = ?1 GROUP BY i.id "
                + "ORDER BY count(v.participant_id) DESC, i.created_at, i.id").setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new IdeaView((UUID) r[0], (String) r[1], (UUID) r[2],
                r[3] instanceof String[] a ? List.of(a) : List.of(), ((Number) r[4]).intValue())).toList();
    }

    /** One evaluation per participant per session; sending again replaces their own. */
    @Transactional
    public EvaluationSummary evaluate(UUID networkId, UUID sessionId, int rating, String comment) {
        networks.readable(networkId);
        NetworkSession s = NetworkService.session(networkId, sessionId);
        Participant me = self(networkId);
        if (me == null) {
            throw ProblemException.forbidden("only the network's participants evaluate, each for themselves");
        }
        if (s.status != NetworkSession.Status.HELD) {
            throw new ProblemException(409, "session-not-held", "Not yet", "a session is evaluated after it was held");
        }
        em.createNativeQuery("INSERT INTO evaluation (session_id, participant_id, rating, comment) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (session_id, participant_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment")
                .setParameter(1, sessionId).setParameter(2, me.id).setParameter(3, rating).setParameter(4, comment).executeUpdate();
        return evaluations(networkId, sessionId);
    }

    @Transactional
    public EvaluationSummary evaluations(UUID networkId, UUID sessionId) {
        networks.readable(networkId);
        NetworkService.session(networkId, sessionId);
        Object[] agg = (Object[]) em.createNativeQuery("SELECT count(*), round(avg(rating), 2) FROM evaluation WHERE session_id = ?1")
                .setParameter(1, sessionId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> comments = em.createNativeQuery("SELECT comment FROM evaluation WHERE session_id = ?1 AND comment IS NOT NULL "
                + "ORDER BY md5(participant_id::text)").setParameter(1, sessionId).getResultList();
        return new EvaluationSummary(((Number) agg[0]).intValue(), (BigDecimal) agg[1], comments);
    }

    /** A reflection or a quote from the session (facilitators and the network's participants; no author kept). */
    @Transactional
    public Reflection reflect(UUID networkId, UUID sessionId, String kind, String text) {
        Network n = networks.readable(networkId);
        NetworkService.session(networkId, sessionId);
        if (!mayManage(n) && self(networkId) == null) {
            throw ProblemException.forbidden("reflections come from the network's participants and facilitators");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO reflection (id, session_id, kind, text) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, sessionId).setParameter(3, kind).setParameter(4, text.trim()).executeUpdate();
        return new Reflection(id, kind, text.trim());
    }

    /** Links catalogue entries (by id) to a session, replacing the earlier list (facilitators). */
    @Transactional
    public List<UUID> linkResources(UUID networkId, UUID sessionId, List<UUID> resourceIds) {
        networks.managed(networkId);
        NetworkService.session(networkId, sessionId);
        em.createNativeQuery("DELETE FROM session_resource WHERE session_id = ?1").setParameter(1, sessionId).executeUpdate();
        for (UUID r : new java.util.LinkedHashSet<>(resourceIds)) {
            em.createNativeQuery("INSERT INTO session_resource (session_id, resource_id) VALUES (?1, ?2)")
                    .setParameter(1, sessionId).setParameter(2, r).executeUpdate();
        }
        return List.copyOf(new java.util.LinkedHashSet<>(resourceIds));
    }

    /** Everything a session produced. */
    @Transactional
    public Outputs outputs(UUID networkId, UUID sessionId) {
        List<IdeaView> ideas = ideas(networkId, sessionId);
        @SuppressWarnings("unchecked")
        List<Object[]> refl = em.createNativeQuery("SELECT id, kind, text FROM reflection WHERE session_id = ?1 ORDER BY created_at, id")
                .setParameter(1, sessionId).getResultList();
        @SuppressWarnings("unchecked")
        List<UUID> resources = em.createNativeQuery("SELECT resource_id FROM session_resource WHERE session_id = ?1 ORDER BY resource_id")
                .setParameter(1, sessionId).getResultList();
        return new Outputs(ideas, refl.stream().map(r -> new Reflection((UUID) r[0], (String) r[1], (String) r[2])).toList(),
                resources, evaluations(networkId, sessionId));
    }

    private CaseView caseView(UUID networkId, UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, question, how_might_we, phase, hypothesis, action, measure, result, lock_version "
                + "FROM participant_case WHERE network_id = ?1 AND participant_id = ?2").setParameter(1, networkId)
                .setParameter(2, participantId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("case of participant", participantId);
        }
        Object[] r = rows.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> log = em.createNativeQuery("SELECT at, kind, from_phase, to_phase, note FROM case_log WHERE case_id = ?1 ORDER BY at, id")
                .setParameter(1, r[0]).getResultList();
        return new CaseView((UUID) r[0], participantId, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], log.stream().map(l -> new LogEntry(SqlValues.offsetDateTime(l[0]), (String) l[1], (String) l[2],
                (String) l[3], (String) l[4])).toList(), ((Number) r[8]).longValue());
    }

    private void log(UUID caseId, String kind, String from, String to, String note) {
        em.createNativeQuery("INSERT INTO case_log (case_id, actor, kind, from_phase, to_phase, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, caseId).setParameter(2, caller.subject()).setParameter(3, kind).setParameter(4, from)
                .setParameter(5, to).setParameter(6, note).executeUpdate();
    }

    private Participant self(UUID networkId) {
        return Participant.bySubject(networkId, caller.subject());
    }

    private boolean mayManage(Network n) {
        return caller.has(Roles.ADMIN) || n.facilitatedBy(caller.subject());
    }

    private void requireSelfOrFacilitator(Network n, Participant p) {
        if (!mayManage(n) && !caller.subject().equals(p.userSubject)) {
            throw ProblemException.forbidden("participants work on their own case only");
        }
    }

}
