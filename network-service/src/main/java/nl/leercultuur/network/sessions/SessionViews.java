package nl.leercultuur.network.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import nl.leercultuur.network.sessions.SessionDtos.Counts;
import nl.leercultuur.network.sessions.SessionDtos.SessionView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A session as shown: its times also in Europe/Amsterdam, and its attendance counted per organisation. */
@ApplicationScoped
public class SessionViews {

    private final EntityManager em;

    SessionViews(EntityManager em) {
        this.em = em;
    }

    public SessionView of(NetworkSession s) {
        return new SessionView(s.id, s.networkId, s.number, s.title, s.theme, s.startsAt, s.endsAt,
                s.startsAt.atZoneSameInstant(NetworkSession.AMSTERDAM).toLocalDateTime(),
                s.endsAt.atZoneSameInstant(NetworkSession.AMSTERDAM).toLocalDateTime(),
                s.place, s.onlineUrl, s.speakers, s.phaseFocus, s.agenda, s.status.name(), s.cancelReason, s.heldAt, counts(s.id));
    }

    /** Registered, present, absent and excused people of one session, per organisation (by organisation id). */
    public Map<String, Counts> counts(UUID sessionId) {
        List<Tuple> rows = em.createQuery("select a.organisationId as organisation, count(a.registeredAt) as registered, "
                        + "sum(case when a.presence = 'PRESENT' then 1 else 0 end) as present, "
                        + "sum(case when a.presence = 'ABSENT' then 1 else 0 end) as absent, "
                        + "sum(case when a.presence = 'EXCUSED' then 1 else 0 end) as excused "
                        + "from Attendance a where a.sessionId = :session group by a.organisationId order by a.organisationId", Tuple.class)
                .setParameter("session", sessionId).getResultList();
        Map<String, Counts> out = new LinkedHashMap<>();
        for (Tuple t : rows) {
            out.put(t.get("organisation", String.class), new Counts(count(t, "registered"), count(t, "present"),
                    count(t, "absent"), count(t, "excused")));
        }
        return out;
    }

    private static int count(Tuple t, String alias) {
        return ((Number) t.get(alias)).intValue();
    }
}
