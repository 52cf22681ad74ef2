package nl.leercultuur.catalog.workflow;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.leercultuur.catalog.resource.Resource;
import nl.leercultuur.catalog.resource.ResourceDtos;
import nl.leercultuur.catalog.resource.ResourceDtos.Curation;
import nl.leercultuur.catalog.resource.ResourceDtos.HistoryEntry;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceInput;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;
import nl.leercultuur.platform.sql.SqlValues;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The curation workflow: curators write drafts and send them for review, admins publish and archive. The moves
 * are the entry's lifecycle ({@link Resource.Status}), who may make them {@link CurationRoles}.
 * Every step records who and when. Updates carry the version they were based on; a stale one gets 409.
 */
@ApplicationScoped
public class CurationService {

    private static final Logger LOG = Logger.getLogger(CurationService.class);

    private final Caller caller;
    private final EntityManager em;
    private final nl.leercultuur.catalog.resource.ConceptTags conceptTags;

    CurationService(Caller caller, EntityManager em, nl.leercultuur.catalog.resource.ConceptTags conceptTags) {
        this.caller = caller;
        this.em = em;
        this.conceptTags = conceptTags;
    }

    @Transactional
    public ResourceView create(ResourceInput in) {
        rejectDuplicate(in.title(), in.authors(), in.url(), null);
        Resource r = new Resource();
        r.id = UUID.randomUUID();
        apply(r, in);
        r.status = Resource.Status.DRAFT;
        r.createdBy = caller.subject();
        r.createdAt = OffsetDateTime.now();
        r.updatedAt = r.createdAt;
        r.source = "curated";
        r.persist();
        history(r, "created", null, Resource.Status.DRAFT);
        LOG.infof("catalogue entry %s '%s' drafted by %s", r.id, r.title, r.createdBy);
        return curatorView(r);
    }

    /**
     * Drafts a good practice a member shares ({@code draft} filled by {@link SubmissionService}, the organisation
     * already checked in the registry): the same duplicate rule as a curator's draft, then into the same workflow.
     */
    @Transactional
    ResourceView draftShared(Resource draft) {
        rejectDuplicate(draft.title, draft.authors, draft.url, null);
        draft.id = UUID.randomUUID();
        draft.status = Resource.Status.DRAFT;
        draft.sharedBy = caller.subject();
        draft.createdBy = draft.sharedBy;
        draft.createdAt = OffsetDateTime.now();
        draft.updatedAt = draft.createdAt;
        draft.persist();
        history(draft, "shared", null, Resource.Status.DRAFT);
        LOG.infof("good practice %s '%s' of %s shared by %s", draft.id, draft.title, draft.organisationId, draft.sharedBy);
        return curatorView(draft);
    }

    @Transactional
    public ResourceView update(UUID id, ResourceInput in, String ifMatch) {
        Resource r = find(id);
        nl.leercultuur.platform.api.EntityTags.requireMatch(ifMatch, r.lockVersion);
        if (in.version() == null) {
            throw ProblemException.invalid("version", "send the version you edited (from the entry you read)");
        }
        if (in.version() != r.lockVersion) {
            throw new ProblemException(409, "stale-version", "Conflict", "entry " + id + " has changed since version "
                    + in.version() + " (now " + r.lockVersion + "); read it again and redo your change", List.of(),
                    Map.of("id", id, "version", r.lockVersion));
        }
        rejectDuplicate(in.title(), in.authors(), in.url(), id);
        apply(r, in);
        r.updatedBy = caller.subject();
        r.updatedAt = OffsetDateTime.now();
        history(r, "edited", r.status, r.status);
        em.flush(); // the version check of this write happens now, inside the request
        return curatorView(r);
    }

    @Transactional
    public ResourceView transition(UUID id, Resource.Status target) {
        Resource r = find(id);
        Resource.Status from = r.status;
        Resource.Status to = from.moveTo(target, "entry " + id); // 409 illegal-transition when the lifecycle has no such move
        List<String> roles = CurationRoles.mayMoveTo(to);
        if (roles.stream().noneMatch(caller::has)) {
            throw ProblemException.forbidden("only " + String.join(" or ", roles) + " may move an entry from "
                    + from + " to " + to);
        }
        r.status = to;
        OffsetDateTime now = OffsetDateTime.now();
        String who = caller.subject();
        switch (to) {
            case IN_REVIEW -> { r.submittedBy = who; r.submittedAt = now; }
            case PUBLISHED -> { r.publishedBy = who; r.publishedAt = now; }
            case ARCHIVED -> { r.archivedBy = who; r.archivedAt = now; }
            default -> { }
        }
        r.updatedAt = now;
        history(r, "status", from, to);
        LOG.infof("catalogue entry %s: %s -> %s by %s", id, from, to, who);
        return curatorView(r);
    }

    /** Any status for curators and admins; others see only published entries. */
    @Transactional
    public ResourceView get(UUID id) {
        Resource r = Resource.findById(id);
        boolean curating = caller.has(Roles.CURATOR) || caller.has(Roles.ADMIN);
        if (r == null || (!curating && r.status != Resource.Status.PUBLISHED)) {
            throw ProblemException.notFound("resource", id);
        }
        return curating ? curatorView(r) : publicView(r);
    }

    @Transactional
    public List<HistoryEntry> history(UUID id) {
        find(id);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT at, actor, action, from_status, to_status FROM resource_history "
                + "WHERE resource_id = ?1 ORDER BY at, id", Tuple.class).setParameter(1, id).getResultList();
        return rows.stream().map(t -> new HistoryEntry(SqlValues.offsetDateTime(t.get("at")), t.get("actor", String.class),
                t.get("action", String.class), t.get("from_status", String.class), t.get("to_status", String.class))).toList();
    }


    private void rejectDuplicate(String title, String authors, String url, UUID self) {
        Resource same = null;
        if (url != null && !url.isBlank()) {
            same = Resource.<Resource>find("lower(url) = lower(:url)" + (self == null ? "" : " and id <> :self"),
                    self == null ? Parameters.with("url", url.trim()) : Parameters.with("url", url.trim()).and("self", self))
                    .firstResult();
        }
        if (same == null) {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("SELECT id FROM resource WHERE lc_fold(title) = lc_fold(?1) "
                            + "AND lc_fold(coalesce(authors, '')) = lc_fold(coalesce(?2, '')) AND id <> coalesce(?3, '00000000-0000-0000-0000-000000000000'::uuid) LIMIT 1")
                    .setParameter(1, title.trim()).setParameter(2, authors == null ? null : authors.trim())
                    .setParameter(3, self).getResultList();
            if (!ids.isEmpty()) {
                same = Resource.findById(ids.get(0));
            }
        }
        if (same != null) {
            throw new ProblemException(409, "duplicate", "Already in the catalogue",
                    "'" + same.title + "' is already in the catalogue as " + same.id + " (" + same.status + ")", List.of(),
                    Map.of("id", same.id, "title", same.title, "status", same.status.name(),
                            "href", "/api/v1/catalog/resources/" + same.id));
        }
    }

    private void apply(Resource r, ResourceInput in) {
        r.kind = in.kind();
        r.title = in.title().trim();
        r.authors = blankToNull(in.authors());
        r.organisation = blankToNull(in.organisation());
        r.publisher = blankToNull(in.publisher());
        r.year = in.year();
        r.language = in.language() == null ? "nl" : in.language();
        r.url = blankToNull(in.url());
        r.durationMinutes = in.durationMinutes();
        r.summary = in.summary().trim();
        r.themes = in.themes() == null ? new String[0] : in.themes().stream().distinct().toArray(String[]::new);
        r.dimensionKeys = in.dimensionKeys() == null ? new String[0] : in.dimensionKeys().stream().distinct().toArray(String[]::new);
        r.concepts = concepts(in.concepts(), List.of(r.dimensionKeys));
        r.audience = in.audience() == null ? new String[0] : in.audience().stream().distinct().toArray(String[]::new);
        r.sector = blankToNull(in.sector());
        r.category = in.category();
        r.successFactors = blankToNull(in.successFactors());
    }

    /** The concepts a curator names (each must be in the vocabulary: 422 naming it), else those of the dimension keys. */
    private String[] concepts(List<String> named, List<String> dimensionKeys) {
        if (named == null) {
            return conceptTags.fromDimensions(dimensionKeys).toArray(String[]::new);
        }
        List<nl.leercultuur.platform.problem.Problem.FieldError> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            if (!conceptTags.isConcept(named.get(i))) {
                unknown.add(new nl.leercultuur.platform.problem.Problem.FieldError("concepts[" + i + "]",
                        "no concept '" + named.get(i) + "' in the shared vocabulary"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        return named.stream().distinct().toArray(String[]::new);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void history(Resource r, String action, Resource.Status from, Resource.Status to) {
        em.createNativeQuery("INSERT INTO resource_history (resource_id, actor, action, from_status, to_status) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, r.id).setParameter(2, caller.subject()).setParameter(3, action)
                .setParameter(4, from == null ? null : from.name()).setParameter(5, to == null ? null : to.name())
                .executeUpdate();
    }

    private static Resource find(UUID id) {
        Resource r = Resource.findById(id);
        if (r == null) {
            throw ProblemException.notFound("resource", id);
        }
        return r;
    }

    static ResourceView publicView(Resource r) {
        return new ResourceView(r.id, r.kind, r.title, r.authors, r.organisation, r.publisher, r.year, r.language, r.url,
                r.durationMinutes, r.summary, List.of(r.themes), List.of(r.dimensionKeys),
                r.concepts == null ? List.of() : List.of(r.concepts), List.of(r.audience), r.sector,
                r.category, r.successFactors, r.status.name(), null, null, null, sharedPractice(r));
    }

    static ResourceDtos.SharedPractice sharedPractice(Resource r) {
        if (r.organisationId == null && r.contactRole == null && r.whatMadeItWork == null && r.preconditions == null) {
            return null;
        }
        return new ResourceDtos.SharedPractice(r.organisationId, r.contactRole,
                r.whatMadeItWork == null ? null : List.of(r.whatMadeItWork),
                r.preconditions == null ? null : List.of(r.preconditions));
    }

    static ResourceView curatorView(Resource r) {
        ResourceView p = publicView(r);
        return new ResourceView(p.id(), p.kind(), p.title(), p.authors(), p.organisation(), p.publisher(), p.year(),
                p.language(), p.url(), p.durationMinutes(), p.summary(), p.themes(), p.dimensionKeys(), p.concepts(), p.audience(),
                p.sector(), p.category(), p.successFactors(), p.status(), null,
                new Curation(r.createdBy, r.createdAt, r.updatedBy, r.updatedAt, r.submittedBy, r.submittedAt,
                        r.publishedBy, r.publishedAt, r.archivedBy, r.archivedAt, r.sharedBy), r.lockVersion, p.practice());
    }
}
