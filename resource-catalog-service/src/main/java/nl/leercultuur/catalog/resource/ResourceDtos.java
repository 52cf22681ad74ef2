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
    /** The id form of the regional registry (network-service): a lower-case slug. */
    public static final String ORGANISATION_ID = "[a-z0-9][a-z0-9-]{1,62}";

    private ResourceDtos() {
    }

    /** A published entry as everyone sees it; curators also get the curation fields. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResourceView(UUID id, String kind, String title, String authors, String organisation, String publisher,
                               Integer year, String language, String url, Integer durationMinutes, String summary,
                               List<String> themes, List<String> dimensionKeys,
                               @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Concepts of the shared vocabulary (event-contracts vocabulary/concepts.json) the entry helps with")
                               List<String> concepts, List<String> audience, String sector,
                               String category, String successFactors, String status, Double rank, Curation curation,
                               Long version, SharedPractice practice) {
    }

    /** What a member told about a practice they shared ({@link PracticeSubmission}); absent on other entries. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SharedPractice(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The organisation in the regional registry whose practice this is")
            String organisationId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Whom to ask about it: a role, never a person's address")
            String contactRole,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Wat het deed werken: the success factors")
            List<String> whatMadeItWork,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "De randvoorwaarden: what it needs to work elsewhere")
            List<String> preconditions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Curation(String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
                           String submittedBy, OffsetDateTime submittedAt, String publishedBy, OffsetDateTime publishedAt,
                           String archivedBy, OffsetDateTime archivedAt,
                           @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The member who shared this practice (token subject); absent on entries curators drafted")
                           String sharedBy) {
    }

    /** What a curator writes; {@code version} is required on update (optimistic locking). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"kind": "book", "title": "De lerende organisatie in de zorg", "authors": "A. de Vries", "publisher": "Boom", "year": 2021,
             "language": "nl", "url": "https://example.nl/boek", "summary": "Over leren op de werkvloer in zorgteams.",
             "themes": ["leercultuur"], "dimensionKeys": ["room-and-safety"], "concepts": ["psychological-safety"], "audience": ["leader", "team"]}
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
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Concepts of the shared vocabulary; left out, they follow from dimensionKeys. An unknown concept is 422")
            @Size(max = 20) List<@NotNull @Pattern(regexp = KEY, message = "must be a lower-case key") String> concepts,
            @Size(max = 5) List<@NotNull @Pattern(regexp = AUDIENCES, message = "must be one of " + AUDIENCES) String> audience,
            @Size(max = 100) String sector,
            @Pattern(regexp = CATEGORIES, message = "must be one of " + CATEGORIES) String category,
            @Size(max = 2000) String successFactors,
            Long version) {
    }

    /**
     * A good practice a member (org-manager or participant) shares into curation. The categories are the three of the
     * regional best-practices report: belevingsgericht leren, digitaal leren, praktijkleren.
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"title": "Leerwerkplaats op de afdeling", "summary": "Studenten en medewerkers leren samen op een leerafdeling, met wekelijks een praktijkopleider op de vloer.",
             "organisationId": "laurens", "contactRole": "praktijkopleider", "category": "practice-based",
             "whatMadeItWork": ["Leren door te doen, met theorie op de afdeling", "Vaste begeleiders per student"],
             "preconditions": ["Studenten boven de formatie ingepland", "Steun van de teamleider"],
             "url": "https://example.nl/leerwerkplaats"}
            """)
    public record PracticeSubmission(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 4000) String summary,
            @NotBlank @Pattern(regexp = ORGANISATION_ID, message = "must be an organisation id from the regional registry") String organisationId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "A role such as \"praktijkopleider\" or \"teamleider\" (2–80 characters); not an e-mail address or a phone number")
            @NotBlank @Size(min = 2, max = 80) String contactRole,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "experience-based (belevingsgericht leren: het werk vanuit een ander perspectief ervaren, bijvoorbeeld dat van de patiënt), "
                    + "digital (digitaal leren: kennis en vaardigheden met digitale toepassingen vergroten) or practice-based (praktijkleren: op een nieuwe manier leren in de praktijk)")
            @NotBlank @Pattern(regexp = CATEGORIES, message = "must be one of " + CATEGORIES) String category,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Wat het deed werken (succesfactoren): one short text each")
            @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 200) String> whatMadeItWork,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "De randvoorwaarden: what it needs, one short text each")
            @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 200) String> preconditions,
            @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url) {
    }

    /** One of the caller's shared practices: where it stands in curation, and since when. */
    public record SubmissionView(UUID id, String title, String category, String organisationId, String status,
                                 OffsetDateTime statusChangedAt, OffsetDateTime sharedAt) {
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

    /**
     * One page of search results with the facet counts of the whole result set. The total is always exact; from the
     * search index so is every facet count, and every match is ranked. Only when the database answers instead (the
     * index could not) may facet counts be estimates ({@code facetsApproximate}, above {@code ResourceSearch.FACET_LIMIT}
     * matches) and relevance rank the first {@code rankedCandidates} matches only.
     */
    public record SearchResult(List<ResourceView> items, int page, int size, long total, String match,
                               Map<String, List<Facet>> facets,
                               @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "True when the facet counts are estimates (show them as about n). The search index counts every facet "
                                       + "of every search exactly, so this is false; only a search the database answers instead (when the "
                                       + "index cannot) that matches more than 1,000 entries counts its facets over the first 1,000 matches "
                                       + "and scales them to the exact total. The total is always exact.")
                               boolean facetsApproximate,
                               @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Absent when every match was ranked, as the search index always does. Set only when the database "
                                       + "answers instead (when the index cannot) and the words matched more than 1,000 entries: relevance "
                                       + "ordering then ranked the first matches only and lists this many of them, so the pages in relevance "
                                       + "order end there (sort by title or newest to page through every match).", nullable = true)
                               Integer rankedCandidates) {

        public SearchResult(List<ResourceView> items, int page, int size, long total, String match, Map<String, List<Facet>> facets) {
            this(items, page, size, total, match, facets, false, null);
        }
    }
}
