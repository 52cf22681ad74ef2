package nl.leercultuur.network.organisation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.organisation.OrganisationDtos.CreateOrganisation;
import nl.leercultuur.network.organisation.OrganisationDtos.OrganisationView;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.network.organisation.OrganisationDtos.UpdateOrganisation;
import nl.leercultuur.platform.problem.Problem.FieldError;
import nl.leercultuur.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The regional registry of member organisations; other services look organisations up here. */
@ApplicationScoped
public class OrganisationService {

    @Transactional
    public Page<OrganisationView> list(String sector, String region, Boolean active, String q, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (sector != null) {
            where.append(" and sector = :sector");
            p.put("sector", sector);
        }
        if (region != null) {
            where.append(" and region = :region");
            p.put("region", region);
        }
        if (active != null) {
            where.append(" and active = :active");
            p.put("active", active);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and lower(name) like :q");
            p.put("q", "%" + q.toLowerCase().trim() + "%");
        }
        var query = Organisation.find(where.toString(), Sort.by("name").and("id"), p);
        List<OrganisationView> items = query.page(page, size).<Organisation>list().stream().map(OrganisationView::of).toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional
    public OrganisationView get(String id) {
        return OrganisationView.of(find(id));
    }

    @Transactional
    public OrganisationView create(CreateOrganisation req) {
        if (Organisation.findById(req.id()) != null) {
            throw new ProblemException(409, "duplicate-organisation", "Conflict", "organisation '" + req.id() + "' already exists",
                    List.of(new FieldError("id", "already in use")), Map.of("id", req.id()));
        }
        Organisation sameName = Organisation.find("lower(name) = ?1", req.name().trim().toLowerCase()).firstResult();
        if (sameName != null) {
            throw new ProblemException(409, "duplicate-organisation", "Conflict",
                    "an organisation named '" + req.name() + "' already exists as '" + sameName.id + "'",
                    List.of(new FieldError("name", "already in use")), Map.of("id", sameName.id));
        }
        Organisation o = new Organisation();
        o.id = req.id();
        o.name = req.name().trim();
        o.sector = req.sector();
        o.region = req.region().trim();
        o.sizeClass = req.sizeClass();
        o.active = true;
        o.createdAt = OffsetDateTime.now();
        o.updatedAt = o.createdAt;
        o.persist();
        return OrganisationView.of(o);
    }

    @Transactional
    public OrganisationView update(String id, UpdateOrganisation req, String ifMatch) {
        Organisation o = find(id);
        nl.leercultuur.platform.api.EntityTags.requireMatch(ifMatch, o.lockVersion);
        if (o.lockVersion != req.version()) {
            throw new OptimisticLockException("stale version");
        }
        o.name = req.name().trim();
        o.sector = req.sector();
        o.region = req.region().trim();
        o.sizeClass = req.sizeClass();
        o.active = req.active();
        o.updatedAt = OffsetDateTime.now();
        Organisation.flush();
        return OrganisationView.of(o);
    }

    private static Organisation find(String id) {
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw ProblemException.notFound("organisation", id);
        }
        return o;
    }
}
