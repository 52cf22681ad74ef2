package nl.leercultuur.network.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class NetworkDtos {

    /** The action-learning phases, in order. */
    public static final String PHASES = "ready|explore-problem|develop-solutions|sharpen-and-share|experiment|reflect-and-present";
    public static final String ORG = "[a-z0-9][a-z0-9-]{1,62}";

    private NetworkDtos() {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"name": "Lerend netwerk Leercultuur 2027", "theme": "leren in de praktijk", "description": "Zes bijeenkomsten over leren op de werkvloer.",
             "region": "Rotterdam-Rijnmond", "startsOn": "2027-02-01", "endsOn": "2027-12-15", "memberOrganisations": ["laurens", "ikazia"]}
            """)
    public record CreateNetwork(@NotBlank @Size(max = 200) String name, @Size(max = 200) String theme,
                                @Size(max = 4000) String description, @NotBlank @Size(max = 100) String region,
                                LocalDate startsOn, LocalDate endsOn,
                                @Size(max = 50) List<@NotNull @Pattern(regexp = ORG, message = "must be an organisation id") String> memberOrganisations,
                                @Size(max = 10) List<@NotBlank String> facilitators) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NetworkView(UUID id, String name, String theme, String description, String region, LocalDate startsOn,
                              LocalDate endsOn, String methodology, String status, List<String> facilitators,
                              List<String> memberOrganisations, long version) {
        static NetworkView of(Network n) {
            return new NetworkView(n.id, n.name, n.theme, n.description, n.region, n.startsOn, n.endsOn, n.methodology,
                    n.status.name(), List.of(n.facilitators), List.of(n.memberOrganisations), n.lockVersion);
        }
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"status": "RUNNING"}
            """)
    public record StatusChange(@NotNull Network.Status status) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"name": "Fatima el Amrani", "email": "f.elamrani@example.nl", "organisationId": "laurens", "role": "case-owner"}
            """)
    public record AddParticipant(@NotBlank @Size(max = 200) String name,
                                 @Size(max = 320) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an e-mail address") String email,
                                 @NotBlank @Pattern(regexp = ORG, message = "must be an organisation id") String organisationId,
                                 @Pattern(regexp = "participant|case-owner|speaker|observer", message = "must be participant, case-owner, speaker or observer") String role,
                                 @Size(max = 200) String userSubject) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParticipantView(UUID id, String name, String email, String organisationId, String role, boolean erased) {
        static ParticipantView of(Participant p) {
            return new ParticipantView(p.id, p.name, p.email, p.organisationId, p.role, p.erasedAt != null);
        }
    }

    /** Times as the facilitator means them: local wall-clock time in Europe/Amsterdam. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"number": 1, "title": "Aftrap: wat is een leercultuur?", "theme": "leercultuur", "startsAtLocal": "2027-02-10T14:00:00",
             "endsAtLocal": "2027-02-10T16:30:00", "place": "Zorgcampus Rotterdam", "phaseFocus": "ready", "agenda": "Kennismaken, casussen kiezen"}
            """)
    public record PlanSession(@NotNull @Min(1) @Max(100) Integer number, @NotBlank @Size(max = 200) String title,
                              @Size(max = 200) String theme, @NotNull LocalDateTime startsAtLocal, @NotNull LocalDateTime endsAtLocal,
                              @Size(max = 300) String place, @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String onlineUrl,
                              @Size(max = 500) String speakers,
                              @Pattern(regexp = PHASES, message = "must be one of " + PHASES) String phaseFocus,
                              @Size(max = 4000) String agenda) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionView(UUID id, UUID networkId, int number, String title, String theme, OffsetDateTime startsAt,
                              OffsetDateTime endsAt, LocalDateTime startsAtLocal, LocalDateTime endsAtLocal, String place,
                              String onlineUrl, String speakers, String phaseFocus, String agenda, String status,
                              String cancelReason, OffsetDateTime heldAt, Map<String, Counts> attendance) {
    }

    public record Counts(int registered, int present, int absent, int excused) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"participantId": "5b0f3c1e-2d4a-4f6b-9c8d-1e2f3a4b5c6d"}
            """)
    public record Register(@NotNull UUID participantId) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"participantId": "5b0f3c1e-2d4a-4f6b-9c8d-1e2f3a4b5c6d", "presence": "PRESENT"}
            """)
    public record Presence(@NotNull UUID participantId,
                           @NotNull @Pattern(regexp = "PRESENT|ABSENT|EXCUSED", message = "must be PRESENT, ABSENT or EXCUSED") String presence) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"reason": "Te weinig aanmeldingen; verplaatst naar maart"}
            """)
    public record Cancel(@NotBlank @Size(max = 500) String reason) {
    }
}
