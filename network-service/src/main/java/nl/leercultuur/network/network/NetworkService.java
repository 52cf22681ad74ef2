package nl.leercultuur.network.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.network.NetworkDtos.AddParticipant;
import nl.leercultuur.network.network.NetworkDtos.Counts;
import nl.leercultuur.network.network.NetworkDtos.CreateNetwork;
import nl.leercultuur.network.network.NetworkDtos.NetworkView;
import nl.leercultuur.network.network.NetworkDtos.ParticipantView;
import nl.leercultuur.network.network.NetworkDtos.PlanSession;
import nl.leercultuur.network.network.NetworkDtos.SessionView;
import nl.leercultuur.network.organisation.Organisation;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.contracts.events.SessionHeld;
import nl.leercultuur.platform.outbox.Outbox;
import nl.leercultuur.platform.problem.Problem.FieldError;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Learning networks: facilitators run their own networks (admins all), participants see the networks they are in
 * and register themselves, org-managers see the networks their organisation takes part in. Marking a session held
 * publishes network.session-held.v1 with attendance counted per organisation, through the outbox.
 */
@ApplicationScoped
public class NetworkService {

    private static final Logger LOG = Logger.getLogger(NetworkService.class);
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    @Transactional
    public NetworkView create(CreateNetwork req) {
        List<FieldError> errors = new ArrayList<>();
        if (req.startsOn() != null && req.endsOn() != null && req.endsOn().isBefore(req.startsOn())) {
            errors.add(new FieldError("endsOn", "must not be before startsOn"));
        }
        List<String> members = req.memberOrganisations() == null ? List.of() : List.copyOf(new LinkedHashSet<>(req.memberOrganisations()));
        for (int i = 0; i < members.size(); i++) {
            if (Organisation.findById(members.get(i)) == null) {
                errors.add(new FieldError("memberOrganisations[" + i + "]", "no organisation '" + members.get(i) + "' in the registry"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (Network.count("lower(name) = ?1", req.name().trim().toLowerCase()) > 0) {
            throw ProblemException.conflict("duplicate-network", "a network named '" + req.name().trim() + "' already exists");
        }
        LinkedHashSet<String> facilitators = new LinkedHashSet<>();
        facilitators.add(caller.subject());
        if (req.facilitators() != null) {
            facilitators.addAll(req.facilitators());
        }
        Network n = new Network();
        n.id = UUID.randomUUID();
        n.name = req.name().trim();
        n.theme = req.theme();
        n.description = req.description();
        n.region = req.region();
        n.startsOn = req.startsOn();
        n.endsOn = req.endsOn();
        n.methodology = "action-learning";
        n.status = Network.Status.PLANNED;
        n.facilitators = facilitators.toArray(String[]::new);
        n.memberOrganisations = members.toArray(String[]::new);
        n.createdBy = caller.subject();
        n.createdAt = OffsetDateTime.now();
        n.persist();
        LOG.infof("network %s '%s' created by %s", n.id, n.name, n.createdBy);
        return NetworkView.of(n);
    }

    /** The networks this caller may see. */
    @Transactional
    public List<NetworkView> visible() {
        List<Network> all = Network.listAll(io.quarkus.panache.common.Sort.by("name"));
        return all.stream().filter(this::maySee).map(NetworkView::of).toList();
    }

    @Transactional
    public NetworkView get(UUID id) {
        return NetworkView.of(readable(id));
    }

    @Transactional
    public NetworkView changeStatus(UUID id, Network.Status target) {
        Network n = managed(id);
        if (!n.status.canBecome(target)) {
            throw new ProblemException(409, "illegal-transition", "Illegal status change",
                    "network " + id + " is " + n.status + " and cannot become " + target);
        }
        n.status = target;
        return NetworkView.of(n);
    }

    @Transactional
    public ParticipantView addParticipant(UUID networkId, AddParticipant req) {
        Network n = managed(networkId);
        if (Organisation.findById(req.organisationId()) == null) {
            throw ProblemException.invalid("organisationId", "no organisation '" + req.organisationId() + "' in the registry");
        }
        if (req.email() != null && Participant.count("networkId = ?1 and lower(email) = ?2", networkId, req.email().toLowerCase()) > 0) {
            throw ProblemException.conflict("duplicate-participant", "someone with this e-mail address is already in the network");
        }
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.networkId = n.id;
        p.name = req.name().trim();
        p.email = req.email();
        p.organisationId = req.organisationId();
        p.role = req.role() == null ? "participant" : req.role();
        p.userSubject = req.userSubject();
        p.createdAt = OffsetDateTime.now();
        p.persist();
        if (!List.of(n.memberOrganisations).contains(p.organisationId)) {
            List<String> members = new ArrayList<>(List.of(n.memberOrganisations));
            members.add(p.organisationId);
            n.memberOrganisations = members.toArray(String[]::new);
        }
        return ParticipantView.of(p);
    }

    @Transactional
    public List<ParticipantView> participants(UUID networkId) {
        Network n = readable(networkId);
        boolean full = caller.has(Roles.ADMIN) || n.facilitatedBy(caller.subject());
        return Participant.<Participant>list("networkId = ?1 order by createdAt, id", networkId).stream()
                .map(p -> full || caller.subject().equals(p.userSubject) ? ParticipantView.of(p)
                        : new ParticipantView(p.id, p.name, null, p.organisationId, p.role, p.erasedAt != null))
                .toList();
    }

    /** Erasure on request: name and e-mail go; the organisation stays on the attendance rows, so counts stay right. */
    @Transactional
    public void erase(UUID networkId, UUID participantId) {
        managed(networkId);
        Participant p = Participant.findById(participantId);
        if (p == null || !p.networkId.equals(networkId)) {
            throw ProblemException.notFound("participant", participantId);
        }
        p.name = Participant.ERASED;
        p.email = null;
        p.userSubject = null;
        p.erasedAt = OffsetDateTime.now();
        LOG.infof("participant %s of network %s erased on request", participantId, networkId);
    }

    @Transactional
    public SessionView plan(UUID networkId, PlanSession req) {
        Network n = managed(networkId);
        OffsetDateTime start = req.startsAtLocal().atZone(AMSTERDAM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = req.endsAtLocal().atZone(AMSTERDAM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
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
        return view(s);
    }

    @Transactional
    public List<SessionView> sessions(UUID networkId) {
        readable(networkId);
        return NetworkSession.<NetworkSession>list("networkId = ?1 order by number", networkId).stream().map(this::view).toList();
    }

    /** A participant registers themselves; a facilitator may register anyone in the network. */
    @Transactional
    public SessionView register(UUID networkId, UUID sessionId, UUID participantId) {
        Network n = readable(networkId);
        NetworkSession s = session(networkId, sessionId);
        Participant p = participant(networkId, participantId);
        if (!caller.has(Roles.ADMIN) && !n.facilitatedBy(caller.subject()) && !caller.subject().equals(p.userSubject)) {
            throw ProblemException.forbidden("participants register only themselves");
        }
        if (s.status != NetworkSession.Status.SCHEDULED) {
            throw new ProblemException(409, "session-not-scheduled", "Registration closed", "session " + s.number + " is " + s.status);
        }
        em.createNativeQuery("INSERT INTO attendance (session_id, participant_id, organisation_id, registered_at) VALUES (?1, ?2, ?3, now()) "
                        + "ON CONFLICT (session_id, participant_id) DO UPDATE SET registered_at = coalesce(attendance.registered_at, now())")
                .setParameter(1, s.id).setParameter(2, p.id).setParameter(3, p.organisationId).executeUpdate();
        return view(s);
    }

    @Transactional
    public SessionView recordPresence(UUID networkId, UUID sessionId, UUID participantId, String presence) {
        managed(networkId);
        NetworkSession s = session(networkId, sessionId);
        Participant p = participant(networkId, participantId);
        if (s.status == NetworkSession.Status.CANCELLED) {
            throw new ProblemException(409, "session-cancelled", "Session cancelled", "session " + s.number + " was cancelled");
        }
        em.createNativeQuery("INSERT INTO attendance (session_id, participant_id, organisation_id, presence) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (session_id, participant_id) DO UPDATE SET presence = excluded.presence")
                .setParameter(1, s.id).setParameter(2, p.id).setParameter(3, p.organisationId).setParameter(4, presence).executeUpdate();
        return view(s);
    }

    /** Marks the session held and announces it, with attendance per organisation, in the same transaction. */
    @Transactional
    public SessionView markHeld(UUID networkId, UUID sessionId) {
        Network n = managed(networkId);
        NetworkSession s = NetworkSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !s.networkId.equals(networkId)) {
            throw ProblemException.notFound("session", sessionId);
        }
        if (s.status != NetworkSession.Status.SCHEDULED) {
            throw new ProblemException(409, "illegal-transition", "Illegal status change", "session " + s.number + " is " + s.status + " and cannot be held");
        }
        s.status = NetworkSession.Status.HELD;
        s.heldAt = OffsetDateTime.now(ZoneOffset.UTC);
        List<SessionHeld.OrganisationAttendance> counts = new ArrayList<>();
        counts(s.id).forEach((org, c) -> counts.add(new SessionHeld.OrganisationAttendance(org, c.registered(), c.present(), c.absent(), c.excused())));
        outbox.append(EventTypes.SESSION_HELD, n.id.toString(), s.id.toString(), new SessionHeld(n.id.toString(), n.name,
                n.theme, n.region, s.id.toString(), s.number, s.title, s.theme, s.phaseFocus, s.startsAt, s.endsAt, s.heldAt, counts));
        LOG.infof("session %d of network %s held", s.number, n.id);
        return view(s);
    }

    @Transactional
    public SessionView cancel(UUID networkId, UUID sessionId, String reason) {
        managed(networkId);
        NetworkSession s = session(networkId, sessionId);
        if (s.status != NetworkSession.Status.SCHEDULED) {
            throw new ProblemException(409, "illegal-transition", "Illegal status change", "session " + s.number + " is " + s.status + " and cannot be cancelled");
        }
        s.status = NetworkSession.Status.CANCELLED;
        s.cancelReason = reason.trim();
        return view(s);
    }

    /** The network's sessions as iCalendar text. */
    @Transactional
    public String calendar(UUID networkId) {
        Network n = readable(networkId);
        return NetworkCalendar.of(n, NetworkSession.list("networkId = ?1 order by number", networkId));
    }

    /** The sessions one participant registered for (for the person, their facilitators and admins). */
    @Transactional
    public String participantCalendar(UUID networkId, UUID participantId) {
        Network n = readable(networkId);
        Participant p = participant(networkId, participantId);
        if (!caller.has(Roles.ADMIN) && !n.facilitatedBy(caller.subject()) && !caller.subject().equals(p.userSubject)) {
            throw ProblemException.forbidden("a personal calendar is for the person and their facilitators");
        }
        List<NetworkSession> mine = NetworkSession.list("networkId = ?1 and id in (select a.sessionId from Attendance a "
                + "where a.participantId = ?2) order by number", networkId, participantId);
        return NetworkCalendar.of(n, mine);
    }

    private Map<String, Counts> counts(UUID sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT organisation_id, count(registered_at), count(*) FILTER (WHERE presence = 'PRESENT'), "
                + "count(*) FILTER (WHERE presence = 'ABSENT'), count(*) FILTER (WHERE presence = 'EXCUSED') FROM attendance "
                + "WHERE session_id = ?1 GROUP BY organisation_id ORDER BY organisation_id").setParameter(1, sessionId).getResultList();
        Map<String, Counts> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            out.put((String) r[0], new Counts(((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue()));
        }
        return out;
    }

    private SessionView view(NetworkSession s) {
        return new SessionView(s.id, s.networkId, s.number, s.title, s.theme, s.startsAt, s.endsAt,
                s.startsAt.atZoneSameInstant(AMSTERDAM).toLocalDateTime(), s.endsAt.atZoneSameInstant(AMSTERDAM).toLocalDateTime(),
                s.place, s.onlineUrl, s.speakers, s.phaseFocus, s.agenda, s.status.name(), s.cancelReason, s.heldAt, counts(s.id));
    }

    private boolean maySee(Network n) {
        if (caller.has(Roles.ADMIN) || n.facilitatedBy(caller.subject())) {
            return true;
        }
        if (caller.has(Roles.ORG_MANAGER) && caller.organisationId().map(o -> List.of(n.memberOrganisations).contains(o)).orElse(false)) {
            return true;
        }
        return Participant.count("networkId = ?1 and userSubject = ?2", n.id, caller.subject()) > 0;
    }

    public Network readable(UUID id) {
        Network n = Network.findById(id);
        if (n == null || !maySee(n)) {
            throw ProblemException.notFound("network", id); // not revealing networks one may not see
        }
        return n;
    }

    /** Only the network's own facilitators and admins change it. */
    public Network managed(UUID id) {
        Network n = readable(id);
        if (!caller.has(Roles.ADMIN) && !n.facilitatedBy(caller.subject())) {
            throw ProblemException.forbidden("only the network's facilitators manage it");
        }
        return n;
    }

    public static NetworkSession session(UUID networkId, UUID sessionId) {
        NetworkSession s = NetworkSession.findById(sessionId);
        if (s == null || !s.networkId.equals(networkId)) {
            throw ProblemException.notFound("session", sessionId);
        }
        return s;
    }

    public static Participant participant(UUID networkId, UUID participantId) {
        Participant p = Participant.findById(participantId);
        if (p == null || !p.networkId.equals(networkId) || p.erasedAt != null) {
            throw ProblemException.notFound("participant", participantId);
        }
        return p;
    }
}
