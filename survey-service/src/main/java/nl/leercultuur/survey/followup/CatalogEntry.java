package nl.leercultuur.survey.followup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * A published catalogue entry suggested for a weak dimension: what a team needs to choose and open it. Read from
 * resource-catalog-service's recommendations (fields it adds later are ignored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A published catalogue entry that helps with a weak dimension")
public record CatalogEntry(
        UUID id,
        @Schema(description = "book, article, podcast, video, website, best-practice, model, …") String kind,
        String title,
        String authors,
        Integer year,
        String language,
        String url,
        Integer durationMinutes,
        String summary,
        List<String> themes,
        @Schema(description = "The instrument dimensions the entry helps with") List<String> dimensionKeys,
        List<String> audience) {
}
