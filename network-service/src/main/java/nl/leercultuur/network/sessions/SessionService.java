package nl.leercultuur.network.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.contracts.events.SessionHeld;
import nl.leercultuur.network.networks.Network;
import nl.leercultuur.network.networks.NetworkAccess;
import nl.leercultuur.network.sessions.SessionDtos.PlanSession;
import nl.leercultuur.network.sessions.SessionDtos.SessionView;
import nl.leercultuur.platform.outbox.Outbox;
import nl.leercultuur.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A network's sessions: facilitators plan them (in Europe/Amsterdam wall-clock time), then mark them held or cancel
 * them. Marking a session held publishes network.session-held.v1, with attendance counted per organisation, through
 * the outbox in the same transaction.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);

    private final NetworkAccess access;
    private final SessionViews views;
    private final Outbox outbox;
    private final EntityManager em;

    SessionService(NetworkAccess access, SessionViews views, Outbox outbox, EntityManager em) {
        this.access = access;
        this.views = views;
        this.outbox = outbox;
        this.em = em;
    }

    @Transactional
    public SessionView plan(UUID networkId, PlanSession req) {
        Network n = access.managed(networkId);
        OffsetDateTime start = req.startsAtLocal().atZone(NetworkSession.AMSTERDAM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = req.endsAtLocal().atZone(NetworkSession.AMSTERDAM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("endsAtLocal", "must be after startsAtLocal");
        }
        if (NetworkSession.count("networkId = ?1 and number = ?2", networkId, req.number()) > 0) {
            throw ProblemException.conflict("duplicate-session", "network " + networkId + " already has a session " + req.number());
        }
        NetworkSession s = new NetworkSession();
        s.id = UUID.randomUUID();
        s.networkId = n.id;
        s.number = req.number();
        s.title = req.title().trim();
        s.theme = req.theme();
        s.startsAt = start;
        s.endsAt = end;
        s.place = req.place();
        s.onlineUrl = req.onlineUrl();
        s.speakers = req.speakers();
        s.phaseFocus = req.phaseFocus();
        s.agenda = req.agenda();
        s.status = NetworkSession.Status.SCHEDULED;
        s.persist();
        return views.of(s);
    }

    @Transactional
    public List<SessionView> sessions(UUID networkId) {
        access.readable(networkId);
        return NetworkSession.<NetworkSession>list("networkId = ?1 order by number", networkId).stream().map(views::of).toList();
    }

    /** The number the network's next session gets: one after the highest so far. */
    @Transactional
    public int nextNumber(UUID networkId) {
        return em.createQuery("select coalesce(max(s.number), 0) from NetworkSession s where s.networkId = :network", Integer.class)
                .setParameter("network", networkId).getSingleResult() + 1;
    }

    /** Marks the session held and announces it, with attendance per organisation, in the same transaction. */
    @Transactional
    public SessionView markHeld(UUID networkId, UUID sessionId) {
        Network n = access.managed(networkId);
        NetworkSession s = NetworkSession.inNetwork(NetworkSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE), networkId, sessionId);
        s.status = s.status.moveTo(NetworkSession.Status.HELD, s.label());
        s.heldAt = OffsetDateTime.now(ZoneOffset.UTC);
        List<SessionHeld.OrganisationAttendance> counts = new ArrayList<>();
        views.counts(s.id).forEach((org, c) -> counts.add(new SessionHeld.OrganisationAttendance(org, c.registered(), c.present(), c.absent(), c.excused())));
        outbox.append(EventTypes.SESSION_HELD, n.id.toString(), s.id.toString(), new SessionHeld(n.id.toString(), n.name,
                n.theme, n.region, s.id.toString(), s.number, s.title, s.theme, s.phaseFocus, s.startsAt, s.endsAt, s.heldAt, counts));
        LOG.infof("session %d of network %s held", s.number, n.id);
        return views.of(s);
    }

    @Transactional
    public SessionView cancel(UUID networkId, UUID sessionId, String reason) {
        access.managed(networkId);
        NetworkSession s = NetworkSession.of(networkId, sessionId);
        s.status = s.status.moveTo(NetworkSession.Status.CANCELLED, s.label());
        s.cancelReason = reason.trim();
        return views.of(s);
    }
}
