package nl.leercultuur.network.calendars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.networks.Network;
import nl.leercultuur.network.networks.NetworkAccess;
import nl.leercultuur.network.participants.Participant;
import nl.leercultuur.network.sessions.NetworkSession;

import java.util.List;
import java.util.UUID;

/** A network's sessions as iCalendar feeds: the whole network's, and the sessions one participant registered for. */
@ApplicationScoped
public class CalendarService {

    private final NetworkAccess access;

    CalendarService(NetworkAccess access) {
        this.access = access;
    }

    /** The network's sessions as iCalendar text. */
    @Transactional
    public String calendar(UUID networkId) {
        Network n = access.readable(networkId);
        return NetworkCalendar.of(n, NetworkSession.list("networkId = ?1 order by number", networkId));
    }

    /** The sessions one participant registered for (for the person, their facilitators and admins). */
    @Transactional
    public String participantCalendar(UUID networkId, UUID participantId) {
        Network n = access.readable(networkId);
        Participant p = Participant.of(networkId, participantId);
        access.requireActFor(n, p.userSubject, "a personal calendar is for the person and their facilitators");
        List<NetworkSession> mine = NetworkSession.list("networkId = ?1 and id in (select a.sessionId from Attendance a "
                + "where a.participantId = ?2) order by number", networkId, participantId);
        return NetworkCalendar.of(n, mine);
    }
}
