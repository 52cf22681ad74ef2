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

    public record InstrumentDetail(InstrumentSummary instrument, List<VersionSummary> versions, VersionView published) {
    }

    public record VersionSummary(UUID id, int version, String status, OffsetDateTime createdAt, OffsetDateTime publishedAt) {
    }

    public record CreateInstrument(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,63}", message = "must be lower-case letters, digits and dashes") String key,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 500) String measures,
            @NotBlank @Size(max = 200) String audience,
            @NotBlank @Size(max = 500) String sourceModel,
            @NotNull @Valid InstrumentDefinition definition) {
    }

    public record DraftRequest(@NotNull InstrumentDefinition definition) {
    }

    public record StatusChange(@NotNull InstrumentVersion.Status status) {
    }

}
