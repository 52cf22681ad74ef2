package nl.leercultuur.network.participants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.networks.Network;
import nl.leercultuur.network.networks.NetworkAccess;
import nl.leercultuur.network.organisation.Organisation;
import nl.leercultuur.network.participants.ParticipantDtos.AddParticipant;
import nl.leercultuur.network.participants.ParticipantDtos.ParticipantView;
import nl.leercultuur.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The people in a network: facilitators add them (their organisation becomes a member of the network), everyone who
 * sees the network sees their names, e-mail addresses only the person and the network's managers. Erasure on request
 * removes name and e-mail; the organisation stays, so attendance counts stay right.
 */
@ApplicationScoped
public class ParticipantService {

    private static final Logger LOG = Logger.getLogger(ParticipantService.class);

    private final NetworkAccess access;

    ParticipantService(NetworkAccess access) {
        this.access = access;
    }

    @Transactional
    public ParticipantView add(UUID networkId, AddParticipant req) {
        Network n = access.managed(networkId);
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
        if (!n.hasMember(p.organisationId)) {
            List<String> members = new ArrayList<>(List.of(n.memberOrganisations));
            members.add(p.organisationId);
            n.memberOrganisations = members.toArray(String[]::new);
        }
        return ParticipantView.of(p);
    }

    @Transactional
    public List<ParticipantView> list(UUID networkId) {
        Network n = access.readable(networkId);
        return Participant.<Participant>list("networkId = ?1 order by createdAt, id", networkId).stream()
                .map(p -> access.mayActFor(n, p.userSubject) ? ParticipantView.of(p) : ParticipantView.withoutContact(p))
                .toList();
    }

    /** The caller's own participant record: 404 when they take no part (or may not see the network). */
    @Transactional
    public ParticipantView me(UUID networkId) {
        access.readable(networkId);
        Participant p = Participant.bySubject(networkId, access.subject());
        if (p == null) {
            throw new ProblemException(404, "not-a-participant", "Not a participant", "you take no part in network " + networkId);
        }
        return ParticipantView.of(p);
    }

    /** Erasure on request: name and e-mail go; the organisation stays on the attendance rows, so counts stay right. */
    @Transactional
    public void erase(UUID networkId, UUID participantId) {
        access.managed(networkId);
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
}
