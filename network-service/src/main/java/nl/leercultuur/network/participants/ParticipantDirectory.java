package nl.leercultuur.network.participants;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.network.networks.Participation;

import java.util.UUID;

/** Answers {@link Participation} for network access: someone takes part when a participant signs in as them. */
@ApplicationScoped
public class ParticipantDirectory implements Participation {

    @Override
    public boolean participates(UUID networkId, String subject) {
        return Participant.count("networkId = ?1 and userSubject = ?2", networkId, subject) > 0;
    }
}
