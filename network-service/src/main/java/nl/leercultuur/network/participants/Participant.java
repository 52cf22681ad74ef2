package nl.leercultuur.network.participants;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.leercultuur.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person in a network: as little as needed (name, e-mail, organisation, role), erasable on request. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {
    public static final String ERASED = "(verwijderd)";

    @Id
    public UUID id;
    @Column(name = "network_id", nullable = false)
    public UUID networkId;
    @Column(nullable = false)
    public String name;
    public String email;
    @Column(name = "organisation_id", nullable = false)
    public String organisationId;
    @Column(nullable = false)
    public String role;
    /** The token subject of this person, so they can register and answer for themselves. */
    @Column(name = "user_subject")
    public String userSubject;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    /** The (not erased) participant of a network who signs in as {@code subject}, or null. */
    public static Participant bySubject(UUID networkId, String subject) {
        return Participant.<Participant>find("networkId = ?1 and userSubject = ?2 and erasedAt is null order by createdAt, id",
                        networkId, subject)
                .firstResult();
    }

    /** A (not erased) participant of the network; 404 otherwise. */
    public static Participant of(UUID networkId, UUID participantId) {
        Participant p = Participant.findById(participantId);
        if (p == null || !p.networkId.equals(networkId) || p.erasedAt != null) {
            throw ProblemException.notFound("participant", participantId);
        }
        return p;
    }
}
