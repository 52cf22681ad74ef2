package nl.leercultuur.catalog.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import nl.leercultuur.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Published-catalogue search: Dutch full-text ranking over title, authors and summary, with filters. */
@ApplicationScoped
public class ResourceSearch {

    private static final String COLUMNS = "id, kind, title, authors, year, language, duration_minutes, summary, themes, dimension_keys, audience, status";

    @Inject
    EntityManager em;

    public Page<ResourceView> search(String q, String kind, String theme, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE status = 'PUBLISHED'");
        Map<String, Object> p = new LinkedHashMap<>();
        boolean text = q != null && !q.isBlank();
        if (text) {
            where.append(" AND search @@ websearch_to_tsquery('dutch', :q)");
            p.put("q", q.trim());
        }
        if (kind != null) {
            where.append(" AND kind = :kind");
            p.put("kind", kind);
        }
        if (theme != null) {
            where.append(" AND :theme = ANY (themes)");
            p.put("theme", theme);
        }
        String rank = text ? "ts_rank(search, websearch_to_tsquery('dutch', :q))" : "NULL::float8";
        String order = text ? " ORDER BY rank DESC, title, id" : " ORDER BY title, id";
        Query query = em.createNativeQuery("SELECT " + COLUMNS + ", " + rank + " AS rank FROM resource" + where + order
                + " LIMIT :limit OFFSET :offset");
        Query count = em.createNativeQuery("SELECT count(*) FROM resource" + where);
        p.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        query.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ResourceView> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(view(r));
        }
        return new Page<>(items, page, size, ((Number) count.getSingleResult()).longValue());
    }

    public ResourceView published(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + ", NULL::float8 FROM resource WHERE id = ?1 AND status = 'PUBLISHED'")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("resource", id);
        }
        return view(rows.get(0));
    }

    private static ResourceView view(Object[] r) {
        return new ResourceView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (Integer) r[4], (String) r[5],
                (Integer) r[6], (String) r[7], list(r[8]), list(r[9]), list(r[10]), (String) r[11],
                r[12] == null ? null : ((Number) r[12]).doubleValue());
    }

    private static List<String> list(Object o) {
        if (o instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (o instanceof java.sql.Array a) {
            try {
                return Arrays.asList((String[]) a.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }
}
