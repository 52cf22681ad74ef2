package nl.leercultuur.network.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.networks.Network;
import nl.leercultuur.network.networks.NetworkAccess;
import nl.leercultuur.network.participants.Participant;
import nl.leercultuur.network.sessions.NetworkSession;
import nl.leercultuur.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * What a session produces: ideas with one vote per participant, reflections and quotes, linked catalogue entries, and
 * evaluations. Participants act for themselves only; facilitators for their network.
 */
@ApplicationScoped
public class SessionOutputs {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IdeaView(UUID id, String text, UUID authorId, List<String> tags, int votes,
                           @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Whether the caller's participant voted for it (false for those who take no part)")
                           boolean votedByMe) {
    }

    public record EvaluationSummary(int count, BigDecimal averageRating, List<String> comments) {
    }

    public record Outputs(List<IdeaView> ideas, List<Reflection> reflections, List<UUID> resourceIds, EvaluationSummary evaluation) {
    }

    public record Reflection(UUID id, String kind, String text) {
    }

    /** Stands in for "no participant" in queries: no participant has this id. */
    private static final UUID NOBODY = new UUID(0, 0);

    private final NetworkAccess access;
    private final EntityManager em;

    SessionOutputs(NetworkAccess access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    @Transactional
    public IdeaView addIdea(UUID networkId, UUID sessionId, String text, List<String> tags) {
        Network n = access.readable(networkId);
        NetworkSession.of(networkId, sessionId);
        Participant author = self(networkId);
        if (author == null && !access.mayManage(n)) {
            throw ProblemException.forbidden("ideas come from the network's participants and facilitators");
        }
        Idea idea = new Idea();
        idea.id = UUID.randomUUID();
        idea.sessionId = sessionId;
        idea.text = text.trim();
        idea.authorId = author == null ? null : author.id;
        idea.tags = tags == null ? new String[0] : tags.toArray(String[]::new);
        idea.persist();
        return ideas(networkId, sessionId).stream().filter(i -> i.id().equals(idea.id)).findFirst().orElseThrow();
    }

    /** One vote per participant per idea: a second vote is refused (409) and changes nothing. */
    @Transactional
    public IdeaView vote(UUID networkId, UUID sessionId, UUID ideaId) {
        access.readable(networkId);
        NetworkSession.of(networkId, sessionId);
        Participant voter = self(networkId);
        if (voter == null) {
            throw ProblemException.forbidden("only the network's participants vote, each for themselves");
        }
        if (Idea.count("id = ?1 and sessionId = ?2", ideaId, sessionId) == 0) {
            throw ProblemException.notFound("idea", ideaId);
        }
        // one atomic statement, so that two votes sent at once still count once
        int inserted = em.createNativeQuery("INSERT INTO idea_vote (idea_id, participant_id) VALUES (:idea, :participant) ON CONFLICT DO NOTHING")
                .setParameter("idea", ideaId).setParameter("participant", voter.id).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("already-voted", "you already voted for this idea");
        }
        return ideas(networkId, sessionId).stream().filter(i -> i.id().equals(ideaId)).findFirst().orElseThrow();
    }

    /** Takes back the caller's own vote for an idea; 404 when they had not voted for it. */
    @Transactional
    public void withdrawVote(UUID networkId, UUID sessionId, UUID ideaId) {
        access.readable(networkId);
        NetworkSession.of(networkId, sessionId);
        Participant voter = self(networkId);
        if (voter == null) {
            throw ProblemException.forbidden("only the network's participants vote, each for themselves");
        }
        if (Idea.count("id = ?1 and sessionId = ?2", ideaId, sessionId) == 0) {
            throw ProblemException.notFound("idea", ideaId);
        }
        if (IdeaVote.delete("ideaId = ?1 and participantId = ?2", ideaId, voter.id) == 0) {
            throw new ProblemException(404, "no-vote", "No vote", "you have no vote for idea '" + ideaId + "'");
        }
    }

    /** A session's ideas, most votes first, then the oldest; each says whether the caller voted for it. */
    @Transactional
    public List<IdeaView> ideas(UUID networkId, UUID sessionId) {
        access.readable(networkId);
        NetworkSession.of(networkId, sessionId);
        Participant me = self(networkId);
        List<Tuple> rows = em.createQuery("select i as idea, count(v.participantId) as votes, "
                        + "sum(case when v.participantId = :me then 1 else 0 end) as mine from Idea i "
                        + "left join IdeaVote v on v.ideaId = i.id where i.sessionId = :session group by i "
                        + "order by count(v.participantId) desc, i.createdAt, i.id", Tuple.class)
                .setParameter("session", sessionId).setParameter("me", me == null ? NOBODY : me.id).getResultList();
        return rows.stream().map(t -> {
            Idea i = t.get("idea", Idea.class);
            Number mine = t.get("mine", Number.class);
            return new IdeaView(i.id, i.text, i.authorId, i.tags == null ? List.of() : List.of(i.tags), t.get("votes", Long.class).intValue(),
                    mine != null && mine.longValue() > 0);
        }).toList();
    }

    /** One evaluation per participant per session; sending again replaces their own. */
    @Transactional
    public EvaluationSummary evaluate(UUID networkId, UUID sessionId, int rating, String comment) {
        access.readable(networkId);
        NetworkSession s = NetworkSession.of(networkId, sessionId);
        Participant me = self(networkId);
        if (me == null) {
            throw ProblemException.forbidden("only the network's participants evaluate, each for themselves");
        }
        if (s.status != NetworkSession.Status.HELD) {
            throw new ProblemException(409, "session-not-held", "Not yet", "a session is evaluated after it was held");
        }
        // one atomic upsert: a repeated or concurrent evaluation replaces the participant's own
        em.createNativeQuery("INSERT INTO evaluation (session_id, participant_id, rating, comment) VALUES (:session, :participant, :rating, :comment) "
                        + "ON CONFLICT (session_id, participant_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment")
                .setParameter("session", sessionId).setParameter("participant", me.id).setParameter("rating", rating)
                .setParameter("comment", comment).executeUpdate();
        return evaluations(networkId, sessionId);
    }

    /** The aggregate: how many, the average rating (two decimals) and the comments, in an order that names nobody. */
    @Transactional
    public EvaluationSummary evaluations(UUID networkId, UUID sessionId) {
        access.readable(networkId);
        NetworkSession.of(networkId, sessionId);
        Tuple agg = em.createQuery("select count(e.rating) as evaluations, sum(e.rating) as total from SessionEvaluation e "
                + "where e.sessionId = :session", Tuple.class).setParameter("session", sessionId).getSingleResult();
        long count = agg.get("evaluations", Long.class);
        BigDecimal average = count == 0 ? null
                : BigDecimal.valueOf(((Number) agg.get("total")).longValue()).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        List<String> comments = em.createQuery("select e.comment from SessionEvaluation e where e.sessionId = :session "
                        + "and e.comment is not null order by function('md5', cast(e.participantId as String))", String.class)
                .setParameter("session", sessionId).getResultList();
        return new EvaluationSummary((int) count, average, comments);
    }

    /** A reflection or a quote from the session (facilitators and the network's participants; no author kept). */
    @Transactional
    public Reflection reflect(UUID networkId, UUID sessionId, String kind, String text) {
        Network n = access.readable(networkId);
        NetworkSession.of(networkId, sessionId);
        if (!access.mayManage(n) && self(networkId) == null) {
            throw ProblemException.forbidden("reflections come from the network's participants and facilitators");
        }
        SessionReflection r = new SessionReflection();
        r.id = UUID.randomUUID();
        r.sessionId = sessionId;
        r.kind = kind;
        r.text = text.trim();
        r.persist();
        return new Reflection(r.id, r.kind, r.text);
    }

    /** Links catalogue entries (by id) to a session, replacing the earlier list (facilitators). */
    @Transactional
    public List<UUID> linkResources(UUID networkId, UUID sessionId, List<UUID> resourceIds) {
        access.managed(networkId);
        NetworkSession.of(networkId, sessionId);
        SessionResourceLink.delete("sessionId", sessionId);
        LinkedHashSet<UUID> distinct = new LinkedHashSet<>(resourceIds);
        for (UUID resourceId : distinct) {
            SessionResourceLink link = new SessionResourceLink();
            link.sessionId = sessionId;
            link.resourceId = resourceId;
            link.persist();
        }
        return List.copyOf(distinct);
    }

    /** Everything a session produced. */
    @Transactional
    public Outputs outputs(UUID networkId, UUID sessionId) {
        List<IdeaView> ideas = ideas(networkId, sessionId);
        List<Reflection> reflections = SessionReflection.<SessionReflection>list("sessionId = ?1 order by createdAt, id", sessionId)
                .stream().map(r -> new Reflection(r.id, r.kind, r.text)).toList();
        List<UUID> resources = SessionResourceLink.<SessionResourceLink>list("sessionId = ?1 order by resourceId", sessionId)
                .stream().map(l -> l.resourceId).toList();
        return new Outputs(ideas, reflections, resources, evaluations(networkId, sessionId));
    }

    private Participant self(UUID networkId) {
        return Participant.bySubject(networkId, access.subject());
    }
}
