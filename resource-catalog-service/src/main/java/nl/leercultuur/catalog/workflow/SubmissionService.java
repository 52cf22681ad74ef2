package nl.leercultuur.catalog.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.leercultuur.catalog.organisation.OrganisationInfo;
import nl.leercultuur.catalog.organisation.OrganisationRegistry;
import nl.leercultuur.catalog.resource.Resource;
import nl.leercultuur.catalog.resource.ResourceDtos.PracticeSubmission;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import nl.leercultuur.catalog.resource.ResourceDtos.SubmissionView;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;
import nl.leercultuur.platform.sql.SqlValues;

import java.util.List;
import java.util.UUID;

/**
 * Good practices shared by members: an org-manager for their own organisation, a participant for an organisation of
 * the regional registry. A shared practice becomes a DRAFT good-practice entry that curators take through the usual
 * workflow ({@link CurationService}); the member follows it in their own list.
 */
@ApplicationScoped
public class SubmissionService {

    static final String SOURCE = "shared by member";

    private final Caller caller;
    private final OrganisationRegistry registry;
    private final CurationService curation;
    private final EntityManager em;

    SubmissionService(Caller caller, OrganisationRegistry registry, CurationService curation, EntityManager em) {
        this.caller = caller;
        this.registry = registry;
        this.curation = curation;
        this.em = em;
    }

    /**
     * Checks the request before anything is written: the contact a role (422), an org-manager only for their own
     * organisation (403), the organisation in the registry (422 unknown, 503 the registry away); no transaction is
     * open while the registry is asked.
     */
    public ResourceView submit(PracticeSubmission in) {
        ContactRoles.refusal(in.contactRole()).ifPresent(why -> {
            throw ProblemException.invalid("contactRole", why);
        });
        if (caller.has(Roles.ORG_MANAGER) && !caller.scope().mayActFor(in.organisationId())) {
            throw ProblemException.forbidden("an org-manager may only share practices of their own organisation");
        }
        OrganisationInfo organisation = registry.requireActive(in.organisationId(), "organisationId");
        return curation.draftShared(draft(in, organisation));
    }

    static Resource draft(PracticeSubmission in, OrganisationInfo organisation) {
        Resource r = new Resource();
        r.kind = "good-practice";
        r.title = in.title().strip();
        r.summary = in.summary().strip();
        r.organisationId = organisation.id();
        r.organisation = organisation.name();
        r.sector = organisation.sector();
        r.contactRole = in.contactRole().strip();
        r.category = in.category();
        r.whatMadeItWork = texts(in.whatMadeItWork());
        r.preconditions = texts(in.preconditions());
        // the public view's summary line of success factors, as the seed practices have it
        r.successFactors = String.join("; ", r.whatMadeItWork);
        r.url = in.url() == null || in.url().isBlank() ? null : in.url().strip();
        r.language = "nl";
        r.themes = new String[0];
        r.dimensionKeys = new String[0];
        r.audience = new String[0];
        r.source = SOURCE;
        return r;
    }

    private static String[] texts(List<String> texts) {
        return texts.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toArray(String[]::new);
    }

    /** The caller's shared practices, newest first, with where each stands and since when; nobody else's. */
    @Transactional
    public Page<SubmissionView> mine(int page, int size) {
        String me = caller.subject();
        long total = Resource.count("sharedBy", me);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT r.id, r.title, r.category, r.organisation_id, r.status, "
                        + "r.created_at AS shared_at, (SELECT max(h.at) FROM resource_history h WHERE h.resource_id = r.id "
                        + "AND h.from_status IS DISTINCT FROM h.to_status) AS status_changed_at "
                        + "FROM resource r WHERE r.shared_by = :me ORDER BY r.created_at DESC, r.id LIMIT :limit OFFSET :offset",
                        Tuple.class)
                .setParameter("me", me).setParameter("limit", size).setParameter("offset", (long) page * size)
                .getResultList();
        List<SubmissionView> items = rows.stream().map(t -> new SubmissionView(t.get("id", UUID.class),
                t.get("title", String.class), t.get("category", String.class), t.get("organisation_id", String.class),
                t.get("status", String.class), SqlValues.offsetDateTime(t.get("status_changed_at")),
                SqlValues.offsetDateTime(t.get("shared_at")))).toList();
        return new Page<>(items, page, size, total);
    }
}
