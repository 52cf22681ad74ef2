package nl.leercultuur.catalog.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.leercultuur.catalog.resource.ResourceDtos.Facet;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import nl.leercultuur.catalog.resource.ResourceDtos.SearchResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Catalogue search in PostgreSQL: Dutch full-text search with accents folded (configuration dutch_unaccent:
 * "leren" finds "leert", "creeren" finds "creëren"), ranked with title above authors and themes above summary.
 * When the words match nothing, the query is matched again by trigram word similarity against titles, authors,
 * organisations and themes, so a misspelled word still finds its entry ({@code match = "similar"}).
 * Filters, facet counts over the whole result, three sort orders with the id as last key for a stable order.
 */
@ApplicationScoped
public class ResourceSearch {

    static final String COLUMNS = "id, kind, title, authors, organisation, publisher, year, language, url, duration_minutes, "
            + "summary, themes, dimension_keys, audience, sector, category, success_factors, status";

    public enum Sort { RELEVANCE, NEWEST, TITLE }

    public record Criteria(String q, List<String> kinds, String theme, String dimension, String audience, String language,
                           Integer minDuration, Integer maxDuration, Integer yearFrom, Integer yearTo,
                           Resource.Status status, Sort sort, int page, int size) {
    }

    @Inject
    EntityManager em;

    public SearchResult search(Criteria c) {
        String tsquery = DutchQuery.tsquery(c.q());
        boolean text = tsquery != null;
        String match = text ? "words" : "all";
        Where w = where(c, text ? "search @@ to_tsquery('dutch_unaccent', :q)" : null, tsquery);
        long total = count(w);
        if (text && total == 0) {
            match = "similar";
            w = where(c, "lc_fold(:q) <% search_words", c.q().trim());
            total = count(w);
        }
        String rank = !text ? "NULL::float8"
                : match.equals("words") ? "ts_rank(search, to_tsquery('dutch_unaccent', :q))"
                : "word_similarity(lc_fold(:q), search_words)::float8";
        Sort sort = c.sort() == null ? (text ? Sort.RELEVANCE : Sort.TITLE) : c.sort();
        String order = switch (sort) {
            case RELEVANCE -> text ? "rank DESC, lower(title), id" : "lower(title), id";
            case NEWEST -> "year DESC NULLS LAST, created_at DESC, id";
            case TITLE -> "lower(title), id";
        };
        Query query = w.bind(em.createNativeQuery("SELECT " + COLUMNS + ", " + rank + " AS rank FROM resource" + w.sql
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset"));
        query.setParameter("limit", c.size()).setParameter("offset", (long) c.page() * c.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ResourceView> items = rows.stream().map(r -> view(r, false)).toList();
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        facets.put("kind", facet(w, "kind"));
        facets.put("theme", facet(w, "unnest(themes)"));
        facets.put("dimension", facet(w, "unnest(dimension_keys)"));
        facets.put("audience", facet(w, "unnest(audience)"));
        facets.put("language", facet(w, "language"));
        return new SearchResult(items, c.page(), c.size(), total, match, facets);
    }

    /** Published entries for the weakest dimensions: most matching dimensions first, then theme, then newest. */
    public List<ResourceView> recommend(List<String> dimensions, List<String> themes, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + ", "
                        + "cardinality(ARRAY(SELECT unnest(dimension_keys) INTERSECT SELECT unnest(CAST(:dims AS text[]))))::float8 AS rank "
                        + "FROM resource WHERE status = 'PUBLISHED' AND dimension_keys && CAST(:dims AS text[]) "
                        + "ORDER BY rank DESC, (themes && CAST(:themes AS text[])) DESC, year DESC NULLS LAST, "
                        + "published_at DESC NULLS LAST, id LIMIT :limit")
                .setParameter("dims", array(dimensions)).setParameter("themes", array(themes))
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> view(r, false)).toList();
    }

    private static String array(List<String> values) {
        // Keys are validated against [a-z0-9-]; the literal form keeps the native query portable.
        return "{" + String.join(",", values) + "}";
    }

    private long count(Where w) {
        return ((Number) w.bind(em.createNativeQuery("SELECT count(*) FROM resource" + w.sql)).getSingleResult()).longValue();
    }

    private List<Facet> facet(Where w, String expression) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.bind(em.createNativeQuery("SELECT v, count(*) FROM (SELECT " + expression + " AS v FROM resource"
                + w.sql + ") f GROUP BY v ORDER BY count(*) DESC, v LIMIT 50")).getResultList();
        List<Facet> out = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[0] != null) {
                out.add(new Facet((String) r[0], ((Number) r[1]).longValue()));
            }
        }
        return out;
    }

    private static Where where(Criteria c, String textCondition, String textValue) {
        Where w = new Where();
        w.add("status = :status", "status", (c.status() == null ? Resource.Status.PUBLISHED : c.status()).name());
        if (textCondition != null) {
            w.add(textCondition, "q", textValue);
        }
        if (c.kinds() != null && !c.kinds().isEmpty()) {
            w.add("kind = ANY (CAST(:kinds AS text[]))", "kinds", array(c.kinds()));
        }
        if (c.theme() != null) {
            w.add("themes @> ARRAY[CAST(:theme AS text)]", "theme", c.theme());
        }
        if (c.dimension() != null) {
            w.add("dimension_keys @> ARRAY[CAST(:dimension AS text)]", "dimension", c.dimension());
        }
        if (c.audience() != null) {
            w.add("audience @> ARRAY[CAST(:audience AS text)]", "audience", c.audience());
        }
        if (c.language() != null) {
            w.add("language = :language", "language", c.language());
        }
        if (c.minDuration() != null) {
            w.add("duration_minutes >= :minDuration", "minDuration", c.minDuration());
        }
        if (c.maxDuration() != null) {
            w.add("duration_minutes <= :maxDuration", "maxDuration", c.maxDuration());
        }
        if (c.yearFrom() != null) {
            w.add("year >= :yearFrom", "yearFrom", c.yearFrom());
        }
        if (c.yearTo() != null) {
            w.add("year <= :yearTo", "yearTo", c.yearTo());
        }
        return w;
    }

    /** A WHERE clause and its parameters, bound the same way to the page, count and facet queries. */
    private static final class Where {
        final Map<String, Object> params = new LinkedHashMap<>();
        String sql = "";

        void add(String condition, String name, Object value) {
            sql += (sql.isEmpty() ? " WHERE " : " AND ") + condition;
            params.put(name, value);
        }

        Query bind(Query q) {
            params.forEach(q::setParameter);
            return q;
        }
    }

    static ResourceView view(Object[] r, boolean withCuration) {
        return new ResourceView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (Integer) r[6], (String) r[7], (String) r[8], (Integer) r[9], (String) r[10], list(r[11]), list(r[12]),
                list(r[13]), (String) r[14], (String) r[15], (String) r[16], (String) r[17],
                r.length > 18 && r[18] != null ? ((Number) r[18]).doubleValue() : null, null, null);
    }

    private static List<String> list(Object o) {
        if (o instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (o instanceof Object[] a) {
            return Arrays.stream(a).map(String::valueOf).toList();
        }
        if (o instanceof java.sql.Array a) {
            try {
                return Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }
}
