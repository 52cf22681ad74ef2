package nl.leercultuur.catalog.resource;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class ResourceDtos {

    public static final String KINDS = "book|article|podcast|video|website|good-practice|toolkit|instrument-description|learning-activity";
    public static final String AUDIENCES = "leader|team|hr-ld|student|employee";
    public static final String CATEGORIES = "experience-based|digital|practice-based";
    public static final String KEY = "[a-z][a-z0-9-]{0,63}";

    private ResourceDtos() {
    }

    /** A published entry as everyone sees it; curators also get the curation fields. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResourceView(UUID id, String kind, String title, String authors, String organisation, String publisher,
                               Integer year, String language, String url, Integer durationMinutes, String summary,
                               List<String> themes, List<String> dimensionKeys, List<String> audience, String sector,
                               String category, String successFactors, String status, Double rank, Curation curation,
                               Long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Curation(String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
                           String submittedBy, OffsetDateTime submittedAt, String publishedBy, OffsetDateTime publishedAt,
                           String archivedBy, OffsetDateTime archivedAt) {
    }

    /** What a curator writes; {@code version} is required on update (optimistic locking). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"kind": "book", "title": "De lerende organisatie in de zorg", "authors": "A. de Vries", "publisher": "Boom", "year": 2021,
             "language": "nl", "url": "https://example.nl/boek", "summary": "Over leren op de werkvloer in zorgteams.",
             "themes": ["leercultuur"], "dimensionKeys": ["room-and-safety"], "audience": ["leader", "team"]}
            """)
    public record ResourceInput(
            @NotBlank @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 500) String authors,
            @Size(max = 300) String organisation,
            @Size(max = 200) String publisher,
            @Min(1900) @Max(2100) Integer year,
            @Pattern(regexp = "nl|en|de|fr", message = "must be nl, en, de or fr") String language,
            @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
            @Min(1) @Max(10000) Integer durationMinutes,
            @NotBlank @Size(max = 4000) String summary,
            @Size(max = 12) List<@NotNull @Pattern(regexp = KEY, message = "must be a lower-case key") String> themes,
            @Size(max = 20) List<@NotNull @Pattern(regexp = KEY, message = "must be a lower-case key") String> dimensionKeys,
            @Size(max = 5) List<@NotNull @Pattern(regexp = AUDIENCES, message = "must be one of " + AUDIENCES) String> audience,
            @Size(max = 100) String sector,
            @Pattern(regexp = CATEGORIES, message = "must be one of " + CATEGORIES) String category,
            @Size(max = 2000) String successFactors,
            Long version) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"status": "IN_REVIEW"}
            """)
    public record Transition(@NotNull Resource.Status status) {
    }

    public record HistoryEntry(OffsetDateTime at, String actor, String action, String fromStatus, String toStatus) {
    }

    public record Facet(String value, long count) {
    }

    /** One page of search results with the facet counts of the whole result set. */
    public record SearchResult(List<ResourceView> items, int page, int size, long total, String match,
                               Map<String, List<Facet>> facets) {
    }
}
