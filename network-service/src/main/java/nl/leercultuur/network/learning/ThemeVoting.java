package nl.leercultuur.network.learning;

import nl.leercultuur.platform.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.network.Network;
import nl.leercultuur.network.network.NetworkDtos;
import nl.leercultuur.network.network.NetworkService;
import nl.leercultuur.network.network.Participant;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;

import java.time.LocalDateTime;
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
                         List<NetworkDtos.SessionView> plannedSessions) {
    }

    /** How closing plans sessions: the top {@code count} themes, from the first start, every {@code intervalWeeks}. */
    public record Plan(int count, LocalDateTime firstStartsAtLocal, int intervalWeeks, int durationMinutes) {
    }

    @Inject
    NetworkService networks;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    @Transactional
    public Result open(UUID networkId, List<String> themes, int votesPerParticipant) {
        networks.managed(networkId);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(themes.stream().map(String::trim).toList()));
        if (distinct.size() < 2) {
            throw ProblemException.invalid("themes", "propose at least two different themes");
        }
        if (votesPerParticipant > distinct.size()) {
            throw ProblemException.invalid("votesPerParticipant", "at most one vote per theme, so at most " + distinct.size());
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO theme_vote (id, network_id, status, votes_per_participant, created_by) VALUES (?1, ?2, 'OPEN', ?3, ?4)")
                .setParameter(1, id).setParameter(2, networkId).setParameter(3, votesPerParticipant).setParameter(4, caller.subject())
                .executeUpdate();
        for (int i = 0; i < distinct.size(); i++) {
            em.createNativeQuery("INSERT INTO theme_option (id, vote_id, theme, position) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, id).setParameter(3, distinct.get(i)).setParameter(4, i + 1)
                    .executeUpdate();
        }
        return result(networkId, id, List.of());
    }

    /** A participant's ballot replaces their earlier one: one vote per theme, no more than the allowance. */
    @Transactional
    public Result cast(UUID networkId, UUID voteId, List<UUID> optionIds) {
        networks.readable(networkId);
        Object[] vote = vote(networkId, voteId);
        if (!"OPEN".equals(vote[0])) {
            throw new ProblemException(409, "vote-closed", "Vote closed", "this theme vote is closed");
        }
        Participant me = Participant.bySubject(networkId, caller.subject());
        if (me == null) {
            throw ProblemException.forbidden("only the network's participants vote, each for themselves");
        }
        List<UUID> chosen = List.copyOf(new LinkedHashSet<>(optionIds));
        int allowance = ((Number) vote[1]).intValue();
        if (chosen.size() > allowance) {
            throw ProblemException.invalid("optionIds", "you have " + allowance + " votes, one per theme");
        }
        long known = ((Number) em.createNativeQuery("SELECT count(*) FROM theme_option WHERE vote_id = ?1 AND id = ANY (CAST(?2 AS uuid[]))")
                .setParameter(1, voteId).setParameter(2, SqlValues.arrayLiteral(chosen))
                .getSingleResult()).longValue();
        if (known != chosen.size()) {
            throw ProblemException.invalid("optionIds", "not all of these are themes of this vote");
        }
        em.createNativeQuery("DELETE FROM theme_ballot WHERE participant_id = ?1 AND option_id IN (SELECT id FROM theme_option WHERE vote_id = ?2)")
                .setParameter(1, me.id).setParameter(2, voteId).executeUpdate();
        for (UUID o : chosen) {
            em.createNativeQuery("INSERT INTO theme_ballot (option_id, participant_id) VALUES (?1, ?2)")
                    .setParameter(1, o).setParameter(2, me.id).executeUpdate();
        }
        return result(networkId, voteId, List.of());
    }

    @Transactional
    public Result get(UUID networkId, UUID voteId) {
        networks.readable(networkId);
        vote(networkId, voteId);
        return result(networkId, voteId, List.of());
    }

    /** Closes the vote and plans a session for each of the top themes, numbered after the existing sessions. */
    @Transactional
    public Result close(UUID networkId, UUID voteId, Plan plan) {
        networks.managed(networkId);
        Object[] vote = vote(networkId, voteId);
        if (!"OPEN".equals(vote[0])) {
            throw new ProblemException(409, "vote-closed", "Vote closed", "this theme vote is already closed");
        }
        em.createNativeQuery("UPDATE theme_vote SET status = 'CLOSED', closed_at = now() WHERE id = ?1").setParameter(1, voteId).executeUpdate();
        List<NetworkDtos.SessionView> planned = new ArrayList<>();
        if (plan != null && plan.count() > 0) {
            int next = ((Number) em.createNativeQuery("SELECT coalesce(max(number), 0) FROM network_session WHERE network_id = ?1")
                    .setParameter(1, networkId).getSingleResult()).intValue() + 1;
            List<Option> ranked = ranked(voteId);
            for (int i = 0; i < Math.min(plan.count(), ranked.size()); i++) {
                LocalDateTime start = plan.firstStartsAtLocal().plusWeeks((long) i * plan.intervalWeeks());
                planned.add(networks.plan(networkId, new NetworkDtos.PlanSession(next + i, ranked.get(i).theme(), ranked.get(i).theme(),
                        start, start.plusMinutes(plan.durationMinutes()), null, null, null, null, null)));
            }
        }
        return result(networkId, voteId, planned);
    }

    private Object[] vote(UUID networkId, UUID voteId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, votes_per_participant FROM theme_vote WHERE id = ?1 AND network_id = ?2")
                .setParameter(1, voteId).setParameter(2, networkId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("theme vote", voteId);
        }
        return rows.get(0);
    }

    private List<Option> ranked(UUID voteId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.theme, count(b.participant_id) FROM theme_option o "
                + "LEFT JOIN theme_ballot b ON b.option_id = o.id WHERE o.vote_id = ?1 GROUP BY o.id "
                + "ORDER BY count(b.participant_id) DESC, o.position").setParameter(1, voteId).getResultList();
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Option((UUID) rows.get(i)[0], (String) rows.get(i)[1], ((Number) rows.get(i)[2]).intValue(), i + 1));
        }
        return out;
    }

    private Result result(UUID networkId, UUID voteId, List<NetworkDtos.SessionView> planned) {
        Object[] vote = vote(networkId, voteId);
        int voters = ((Number) em.createNativeQuery("SELECT count(DISTINCT b.participant_id) FROM theme_ballot b JOIN theme_option o "
                + "ON o.id = b.option_id WHERE o.vote_id = ?1").setParameter(1, voteId).getSingleResult()).intValue();
        return new Result(voteId, (String) vote[0], ((Number) vote[1]).intValue(), voters, ranked(voteId), planned);
    }
}
