package nl.leercultuur.catalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import nl.leercultuur.catalog.resource.ConceptTags;
import nl.leercultuur.catalog.resource.Resource;
import nl.leercultuur.catalog.resource.ResourceDtos;
import nl.leercultuur.catalog.resource.ResourceDtos.Facet;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import nl.leercultuur.catalog.resource.ResourceDtos.SearchResult;
import nl.leercultuur.platform.sql.SqlValues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Catalogue search: Dutch full-text search with accents folded (PostgreSQL's configuration dutch_unaccent:
 * "leren" finds "leert", "creeren" finds "creëren"), ranked with title above authors and themes above summary,
 * answered from the {@link SearchIndex} kept beside the database.
 * When the words match nothing, the query is matched again by trigram word similarity against titles, authors,
 * organisations and themes, so a misspelled word still finds its entry ({@code match = "similar"}).
 * Filters, facet counts over the whole result, three sort orders with the id as last key for a stable order.
 */
@ApplicationScoped
public class ResourceSearch {

    static final String COLUMNS = "id, kind, title, authors, organisation, publisher, year, language, url, duration_minutes, "
            + "summary, themes, dimension_keys, concepts, audience, sector, category, success_factors, status, organisation_id, contact_role, "
            + "what_made_it_work, preconditions";

    public enum Sort { RELEVANCE, NEWEST, TITLE }

    public record Criteria(String q, List<String> kinds, String theme, String dimension, String concept, String audience, String language,
                           Integer minDuration, Integer maxDuration, Integer yearFrom, Integer yearTo,
                           Resource.Status status, Sort sort, int page, int size) {
    }

    private static final String[] FACETS = {"kind", "theme", "dimension", "audience", "language"};

    /** Recommendations and the concepts they were looked up by (those asked and those the dimensions stand for). */
    public record Recommended(List<String> concepts, List<ResourceView> items) {
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ResourceSearch.class);

    private final EntityManager em;
    private final ConceptTags conceptTags;
    private final SearchIndex index;
    private final java.util.concurrent.atomic.AtomicLong fallbacks = new java.util.concurrent.atomic.AtomicLong();

    private final javax.sql.DataSource dataSource;

    ResourceSearch(EntityManager em, ConceptTags conceptTags, SearchIndex index, javax.sql.DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
        this.conceptTags = conceptTags;
        this.index = index;
    }

    /**
     * The database's path (the similarity fallback, and every search when the index cannot answer) ranks at most this
     * many matches: the first the index yields (with more, {@code rankedCandidates} says so and the pages in relevance
     * order end there). The title and newest orders and the total cover every match.
     */
    public static final int RANK_LIMIT = 1000;

    /**
     * On the database's path, above this many matches the facets are counted over the first FACET_LIMIT matches and
     * scaled to the exact total ({@code facetsApproximate}); up to it they are exact. The same sample as relevance ranks,
     * so that one bounded pass serves both.
     */
    public static final int FACET_LIMIT = RANK_LIMIT;

    /**
     * Words (normalised by PostgreSQL's to_tsquery, so stems, accents and stop words are the database's) and filters
     * are answered by the {@link SearchIndex}: exact total and facets, every match ranked. When the words match nothing,
     * the index looks for words near them ({@link SearchIndex#similarWords}, {@code match = "similar"}). A search the
     * index cannot answer (an operator it does not evaluate, or an index that could not catch up: logged) is answered by
     * the database: the same matches, with the trigram similarity of PostgreSQL for words that match nothing.
     */
    public SearchResult search(Criteria c) {
        try {
            SearchResult found = viaIndex(c);
            if (found != null) {
                return found;
            }
        } catch (java.io.IOException | RuntimeException e) {
            fallbacks.incrementAndGet();
            LOG.warnf("search index could not answer (%s); searching the database", e.getMessage());
        }
        return inDatabase(c, DutchQuery.tsquery(c.q()), sort(c));
    }

    /** How many searches the index could not answer since start (each logged). */
    long fallbacks() {
        return fallbacks.get();
    }

    private static Sort sort(Criteria c) {
        return c.sort() != null ? c.sort() : c.q() != null && DutchQuery.tsquery(c.q()) != null ? Sort.RELEVANCE : Sort.TITLE;
    }

    /**
     * The index's answer (words that match nothing: the similarity fallback), or null when it cannot evaluate the words.
     * The index is searched as it stands and the page's rows are read together with the changes it may have missed, in
     * one statement: one round trip to the database per search. Only when it missed one (a write since it last looked)
     * does it apply what was committed and search again.
     */
    SearchResult viaIndex(Criteria c) throws java.io.IOException {
        SearchResult found = viaIndex(c, false);
        if (found != STALE) {
            return found;
        }
        searchedAgain.incrementAndGet();
        return viaIndex(c, true);
    }

    private final java.util.concurrent.atomic.AtomicLong searchedAgain = new java.util.concurrent.atomic.AtomicLong();

    /** How many searches since start found that the index had missed a change, and searched again after applying it. */
    long searchedAgain() {
        return searchedAgain.get();
    }

    /** A marker: the index missed a change committed before the page's rows were read. */
    private static final SearchResult STALE = new SearchResult(List.of(), 0, 0, 0, "stale", Map.of(), false, null);

    /** {@code look}: apply what was committed before searching; otherwise search as held and check with the rows. */
    private SearchResult viaIndex(Criteria c, boolean look) throws java.io.IOException {
        String tsquery = DutchQuery.tsquery(c.q());
        boolean text = tsquery != null;
        org.apache.lucene.search.Query words = text ? SearchIndex.words(normalised(tsquery)) : null;
        if (text && words == null) {
            return null;
        }
        SearchIndex.Hits hits = look ? index.search(c, words, sort(c)) : index.searchAsHeld(c, words, sort(c));
        SearchIndex.Held held = hits.held(); // the first search's state: the decision to look for similar words was taken on it
        String match = text ? "words" : "all";
        if (text && hits.total() == 0) {
            match = "similar";
            hits = index.searchNear(c, SearchIndex.similarWords(kept("fold", c.q().trim(), "SELECT lc_fold(:q)")), sort(c));
        }
        List<ResourceView> items = page(hits.ids(), hits.scores(), look ? null : held);
        if (items == null) {
            return STALE;
        }
        return new SearchResult(items, c.page(), c.size(), hits.total(), match, hits.facets(), false, null);
    }

    /**
     * PostgreSQL's normal form of the tsquery text: its lexemes as the entries' tsvectors hold them. Kept for the most
     * recent {@link #NORMALISED_KEPT} texts (the text search configuration changes only with a migration, and a new
     * version of the service starts with none kept).
     */
    private String normalised(String tsquery) {
        return kept("tsquery", tsquery, "SELECT to_tsquery('dutch_unaccent', :q)::text");
    }

    /** The text {@code sql} makes of {@code q} in PostgreSQL (its text search functions, immutable), kept. */
    private String kept(String what, String q, String sql) {
        String key = what + '\u0000' + q;
        String kept = normalisedKept.get(key);
        if (kept == null) {
            kept = (String) em.createNativeQuery(sql).setParameter("q", q).getSingleResult();
            normalisedKept.put(key, kept);
        }
        return kept;
    }

    static final int NORMALISED_KEPT = 10_000;
    private final Map<String, String> normalisedKept = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > NORMALISED_KEPT;
        }
    });

    /** The same search answered by the database alone (the fallback; tests compare the two). */
    SearchResult inDatabase(Criteria c, String tsquery, Sort sort) {
        boolean text = tsquery != null;
        Where w = where(c, text ? "search @@ to_tsquery('dutch_unaccent', :q)" : null, tsquery);
        String rank = text ? "ts_rank(search, to_tsquery('dutch_unaccent', :q))" : "NULL::float8";
        Tuple matched = matchOnce(w, rank, sort, text, c);
        if (text && ((Number) matched.get("total")).longValue() == 0) {
            return similar(c, sort);
        }
        return answer(c, matched, w, rank, sort, text, text ? "words" : "all");
    }

    /** Words that match nothing: the entries whose words are most like them (trigram word similarity), in the database. */
    private SearchResult similar(Criteria c, Sort sort) {
        Where w = where(c, "lc_fold(:q) <% search_words", c.q().trim());
        String rank = "word_similarity(lc_fold(:q), search_words)::float8";
        return answer(c, matchOnce(w, rank, sort, true, c), w, rank, sort, true, "similar");
    }

    private SearchResult answer(Criteria c, Tuple matched, Where w, String rank, Sort sort, boolean text, String match) {
        long total = ((Number) matched.get("total")).longValue();
        boolean sampled = total > FACET_LIMIT;
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<Facet> counted = facets(matched.get(facet + "_facet", String.class));
            facets.put(facet, sampled ? scaled(counted, total, FACET_LIMIT) : counted);
        }
        boolean ranked = sort == Sort.RELEVANCE && text;
        List<ResourceView> items = page(uuids(matched.get("page_ids", String.class)), rank.contains(":q") ? w : null, rank);
        return new SearchResult(items, c.page(), c.size(), total, match, facets, sampled,
                ranked && total > RANK_LIMIT ? RANK_LIMIT : null);
    }

    private static String order(Sort sort, boolean text) {
        return switch (sort) {
            case RELEVANCE -> text ? "rank DESC, lower(title), id" : "lower(title), id";
            case NEWEST -> "year DESC NULLS LAST, created_at DESC, id";
            case TITLE -> "lower(title), id";
        };
    }

    /**
     * Evaluates the match in one statement and derives from it the exact total, the ids of the requested page in order,
     * and every facet (over the first FACET_LIMIT matches); the page's rows are then read by primary key. Visiting the
     * matching rows is what costs: every exact count needs them all (their index conditions are rechecked on the rows).
     * <ul>
     * <li>Relevance order (words): the page is ranked and the facets are counted among the first RANK_LIMIT matches the
     * index yields, a materialised CTE of their narrow columns that stops the scan there; when that sample is full, the
     * total is a count of its own, which projects no column (PostgreSQL runs the uncorrelated subquery only when the
     * CASE reaches it, so fewer matches, or none before the trigram fallback, cost one scan). For a common word (7,500 of
     * 100,000 entries) this took a query from 42 to 26 ms on its own, against materialising every match.</li>
     * <li>Title and newest order: a materialised CTE of the narrow columns of every match, in one pass, so that the page
     * is exact over them all (a walk along the title index would stop early only when matches are spread evenly over
     * it, and the planner cannot know).</li>
     * </ul>
     */
    private Tuple matchOnce(Where w, String rank, Sort sort, boolean text, Criteria c) {
        String order = order(sort, text);
        boolean ranked = sort == Sort.RELEVANCE && text;
        String facets = facetSql("kind", false) + " AS kind_facet, " + facetSql("themes", true) + " AS theme_facet, "
                + facetSql("dimension_keys", true) + " AS dimension_facet, " + facetSql("audience", true) + " AS audience_facet, "
                + facetSql("language", false) + " AS language_facet";
        String sql = ranked
                ? "WITH faceted AS MATERIALIZED (SELECT id, kind, language, themes, dimension_keys, audience, title, " + rank
                        + " AS rank FROM resource" + w.sql + " LIMIT " + RANK_LIMIT + ") SELECT "
                        + "(SELECT CASE WHEN n < " + RANK_LIMIT + " THEN n ELSE (SELECT count(*) FROM resource" + w.sql
                        + ") END FROM (SELECT count(*) AS n FROM faceted) s) AS total, "
                        + pageSql("faceted", order) + " AS page_ids, " + facets
                : "WITH matched AS MATERIALIZED (SELECT id, kind, language, themes, dimension_keys, audience, title, year, "
                        + "created_at FROM resource" + w.sql + "), faceted AS MATERIALIZED (SELECT * FROM matched LIMIT "
                        + FACET_LIMIT + ") SELECT (SELECT count(*) FROM matched) AS total, "
                        + pageSql("matched", order) + " AS page_ids, " + facets;
        Query q = w.bind(em.createNativeQuery(sql, Tuple.class));
        q.setParameter("limit", c.size()).setParameter("offset", (long) c.page() * c.size());
        return (Tuple) q.getSingleResult();
    }

    /** The ids of the requested page of {@code from}, in {@code order}, as one comma-separated text. */
    private static String pageSql(String from, String order) {
        return "(SELECT coalesce(string_agg(id::text, ',' ORDER BY n), '') FROM (SELECT id, row_number() OVER (ORDER BY "
                + order + ") AS n FROM " + from + " ORDER BY " + order + " LIMIT :limit OFFSET :offset) p)";
    }

    /** Facet counts per entry: a value an entry lists twice counts once, as in the summary. */
    private static String facetSql(String column, boolean array) {
        String values = array ? "(SELECT DISTINCT id, unnest(" + column + ") AS v FROM faceted) d" : "(SELECT " + column + " AS v FROM faceted) d";
        return "(SELECT coalesce(string_agg(v || '=' || n, ',' ORDER BY n DESC, v), '') FROM (SELECT v, count(*) AS n FROM "
                + values + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50) f WHERE v IS NOT NULL)";
    }

    /** Counts over a sample of {@code sample} matches scaled to the exact total: estimates, flagged as such. */
    private static List<Facet> scaled(List<Facet> counted, long total, long sample) {
        return counted.stream().map(f -> new Facet(f.value(), Math.max(1, Math.round((double) f.count() * total / sample)))).toList();
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

    /**
     * The rows of one page found by the index, in its order, each with its relevance (null when not ranked). With
     * {@code held}, the same statement asks for the changes the index may not hold: null when it missed one. Read with
     * JDBC: the ORM's handling of a native query's result cost more than the statement itself.
     */
    private List<ResourceView> page(List<UUID> ids, List<Double> scores, SearchIndex.Held held) {
        if (ids.isEmpty() && held == null) {
            return List.of();
        }
        Map<UUID, ResourceView> byId = new java.util.HashMap<>();
        // one row even for an empty page (LEFT JOIN … ON true), so that the changes are always answered
        String sql = "SELECT s.changed, r.* FROM (SELECT " + (held != null ? held.changesSince() : "NULL::bigint[]") + " AS changed) s "
                + "LEFT JOIN (SELECT " + COLUMNS + ", p.rank AS rank FROM resource JOIN "
                + "unnest(CAST(? AS uuid[]), CAST(? AS float8[])) AS p(id, rank) USING (id)) r ON true";
        try (java.sql.Connection db = dataSource.getConnection();
             java.sql.PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            ps.setArray(2, db.createArrayOf("float8", scores.toArray()));
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                java.util.function.Function<String, Object> column = name -> {
                    try {
                        return rs.getObject(name);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                };
                boolean first = true;
                while (rs.next()) {
                    if (first && held != null && !held.holds((Long[]) rs.getArray("changed").getArray())) {
                        return null; // the same array on every row: read once
                    }
                    first = false;
                    if (rs.getObject("id") != null) {
                        ResourceView v = view(column);
                        byId.put(v.id(), v);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The rows of one page, in the page's order, with their rank when the query has text. */
    private List<ResourceView> page(List<UUID> ids, Where textWhere, String rank) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // IN (SELECT unnest(…)): the list is parsed once. "id = ANY (CAST(:ids AS uuid[]))" parsed it again for every row
        // a sequential scan passed (a small catalogue is read that way): 2.1 ms of PostgreSQL's time for a page of 20
        // among 144 entries, against 0.1-0.2 ms
        Query q = em.createNativeQuery("SELECT " + COLUMNS + ", " + rank + " AS rank FROM resource WHERE id IN (SELECT unnest(CAST(:ids AS uuid[])))",
                Tuple.class);
        q.setParameter("ids", SqlValues.arrayLiteral(ids));
        if (textWhere != null) {
            q.setParameter("q", textWhere.params.get("q"));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        Map<UUID, ResourceView> byId = new java.util.HashMap<>();
        rows.forEach(t -> byId.put(t.get("id", UUID.class), view(t)));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Published entries for the weakest dimensions or for concepts. A dimension key is helped by an entry tagged with it
     * or with a concept it stands for in the vocabulary (so "team-ambition" finds what is tagged "learning-ambition").
     * Order: how many of the things asked an entry helps with, then how many dimension keys it carries itself, then a
     * matching theme, then newest. Instrument descriptions say how to measure, not how to improve: left out.
     */
    public Recommended recommend(List<String> dimensions, List<String> concepts, List<String> themes, int limit) {
        java.util.LinkedHashSet<String> looked = new java.util.LinkedHashSet<>(concepts);
        StringBuilder helps = new StringBuilder("0::int");
        StringBuilder direct = new StringBuilder("0::int"); // a cast, not a column position
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            java.util.Set<String> of = conceptTags.conceptsOf(dimensions.get(i));
            looked.addAll(of);
            helps.append(" + (dimension_keys @> ARRAY[CAST(:d").append(i).append(" AS text)] OR concepts && CAST(:dc").append(i).append(" AS text[]))::int");
            direct.append(" + (dimension_keys @> ARRAY[CAST(:d").append(i).append(" AS text)])::int");
            params.put("d" + i, dimensions.get(i));
            params.put("dc" + i, SqlValues.arrayLiteral(of));
        }
        java.util.Set<String> ofDimensions = new java.util.HashSet<>();
        for (String d : dimensions) {
            ofDimensions.addAll(conceptTags.conceptsOf(d));
        }
        for (int i = 0; i < concepts.size(); i++) {
            if (ofDimensions.contains(concepts.get(i))) {
                continue; // asked as a dimension already (dimension=team-ambition&concept=learning-ambition): counted once
            }
            helps.append(" + (concepts @> ARRAY[CAST(:c").append(i).append(" AS text)])::int");
            params.put("c" + i, concepts.get(i));
        }
        Query q = em.createNativeQuery("SELECT " + COLUMNS + ", (" + helps + ")::float8 AS rank FROM resource "
                + "WHERE status = 'PUBLISHED' AND kind <> 'instrument-description' "
                + "AND (dimension_keys && CAST(:dims AS text[]) OR concepts && CAST(:concepts AS text[])) "
                + "ORDER BY rank DESC, (" + direct + ") DESC, (themes && CAST(:themes AS text[])) DESC, year DESC NULLS LAST, "
                + "published_at DESC NULLS LAST, id LIMIT :limit", Tuple.class)
                .setParameter("dims", SqlValues.arrayLiteral(dimensions)).setParameter("concepts", SqlValues.arrayLiteral(looked))
                .setParameter("themes", SqlValues.arrayLiteral(themes)).setParameter("limit", limit);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        return new Recommended(List.copyOf(looked), rows.stream().map(ResourceSearch::view).toList());
    }

    private static Where where(Criteria c, String textCondition, String textValue) {
        Where w = new Where();
        w.add("status = :status", "status", (c.status() == null ? Resource.Status.PUBLISHED : c.status()).name());
        if (textCondition != null) {
            w.add(textCondition, "q", textValue);
        }
        if (c.kinds() != null && c.kinds().size() == 1) {
            w.add("kind = :kind", "kind", c.kinds().get(0)); // so that an index on (kind, order) gives the order
        } else if (c.kinds() != null && !c.kinds().isEmpty()) {
            w.add("kind = ANY (CAST(:kinds AS text[]))", "kinds", SqlValues.arrayLiteral(c.kinds()));
        }
        if (c.theme() != null) {
            w.add("themes @> ARRAY[CAST(:theme AS text)]", "theme", c.theme());
        }
        if (c.dimension() != null) {
            w.add("dimension_keys @> ARRAY[CAST(:dimension AS text)]", "dimension", c.dimension());
        }
        if (c.concept() != null) {
            w.add("concepts @> ARRAY[CAST(:concept AS text)]", "concept", c.concept());
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

    /** An entry as read with {@link #COLUMNS} and its {@code rank} (null without a text query). */
    static ResourceView view(Tuple t) {
        return view(t::get);
    }

    /** An entry from its columns by name ({@link #COLUMNS} and {@code rank}), as a Tuple or a ResultSet gives them. */
    static ResourceView view(java.util.function.Function<String, Object> column) {
        Number rank = (Number) column.apply("rank");
        return new ResourceView((UUID) column.apply("id"), (String) column.apply("kind"), (String) column.apply("title"),
                (String) column.apply("authors"), (String) column.apply("organisation"), (String) column.apply("publisher"),
                (Integer) column.apply("year"), (String) column.apply("language"), (String) column.apply("url"),
                (Integer) column.apply("duration_minutes"), (String) column.apply("summary"), list(column.apply("themes")),
                list(column.apply("dimension_keys")), list(column.apply("concepts")), list(column.apply("audience")),
                (String) column.apply("sector"), (String) column.apply("category"), (String) column.apply("success_factors"),
                (String) column.apply("status"), rank == null ? null : rank.doubleValue(), null, null, practice(column));
    }

    /** What a member told about a practice they shared, or null for other entries. */
    private static ResourceDtos.SharedPractice practice(java.util.function.Function<String, Object> column) {
        String organisationId = (String) column.apply("organisation_id");
        String contactRole = (String) column.apply("contact_role");
        Object whatMadeItWork = column.apply("what_made_it_work");
        Object preconditions = column.apply("preconditions");
        if (organisationId == null && contactRole == null && whatMadeItWork == null && preconditions == null) {
            return null;
        }
        return new ResourceDtos.SharedPractice(organisationId, contactRole,
                whatMadeItWork == null ? null : list(whatMadeItWork), preconditions == null ? null : list(preconditions));
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
