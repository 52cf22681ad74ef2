package nl.leercultuur.network.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.networks.Network;
import nl.leercultuur.network.networks.NetworkAccess;
import nl.leercultuur.network.participants.Participant;
import nl.leercultuur.network.sessions.SessionDtos.SessionView;
import nl.leercultuur.platform.problem.ProblemException;

import java.util.UUID;

/**
 * Who comes to a session: participants register themselves (facilitators may register anyone in the network) while
 * it is scheduled; facilitators record presence afterwards. Each is one atomic upsert of the attendance row, so a
 * repeated or concurrent request changes nothing more.
 */
@ApplicationScoped
public class AttendanceService {

    private final NetworkAccess access;
    private final SessionViews views;
    private final EntityManager em;

    AttendanceService(NetworkAccess access, SessionViews views, EntityManager em) {
        this.access = access;
        this.views = views;
        this.em = em;
    }

    /** A participant registers themselves; a facilitator may register anyone in the network. */
    @Transactional
    public SessionView register(UUID networkId, UUID sessionId, UUID participantId) {
        Network n = access.readable(networkId);
        NetworkSession s = NetworkSession.of(networkId, sessionId);
        Participant p = Participant.of(networkId, participantId);
        access.requireActFor(n, p.userSubject, "participants register only themselves");
        if (s.status != NetworkSession.Status.SCHEDULED) {
            throw new ProblemException(409, "session-not-scheduled", "Registration closed", "session " + s.number + " is " + s.status);
        }
        em.createNativeQuery("INSERT INTO attendance (session_id, participant_id, organisation_id, registered_at) VALUES (?1, ?2, ?3, now()) "
                        + "ON CONFLICT (session_id, participant_id) DO UPDATE SET registered_at = coalesce(attendance.registered_at, now())")
                .setParameter(1, s.id).setParameter(2, p.id).setParameter(3, p.organisationId).executeUpdate();
        return views.of(s);
    }

    @Transactional
    public SessionView recordPresence(UUID networkId, UUID sessionId, UUID participantId, String presence) {
        access.managed(networkId);
        NetworkSession s = NetworkSession.of(networkId, sessionId);
        Participant p = Participant.of(networkId, participantId);
        if (s.status == NetworkSession.Status.CANCELLED) {
            throw new ProblemException(409, "session-cancelled", "Session cancelled", "session " + s.number + " was cancelled");
        }
        em.createNativeQuery("INSERT INTO attendance (session_id, participant_id, organisation_id, presence) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (session_id, participant_id) DO UPDATE SET presence = excluded.presence")
                .setParameter(1, s.id).setParameter(2, p.id).setParameter(3, p.organisationId).setParameter(4, presence).executeUpdate();
        return views.of(s);
    }
}
