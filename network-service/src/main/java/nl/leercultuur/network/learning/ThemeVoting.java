package nl.leercultuur.network.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.networks.NetworkAccess;
import nl.leercultuur.network.participants.Participant;
import nl.leercultuur.network.sessions.SessionDtos;
import nl.leercultuur.network.sessions.SessionService;
import nl.leercultuur.platform.problem.ProblemException;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Choosing the themes of coming sessions together. */
@ApplicationScoped
public class ThemeVoting {

    public record Option(UUID id, String theme, int votes, int rank) {
    }

    public record Result(UUID id, String status, int votesPerParticipant, int voters, List<Option> options,
                         List<SessionDtos.SessionView> plannedSessions) {
    }

    /** A theme vote in the network's list: the counts of {@link Result}, and when it opened and closed. */
    public record ThemeVoteSummary(UUID id, String status, int votesPerParticipant, int voters, List<Option> options,
                                   OffsetDateTime openedAt, OffsetDateTime closedAt) {
    }

    /** How closing plans sessions: the top {@code count} themes, from the first start, every {@code intervalWeeks}. */
    public record Plan(int count, LocalDateTime firstStartsAtLocal, int intervalWeeks, int durationMinutes) {
    }

    private final NetworkAccess access;
    private final SessionService sessions;
    private final EntityManager em;

    ThemeVoting(NetworkAccess access, SessionService sessions, EntityManager em) {
        this.access = access;
        this.sessions = sessions;
        this.em = em;
    }

    @Transactional
    public Result open(UUID networkId, List<String> themes, int votesPerParticipant) {
        access.managed(networkId);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(themes.stream().map(String::trim).toList()));
        if (distinct.size() < 2) {
            throw ProblemException.invalid("themes", "propose at least two different themes");
        }
        if (votesPerParticipant > distinct.size()) {
            throw ProblemException.invalid("votesPerParticipant", "at most one vote per theme, so at most " + distinct.size());
        }
        ThemeVote vote = new ThemeVote();
        vote.id = UUID.randomUUID();
        vote.networkId = networkId;
        vote.status = ThemeVote.Status.OPEN;
        vote.votesPerParticipant = votesPerParticipant;
        vote.createdBy = access.subject();
        vote.persist();
        for (int i = 0; i < distinct.size(); i++) {
            ThemeOption o = new ThemeOption();
            o.id = UUID.randomUUID();
            o.voteId = vote.id;
            o.theme = distinct.get(i);
            o.position = i + 1;
            o.persist();
        }
        return result(vote, List.of());
    }

    /** A participant's ballot replaces their earlier one: one vote per theme, no more than the allowance. */
    @Transactional
    public Result cast(UUID networkId, UUID voteId, List<UUID> optionIds) {
        access.readable(networkId);
        ThemeVote vote = ThemeVote.of(networkId, voteId);
        if (vote.status != ThemeVote.Status.OPEN) {
            throw new ProblemException(409, "vote-closed", "Vote closed", "this theme vote is closed");
        }
        Participant me = Participant.bySubject(networkId, access.subject());
        if (me == null) {
            throw ProblemException.forbidden("only the network's participants vote, each for themselves");
        }
        List<UUID> chosen = List.copyOf(new LinkedHashSet<>(optionIds));
        if (chosen.size() > vote.votesPerParticipant) {
            throw ProblemException.invalid("optionIds", "you have " + vote.votesPerParticipant + " votes, one per theme");
        }
        long known = chosen.isEmpty() ? 0 : ThemeOption.count("voteId = ?1 and id in ?2", voteId, chosen);
        if (known != chosen.size()) {
            throw ProblemException.invalid("optionIds", "not all of these are themes of this vote");
        }
        ThemeBallot.delete("participantId = ?1 and optionId in (select o.id from ThemeOption o where o.voteId = ?2)", me.id, voteId);
        for (UUID optionId : chosen) {
            ThemeBallot b = new ThemeBallot();
            b.optionId = optionId;
            b.participantId = me.id;
            b.persist();
        }
        return result(vote, List.of());
    }

    @Transactional
    public Result get(UUID networkId, UUID voteId) {
        access.readable(networkId);
        return result(ThemeVote.of(networkId, voteId), List.of());
    }

    /** The network's theme votes, newest first, each with its themes ranked by votes. */
    @Transactional
    public List<ThemeVoteSummary> list(UUID networkId) {
        access.readable(networkId);
        return ThemeVote.<ThemeVote>list("networkId = ?1 order by createdAt desc, id", networkId).stream().map(v -> {
            Result r = result(v, List.of());
            return new ThemeVoteSummary(v.id, r.status(), r.votesPerParticipant(), r.voters(), r.options(), v.createdAt, v.closedAt);
        }).toList();
    }

    /** Closes the vote and plans a session for each of the top themes, numbered after the existing sessions. */
    @Transactional
    public Result close(UUID networkId, UUID voteId, Plan plan) {
        access.managed(networkId);
        ThemeVote vote = ThemeVote.of(networkId, voteId);
        if (vote.status != ThemeVote.Status.OPEN) {
            throw new ProblemException(409, "vote-closed", "Vote closed", "this theme vote is already closed");
        }
        vote.status = ThemeVote.Status.CLOSED;
        vote.closedAt = OffsetDateTime.now();
        List<SessionDtos.SessionView> planned = new ArrayList<>();
        if (plan != null && plan.count() > 0) {
            int next = sessions.nextNumber(networkId);
            List<Option> ranked = ranked(voteId);
            for (int i = 0; i < Math.min(plan.count(), ranked.size()); i++) {
                LocalDateTime start = plan.firstStartsAtLocal().plusWeeks((long) i * plan.intervalWeeks());
                planned.add(sessions.plan(networkId, new SessionDtos.PlanSession(next + i, ranked.get(i).theme(), ranked.get(i).theme(),
                        start, start.plusMinutes(plan.durationMinutes()), null, null, null, null, null)));
            }
        }
        return result(vote, planned);
    }

    /** The themes, most votes first; a tie keeps the order in which they were proposed. */
    private List<Option> ranked(UUID voteId) {
        List<Tuple> rows = em.createQuery("select o.id as id, o.theme as theme, count(b.participantId) as votes from ThemeOption o "
                        + "left join ThemeBallot b on b.optionId = o.id where o.voteId = :vote group by o.id, o.theme, o.position "
                        + "order by count(b.participantId) desc, o.position", Tuple.class)
                .setParameter("vote", voteId).getResultList();
        List<Option> out = new ArrayList<>();
        for (Tuple t : rows) {
            out.add(new Option(t.get("id", UUID.class), t.get("theme", String.class), t.get("votes", Long.class).intValue(), out.size() + 1));
        }
        return out;
    }

    private Result result(ThemeVote vote, List<SessionDtos.SessionView> planned) {
        long voters = em.createQuery("select count(distinct b.participantId) from ThemeBallot b "
                        + "where b.optionId in (select o.id from ThemeOption o where o.voteId = :vote)", Long.class)
                .setParameter("vote", vote.id).getSingleResult();
        return new Result(vote.id, vote.status.name(), vote.votesPerParticipant, (int) voters, ranked(vote.id), planned);
    }
}
