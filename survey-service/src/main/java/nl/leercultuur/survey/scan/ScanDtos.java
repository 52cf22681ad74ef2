package nl.leercultuur.survey.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

public final class ScanDtos {

    private ScanDtos() {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"instrumentKey": "team-psychological-safety", "organisationId": "laurens", "unitLabel": "Afdeling Kralingen",
             "title": "Teamscan psychologische veiligheid voorjaar 2027", "opensAt": "2027-03-01T08:00:00+01:00",
             "closesAt": "2027-03-15T17:00:00+01:00", "anonymityThreshold": 5, "expectedPopulation": 24}
            """)
    public record CreateScan(
            @NotBlank String instrumentKey,
            @Positive Integer instrumentVersion,
            @NotBlank @Size(max = 100) String organisationId,
            @Size(max = 200) String unitLabel,
            @NotBlank @Size(max = 200) String title,
            @NotNull OffsetDateTime opensAt,
            @NotNull OffsetDateTime closesAt,
            @Min(value = 3, message = "must be at least 3: smaller groups could be recognised") @Max(1000) Integer anonymityThreshold,
            @Positive @Max(1_000_000) Integer expectedPopulation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScanView(UUID id, String title, String status, String instrumentKey, int instrumentVersion,
                           String organisationId, String organisationName, String sector, String region,
                           String unitLabel, OffsetDateTime opensAt, OffsetDateTime closesAt,
                           int anonymityThreshold, Integer expectedPopulation, int invitationsIssued,
                           int responseCount, BigDecimal responseRate, OffsetDateTime createdAt,
                           OffsetDateTime openedAt, OffsetDateTime closedAt, long version) {
    }

}
