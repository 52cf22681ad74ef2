package nl.leercultuur.catalog.resource;

import nl.leercultuur.platform.sql.SqlValues;
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
        String rank = text ? "ts_rank(search, to_tsquery('dutch_unaccent', :q))" : "NULL::float8";
        Sort sort = c.sort() == null ? (text ? Sort.RELEVANCE : Sort.TITLE) : c.sort();
        Object[] row = matchOnce(w, rank, sort, text, c);
        if (text && ((Number) row[0]).longValue() == 0) {
            match = "similar";
            w = where(c, "lc_fold(:q) <% search_words", c.q().trim());
            rank = "word_similarity(lc_fold(:q), search_words)::float8";
            row = matchOnce(w, rank, sort, true, c);
        }
        long total = ((Number) row[0]).longValue();
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        String[] names = {"kind", "theme", "dimension", "audience", "language"};
        for (int i = 0; i < names.length; i++) {
            facets.put(names[i], facets((String) row[2 + i]));
        }
        List<ResourceView> items = page(uuids((String) row[1]), rank.contains(":q") ? w : null, rank);
        return new SearchResult(items, c.page(), c.size(), total, match, facets);
    }

    /**
     * Evaluates the match once (a materialised CTE) and derives from it the total, the ids of the requested page
     * in order, and every facet; the page's rows are then read by primary key.
     */
    private Object[] matchOnce(Where w, String rank, Sort sort, boolean text, Criteria c) {
        String order = switch (sort) {
            case RELEVANCE -> text ? "rank DESC, lower(title), id" : "lower(title), id";
            case NEWEST -> "year DESC NULLS LAST, created_at DESC, id";
            case TITLE -> "lower(title), id";
        };
        String sql = "WITH matched AS MATERIALIZED (SELECT id, kind, language, themes, dimension_keys, audience, title, year, "
                + "created_at, " + rank + " AS rank FROM resource" + w.sql + ") SELECT "
                + "(SELECT count(*) FROM matched), "
                + "(SELECT coalesce(string_agg(id::text, ',' ORDER BY n), '') FROM (SELECT id, row_number() OVER (ORDER BY "
                + order + ") AS n FROM matched ORDER BY " + order + " LIMIT :limit OFFSET :offset) p), "
                + facetSql("kind") + ", " + facetSql("unnest(themes)") + ", " + facetSql("unnest(dimension_keys)") + ", "
                + facetSql("unnest(audience)") + ", " + facetSql("language");
        Query q = w.bind(em.createNativeQuery(sql));
        q.setParameter("limit", c.size()).setParameter("offset", (long) c.page() * c.size());
        return (Object[]) q.getSingleResult();
    }

    private static String facetSql(String expression) {
        return "(SELECT coalesce(string_agg(v || '=' || n, ',' ORDER BY n DESC, v), '') FROM (SELECT " + expression
                + " AS v, count(*) AS n FROM matched GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50) f WHERE v IS NOT NULL)";
    }

    private static List<Facet> facets(String encoded) {
        List<Facet> out = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String part : encoded.split(",")) {
            int eq = part.lastIndexOf('=');
            out.add(new Facet(part.substring(0, eq), Long.parseLong(part.substring(eq + 1))));
        }
        return out;
    }

    private static List<UUID> uuids(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.stream(csv.split(",")).map(UUID::fromString).toList();
    }

    /** The rows of one page, in the page's order, with their rank when the query has text. */
    private List<ResourceView> page(List<UUID> ids, Where textWhere, String rank) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query q = em.createNativeQuery("SELECT " + COLUMNS + ", " + rank + " AS rank FROM resource WHERE id = ANY (CAST(:ids AS uuid[]))");
        q.setParameter("ids", SqlValues.arrayLiteral(ids));
        if (textWhere != null) {
            q.setParameter("q", textWhere.params.get("q"));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<UUID, ResourceView> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put((UUID) r[0], view(r)));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Published entries for the weakest dimensions: most matching dimensions first, then theme, then newest. */
    public List<ResourceView> recommend(List<String> dimensions, List<String> themes, int limit) {
        // how many of the asked dimensions an entry helps with, as a sum of containment tests (cheap per row)
        StringBuilder matches = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            matches.append(i == 0 ? "" : " + ").append("(dimension_keys @> ARRAY[CAST(:d").append(i).append(" AS text)])::int");
        }
        Query q = em.createNativeQuery("SELECT " + COLUMNS + ", (" + matches + ")::float8 AS rank "
                + "FROM resource WHERE status = 'PUBLISHED' AND dimension_keys && CAST(:dims AS text[]) "
                + "ORDER BY rank DESC, (themes && CAST(:themes AS text[])) DESC, year DESC NULLS LAST, "
                + "published_at DESC NULLS LAST, id LIMIT :limit")
                .setParameter("dims", SqlValues.arrayLiteral(dimensions)).setParameter("themes", SqlValues.arrayLiteral(themes)).setParameter("limit", limit);
        for (int i = 0; i < dimensions.size(); i++) {
            q.setParameter("d" + i, dimensions.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(ResourceSearch::view).toList();
    }

    private static Where where(Criteria c, String textCondition, String textValue) {
        Where w = new Where();
        w.add("status = :status", "status", (c.status() == null ? Resource.Status.PUBLISHED : c.status()).name());
        if (textCondition != null) {
            w.add(textCondition, "q", textValue);
        }
        if (c.kinds() != null && !c.kinds().isEmpty()) {
            w.add("kind = ANY (CAST(:kinds AS text[]))", "kinds", SqlValues.arrayLiteral(c.kinds()));
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

    static ResourceView view(Object[] r) {
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
