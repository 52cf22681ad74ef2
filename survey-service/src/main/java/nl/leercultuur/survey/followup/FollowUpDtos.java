package nl.leercultuur.survey.followup;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** API shapes of a scan's follow-up plan. */
public final class FollowUpDtos {

    /** At most this many points of each kind in a conversation. */
    public static final int MAX_POINTS = 10;
    public static final int MAX_EDITORS = 20;
    public static final int MAX_RESOURCES = 10;
    /** Null passes (not sent: unchanged); a value needs a character that is not white space. */
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    private FollowUpDtos() {
    }

    /** One point of the conversation: a strength, or a short- or long-term improvement, and what it is about. */
    @Schema(description = "A strength or an improvement the team named, with the dimensions of the scan's instrument it is about")
    public record Point(
            @NotBlank @Size(max = 1000) String text,
            @Schema(description = "Dimension keys of the scan's instrument version; none for a general point")
            @Size(max = 20) List<String> dimensions) {
    }

    @Schema(example = """
            {"conversationHeldOn": "2027-03-22",
             "strengths": [{"text": "We vragen elkaar makkelijk om hulp", "dimensions": ["psychological-safety"]}],
             "shortTerm": [{"text": "Elke overdracht één vraag: wat heb je vandaag geleerd?", "dimensions": ["team-ambition"]}],
             "longTerm": [{"text": "Intervisie elke maand, door het team zelf voorbereid", "dimensions": ["psychological-safety", "team-ambition"]}],
             "editors": ["9b2f4c1e-5a7d-4e8b-a0c3-2d6f1e8b7a90"]}
            """, description = "The praatplaat conversation: up to ten strengths, short-term and long-term improvements. "
            + "editors: token subjects of the people who may also read and edit this plan (named by the organisation's manager); "
            + "left out, the editors stay as they are.")
    public record SaveConversation(
            @NotNull LocalDate conversationHeldOn,
            @Size(max = MAX_POINTS) List<@NotNull @Valid Point> strengths,
            @Size(max = MAX_POINTS) List<@NotNull @Valid Point> shortTerm,
            @Size(max = MAX_POINTS) List<@NotNull @Valid Point> longTerm,
            @Size(max = MAX_EDITORS) List<@NotBlank @Size(max = 200) String> editors) {
    }

    @Schema(example = """
            {"title": "Intervisie opzetten met de methode van de kritische vriend", "owner": "Fatma (teamleider)",
             "dueOn": "2027-06-30", "dimensions": ["psychological-safety"],
             "resources": ["3f6d0b9e-1c2a-4e5f-8a7b-9c0d1e2f3a4b"]}
            """)
    public record NewAction(
            @NotBlank @Size(max = 300) String title,
            @Schema(description = "Who takes it on: a name as the team writes it, not an account or e-mail address")
            @NotBlank @Size(max = 120) String owner,
            LocalDate dueOn,
            @Size(max = 20) List<String> dimensions,
            @Schema(description = "Catalogue entry ids (UUIDs) that help with it")
            @Size(max = MAX_RESOURCES) List<String> resources) {
    }

    @Schema(example = """
            {"status": "DOING", "dueOn": "2027-07-15"}
            """, description = "Only the fields sent change. Status: PLANNED → DOING or DROPPED; DOING → DONE or DROPPED; "
            + "DONE and DROPPED are final (409 illegal-transition).")
    public record ActionChange(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 300) String title,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 120) String owner,
            LocalDate dueOn,
            @Size(max = 20) List<String> dimensions,
            @Size(max = MAX_RESOURCES) List<String> resources,
            ActionStatus status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionView(UUID id, String title, String owner, LocalDate dueOn, List<String> dimensions,
                             List<String> resources, ActionStatus status, OffsetDateTime createdAt,
                             OffsetDateTime updatedAt, long version) {
    }

    /** A scan's plan with its actions, oldest first; {@code version} (also the ETag) covers the conversation and the editors. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanView(UUID scanId, String scanTitle, String organisationId, String unitLabel, String instrumentKey,
                           int instrumentVersion, OffsetDateTime scanClosedAt, LocalDate conversationHeldOn,
                           List<Point> strengths, List<Point> shortTerm, List<Point> longTerm, List<String> editors,
                           List<ActionView> actions, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }

    /** A weak dimension of the scan as its results show it (withheld dimensions never appear). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WeakDimension(String key, String name, BigDecimal mean, BigDecimal favourableShare,
                                @Schema(description = "The concept of the shared vocabulary the dimension measures; absent for a custom dimension naming none")
                                String concept) {
    }

    /** Catalogue entries for the scan's two weakest disclosed dimensions; {@code partial} when the catalogue could not be reached. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suggestions(UUID scanId, List<WeakDimension> dimensions, List<CatalogEntry> entries, boolean partial,
                              String note) {
    }
}
