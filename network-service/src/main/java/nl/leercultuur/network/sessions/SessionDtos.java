package nl.leercultuur.network.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

public final class SessionDtos {

    /** The action-learning phases, in order. */
    public static final String PHASES = "ready|explore-problem|develop-solutions|sharpen-and-share|experiment|reflect-and-present";

    private SessionDtos() {
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
