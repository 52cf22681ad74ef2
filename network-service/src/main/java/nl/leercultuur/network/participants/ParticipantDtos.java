package nl.leercultuur.network.participants;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.leercultuur.network.networks.NetworkDtos;

import java.util.UUID;

public final class ParticipantDtos {

    private ParticipantDtos() {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"name": "Fatima el Amrani", "email": "f.elamrani@example.nl", "organisationId": "laurens", "role": "case-owner"}
            """)
    public record AddParticipant(@NotBlank @Size(max = 200) String name,
                                 @Size(max = 320) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an e-mail address") String email,
                                 @NotBlank @Pattern(regexp = NetworkDtos.ORG, message = "must be an organisation id") String organisationId,
                                 @Pattern(regexp = "participant|case-owner|speaker|observer", message = "must be participant, case-owner, speaker or observer") String role,
                                 @Size(max = 200) String userSubject) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParticipantView(UUID id, String name, String email, String organisationId, String role, boolean erased) {
        static ParticipantView of(Participant p) {
            return new ParticipantView(p.id, p.name, p.email, p.organisationId, p.role, p.erasedAt != null);
        }

        /** Without the e-mail address, for those who see the network but not the person's details. */
        static ParticipantView withoutContact(Participant p) {
            return new ParticipantView(p.id, p.name, null, p.organisationId, p.role, p.erasedAt != null);
        }
    }
}
