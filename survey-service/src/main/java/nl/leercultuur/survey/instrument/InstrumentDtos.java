package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** API shapes of the instrument library; entities never leave the service. */
public final class InstrumentDtos {

    private InstrumentDtos() {
    }

    public record InstrumentSummary(String key, String name, String description, String measures, String audience,
                                    String sourceModel, boolean builtin, List<String> languages,
                                    Integer publishedVersion, int dimensionCount, int itemCount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(UUID id, String instrumentKey, int version, String status, OffsetDateTime publishedAt,
                              InstrumentDefinition definition) {
    }

    /** Fields without a value (no published version yet) are left out, as the contract describes them: optional, not null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstrumentDetail(InstrumentSummary instrument, List<VersionSummary> versions, VersionView published) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionSummary(UUID id, int version, String status, OffsetDateTime createdAt, OffsetDateTime publishedAt) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"key": "team-learning-check", "name": "Teamleercheck", "description": "Een korte check van ruimte en veiligheid om te leren in het team.",
             "measures": "ruimte en veiligheid om te leren", "audience": "zorgteams", "sourceModel": "eigen model van het netwerk",
             "definition": {"languages": ["nl", "en"],
             "scales": {"agree5": {"min": 1, "max": 5, "labels": {"nl": ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"],
                                                                 "en": ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]}}},
             "dimensions": [{"key": "room-and-safety", "name": {"nl": "Ruimte en veiligheid", "en": "Room and safety"},
                             "items": [{"key": "rs-1", "text": {"nl": "In ons team mag je fouten maken.", "en": "In our team it is fine to make mistakes."},
                                        "type": "LIKERT", "scale": "agree5", "required": true}]}]}}
            """)
    public record CreateInstrument(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,63}", message = "must be lower-case letters, digits and dashes") String key,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 500) String measures,
            @NotBlank @Size(max = 200) String audience,
            @NotBlank @Size(max = 500) String sourceModel,
            @NotNull @Valid InstrumentDefinition definition) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"definition": {"languages": ["nl", "en"],
             "scales": {"agree5": {"min": 1, "max": 5, "labels": {"nl": ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"],
                                                                 "en": ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]}}},
             "dimensions": [{"key": "room-and-safety", "name": {"nl": "Ruimte en veiligheid", "en": "Room and safety"},
                             "items": [{"key": "rs-1", "text": {"nl": "In ons team mag je fouten maken.", "en": "In our team it is fine to make mistakes."},
                                        "type": "LIKERT", "scale": "agree5", "required": true}]}]}}
            """)
    public record DraftRequest(@NotNull InstrumentDefinition definition) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"status": "PUBLISHED"}
            """)
    public record StatusChange(@NotNull InstrumentVersion.Status status) {
    }

}
