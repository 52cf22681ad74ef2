package nl.leercultuur.catalog.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.catalog.resource.ResourceDtos.Facet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The catalogue's search index: every entry (any status) in a Lucene index in this replica's memory, so that a search
 * counts its total and every facet exactly and ranks every match, in a few milliseconds at 100,000 entries (in
 * PostgreSQL a common word's exact total alone visits thousands of heap pages). PostgreSQL stays the source of truth:
 * the words an entry is found by are its stored tsvector (Dutch stems, accents folded, weight per field), read as they
 * are, and a query's words are normalised by PostgreSQL's own {@code to_tsquery}, so the index matches exactly what
 * the database would.
 * <p>
 * Kept current from {@code catalogue_change} (V6, written by triggers in the writing transaction): before each search
 * it applies every change committed since it last looked, so a search sees every committed write, on any replica, and
 * never an uncommitted one (it reads in a transaction of its own). Empty at start, it is built on the first look (at
 * start-up and every 10 s by the scheduler, or by the first search), and again from scratch after a TRUNCATE, after
 * more than {@link #REBUILD_ABOVE} changes at once, or when it has not looked for longer than the change log keeps.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    /** More changed entries than this at once (a bulk load): built again from scratch instead. */
    static final int REBUILD_ABOVE = 20_000;
    /** The change log keeps a day; a replica that has not looked for half of it builds again. */
    static final Duration KEPT = Duration.ofDays(1);
    private static final Duration STALE = KEPT.dividedBy(2);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    /**
     * PostgreSQL's default weights of ts_rank (title A 1.0; authors, organisation and themes B 0.4; summary C 0.2; D 0.1)
     * as how often an occurrence counts in the one field of words: a word in the title counts 10 times, in the summary
     * twice. One posting list per word instead of one per weight: a common word's 7,500 matches are scored from one
     * list, not merged from four (BM25 on these counts keeps title above authors above summary).
     */
    private static final int[] REPEAT = {10, 4, 2, 1};
    private static final FieldType WORDS;
    /** The folded words of title, authors, organisation and themes (the column search_words), for words typed wrongly. */
    private static final FieldType NEAR;

    static {
        NEAR = new FieldType();
        NEAR.setIndexOptions(IndexOptions.DOCS);
        NEAR.setTokenized(true);
        NEAR.setOmitNorms(true);
        NEAR.freeze();
        WORDS = new FieldType();
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS.setTokenized(true);
        WORDS.freeze();
    }

    private static final String ROWS = "SELECT id, status, kind, language, themes, dimension_keys, concepts, audience, duration_minutes, "
            + "year, (extract(epoch FROM created_at) * 1000000)::bigint AS created, lower(title) AS title_key, search::text AS words, "
            + "search_words FROM resource";
    /**
     * The changes at or above the horizon, and the new horizon, in one snapshot. The horizon is written into the
     * statement (a number this class holds): as a parameter, PostgreSQL's generic plan for {@code xid >= $1} reads the
     * whole log (a third of it estimated to match), 100,000 rows after a bulk load, on every search.
     */
    private static final String CHANGES = "SELECT s.h, c.seq, c.xid, c.resource_id FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())"
            + "::text::bigint AS h) s LEFT JOIN catalogue_change c ON c.xid >= ";

    private final DataSource dataSource;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetCounter.Segments segments = new FacetCounter.Segments();

    // guarded by this
    private long horizon = -1; // oldest transaction running when last looked; -1: not built
    private final Map<Long, Long> applied = new HashMap<>(); // seq -> xid of changes at or above the horizon already applied
    private Instant lastLook = Instant.EPOCH;
    /** System.nanoTime() at the start of the last look that completed. */
    private volatile long lastLookStarted = System.nanoTime() - Duration.ofDays(1).toNanos();
    private Instant lastPrune = Instant.EPOCH;
    private int entries;

    SearchIndex(DataSource dataSource) {
        this.dataSource = dataSource;
        try {
            IndexWriterConfig config = new IndexWriterConfig().setMergeScheduler(new SerialMergeScheduler())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
    }

    /** Set once the application has started: the database is migrated (the scheduler may fire before that). */
    private volatile boolean started;

    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        started = true;
    }

    /** Looks for changes every 10 s, so that an idle replica keeps its horizon close and builds the index at start. */
    @Scheduled(every = "10s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        if (!started) {
            return;
        }
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("search index: could not apply the catalogue's changes (%s); searches read the database until it can", e.getMessage());
        }
    }

    /** What a search found: the exact total, the requested page's ids (with their relevance when ranked) and every facet. */
    public record Hits(long total, List<UUID> ids, List<Double> scores, Map<String, List<Facet>> facets, Held held) {
    }

    /**
     * What the index held when a search read it: every change committed below {@code horizon} (a transaction id), and of
     * those at or above it the ones in {@code applied} (their sequence numbers). The statement that reads a page's rows
     * asks in the same snapshot for the changes at or above the horizon ({@link #changesSince()}); when they are all
     * applied, the index held exactly what that snapshot holds, rows and matches agree, and no round trip of its own
     * was needed to know it.
     */
    public record Held(long horizon, Set<Long> applied) {

        /** SQL for the sequence numbers of the changes at or above the horizon, as a bigint[]. The horizon is written
         * into the statement, see {@link SearchIndex#CHANGES}. */
        public String changesSince() {
            return "ARRAY(SELECT seq FROM catalogue_change WHERE xid >= " + horizon + ")";
        }

        /** Whether the index held every change of {@code seqs} (from {@link #changesSince()}). */
        public boolean holds(Long[] seqs) {
            for (Long seq : seqs) {
                if (!applied.contains(seq)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The last state made searchable with its horizon; published after the searcher that holds it (see {@link #refresh}).
     * Not the same as {@link #horizon}, the writer's: that one is -1 while a build runs, when searches still read the
     * previous searcher and the state it held.
     */
    private volatile Held held = new Held(-1, Set.of());

    /**
     * Searches the index after applying every committed change. {@code words} is the Lucene query of the words (from
     * {@link #words}), or null for none.
     */
    public Hits search(ResourceSearch.Criteria c, Query words, ResourceSearch.Sort sort) throws IOException {
        return search(c, words, sort, false, true);
    }

    /**
     * Searches what the index holds now, without asking the database for changes first: the caller checks with
     * {@link Hits#held()} in the statement that reads its rows and searches again with {@link #search} when the index
     * missed a change. Only an index never built is built first.
     */
    public Hits searchAsHeld(ResourceSearch.Criteria c, Query words, ResourceSearch.Sort sort) throws IOException {
        return search(c, words, sort, false, false);
    }

    /**
     * {@link #searchAsHeld} for {@link #similarWords} (the search of the typed words before it decided whether the index
     * is current): their expansion to the index's words near them (building a Levenshtein automaton per typed word,
     * some milliseconds for a long word) is kept while the index does not change.
     */
    public Hits searchNear(ResourceSearch.Criteria c, Query near, ResourceSearch.Sort sort) throws IOException {
        return search(c, near, sort, true, false);
    }

    private record Expanded(IndexReader reader, Query query) {
    }

    private final Map<Query, Expanded> expanded = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, Expanded> eldest) {
            return size() > 1_000;
        }
    });

    private Hits search(ResourceSearch.Criteria c, Query words, ResourceSearch.Sort sort, boolean expand, boolean look) throws IOException {
        // an index not built, or not looked at for longer than the change log keeps changes (a paused process), looks first
        if (look || held.horizon() < 0 || System.nanoTime() - lastLookStarted > STALE.toNanos()) {
            catchUp();
        }
        Held state = held; // read before the searcher: the searcher holds at least this state
        if (state.horizon() < 0) { // a look failed meanwhile: the database answers (ResourceSearch's fallback)
            throw new IllegalStateException("the search index is being built again after a failed look");
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            if (expand) {
                Expanded kept = expanded.get(words);
                if (kept == null || kept.reader() != searcher.getIndexReader()) {
                    kept = new Expanded(searcher.getIndexReader(), searcher.rewrite(words));
                    expanded.put(words, kept);
                }
                words = kept.query();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            query.add(words != null ? words : new MatchAllDocsQuery(), words != null ? Occur.MUST : Occur.FILTER);
            filters(c, query);
            boolean ranked = sort == ResourceSearch.Sort.RELEVANCE && words != null;
            Ranking.Orders orders = orders(searcher.getIndexReader());
            int[] positions = sort == ResourceSearch.Sort.NEWEST ? orders.byNewest() : orders.byTitle();
            int from = c.page() * c.size();
            int wanted = Math.max(1, Math.min(from + c.size(), searcher.getIndexReader().maxDoc()));
            Object[] found = searcher.search(query.build(),
                    new MultiCollectorManager(new Ranking.Manager(positions, ranked, wanted), new FacetCounter.Manager(segments)));
            Ranking.Found best = (Ranking.Found) found[0];
            @SuppressWarnings("unchecked")
            Map<String, List<Facet>> facets = (Map<String, List<Facet>>) found[1];
            List<UUID> ids = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (int i = from; i < best.best().size(); i++) {
                Ranking.Hit hit = best.best().get(i);
                ids.add(UUID.fromString(orders.ids()[hit.doc()].utf8ToString()));
                scores.add(ranked ? (double) hit.score() : null);
            }
            return new Hits(best.total(), ids, scores, facets, state);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The Lucene query for PostgreSQL's normalised tsquery text ({@code ( 'leert' | 'ler' ) & 'organisatie'}): each
     * lexeme matches the entry's words, scored by how often and with what weight the entry holds it; {@code &} and
     * {@code |} as in PostgreSQL.
     * An empty text (only stop words) matches nothing, as in PostgreSQL. Null when the text holds an operator the index
     * does not evaluate (negation, phrase, prefix): such a query is answered by the database.
     */
    static Query words(String tsquery) {
        if (tsquery.isBlank()) {
            return new BooleanQuery.Builder().build(); // matches nothing
        }
        try {
            TsqueryParser p = new TsqueryParser(tsquery);
            Query q = p.or();
            return p.atEnd() ? q : null;
        } catch (IllegalArgumentException unsupported) {
            return null;
        }
    }

    /**
     * For words that match nothing as words ({@code match = "similar"}): entries with a word in their title, authors,
     * organisation or themes within one edit (words of 3-5 letters) or two (6 or more) of a typed word, a transposition
     * counting as one ("veranderbereidhied" finds "veranderbereidheid"), or starting with a typed word of 4 or more
     * letters ("verander" finds "verandermanagement"), for at least 60 % of the typed words; the more typed words an entry
     * is near, the higher. {@code folded}
     * is the typed text folded as the column is (lower case, accents removed: PostgreSQL's lc_fold).
     */
    /** How many of the index's words one typed word may stand for (Lucene's default, 50, left entries out). */
    static final int NEAR_EXPANSIONS = 1_000;

    static Query similarWords(String folded) {
        List<String> typed = java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3).distinct().limit(12).toList();
        // most of the typed words must be near one of the entry's, as PostgreSQL's word similarity asked most of the
        // typed text to be like the entry's words: a long title that is no longer published finds nothing else
        BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(0.6 * typed.size())));
        for (String w : typed) {
            BooleanQuery.Builder near = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            near.add(new org.apache.lucene.search.FuzzyQuery(new Term("near", w), w.length() >= 6 ? 2 : 1, 0, NEAR_EXPANSIONS, true), Occur.SHOULD);
            if (w.length() >= 4) {
                near.add(new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.PrefixQuery(new Term("near", w)), 0.5f), Occur.SHOULD);
            }
            most.add(near.build(), Occur.SHOULD);
        }
        return most.build();
    }

    private static final class TsqueryParser {
        private final String s;
        private int i;

        TsqueryParser(String s) {
            this.s = s;
        }

        boolean atEnd() {
            skip();
            return i == s.length();
        }

        Query or() {
            List<Query> any = new ArrayList<>(List.of(and()));
            while (peek('|')) {
                i++;
                any.add(and());
            }
            return combine(any, Occur.SHOULD);
        }

        Query and() {
            List<Query> all = new ArrayList<>(List.of(atom()));
            while (peek('&')) {
                i++;
                all.add(atom());
            }
            return combine(all, Occur.MUST);
        }

        /** One query alone as it is; more joined by {@code occur} (at least one of them for SHOULD). */
        private static Query combine(List<Query> queries, Occur occur) {
            if (queries.size() == 1) {
                return queries.get(0);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            if (occur == Occur.SHOULD) {
                b.setMinimumNumberShouldMatch(1);
            }
            queries.forEach(q -> b.add(q, occur));
            return b.build();
        }

        Query atom() {
            if (peek('(')) {
                i++;
                Query q = or();
                if (!peek(')')) {
                    throw new IllegalArgumentException("unbalanced");
                }
                i++;
                return q;
            }
            if (!peek('\'')) {
                throw new IllegalArgumentException("unsupported at " + i);
            }
            i++;
            StringBuilder lexeme = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw new IllegalArgumentException("unterminated");
                }
                char ch = s.charAt(i++);
                if (ch == '\'') {
                    if (i < s.length() && s.charAt(i) == '\'') {
                        lexeme.append('\'');
                        i++;
                        continue;
                    }
                    break;
                }
                if (ch == '\\' && i < s.length()) {
                    ch = s.charAt(i++);
                }
                lexeme.append(ch);
            }
            if (i < s.length() && s.charAt(i) == ':') {
                throw new IllegalArgumentException("prefix or weight");
            }
            return lexeme(lexeme.toString());
        }

        private boolean peek(char ch) {
            skip();
            return i < s.length() && s.charAt(i) == ch;
        }

        private void skip() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
    }

    private static Query lexeme(String lexeme) {
        return new TermQuery(new Term("words", lexeme));
    }

    private static void filters(ResourceSearch.Criteria c, BooleanQuery.Builder q) {
        String status = (c.status() == null ? nl.leercultuur.catalog.resource.Resource.Status.PUBLISHED : c.status()).name();
        q.add(new TermQuery(new Term("status", status)), Occur.FILTER);
        if (c.kinds() != null && c.kinds().size() == 1) {
            q.add(new TermQuery(new Term("kind", c.kinds().get(0))), Occur.FILTER);
        } else if (c.kinds() != null && !c.kinds().isEmpty()) {
            q.add(new TermInSetQuery("kind", c.kinds().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        term(q, "theme", c.theme());
        term(q, "dimension", c.dimension());
        term(q, "concept", c.concept());
        term(q, "audience", c.audience());
        term(q, "language", c.language());
        if (c.minDuration() != null || c.maxDuration() != null) {
            q.add(range("duration", c.minDuration(), c.maxDuration()), Occur.FILTER);
        }
        if (c.yearFrom() != null || c.yearTo() != null) {
            q.add(range("year", c.yearFrom(), c.yearTo()), Occur.FILTER);
        }
    }

    /**
     * A range of a number: read from the points when it leads the search (filters only), checked on each match's doc
     * value when words lead (so that a range over half the catalogue is not collected in full for 7,500 matches).
     */
    private static Query range(String field, Integer from, Integer to) {
        int lower = from == null ? Integer.MIN_VALUE : from;
        int upper = to == null ? Integer.MAX_VALUE : to;
        return new org.apache.lucene.search.IndexOrDocValuesQuery(IntPoint.newRangeQuery(field, lower, upper),
                NumericDocValuesField.newSlowRangeQuery(field, lower, upper));
    }

    private static void term(BooleanQuery.Builder q, String field, String value) {
        if (value != null) {
            q.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private volatile Ranking.Orders orders;
    private long ordersVersion; // guarded by expanded's monitor

    /** The two orders of this state of the index, computed once per state (at the catch-up that made it). */
    private Ranking.Orders orders(IndexReader reader) throws IOException {
        Ranking.Orders o = orders;
        if (o == null || o.reader() != reader) {
            synchronized (expanded) {
                o = orders;
                if (o == null || o.reader() != reader) {
                    Ranking.Orders computed = Ranking.Orders.of(reader);
                    // a search still on an older state computes its orders without replacing the newer ones
                    long version = version(reader); // the reader is open (acquired by the caller); the kept one may be closed
                    if (o == null || version >= ordersVersion) {
                        orders = computed;
                        ordersVersion = version;
                    }
                    o = computed;
                }
            }
        }
        return o;
    }

    private static long version(IndexReader reader) {
        return reader instanceof org.apache.lucene.index.DirectoryReader d ? d.getVersion() : Long.MIN_VALUE;
    }

    /** Makes the new state of the index searchable, with its orders; expansions of the old state are let go. */
    private void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
        expanded.clear();
        IndexSearcher searcher = searchers.acquire();
        try {
            orders(searcher.getIndexReader());
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Applies every change committed before this call; builds the index from scratch when it has to. Concurrent
     * searches share a look: one that began after this call sees every commit this call must see, so a caller that
     * waited for the lock while such a look ran takes its result instead of looking again.
     */
    void catchUp() {
        long asked = System.nanoTime();
        if (lastLookStarted - asked >= 0) {
            return;
        }
        synchronized (this) {
            if (lastLookStarted - asked >= 0) {
                return;
            }
            long started = System.nanoTime();
            lookNow();
            lastLookStarted = started;
        }
    }

    /**
     * Looks in a transaction of its own, so that it never sees what the caller's transaction has not committed: when the
     * caller has none (a search request), on a connection in autocommit; otherwise in a new transaction beside it.
     */
    private void lookNow() {
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.requiringNew().run(this::lookOnce);
        } else {
            lookOnce();
        }
    }

    private void lookOnce() {
        try (Connection db = dataSource.getConnection()) {
            if (horizon < 0 || Instant.now().isAfter(lastLook.plus(STALE))) {
                rebuild(db);
            } else {
                applyChanges(db);
            }
            lastLook = Instant.now();
            if (lastLook.isAfter(lastPrune.plus(PRUNE_EVERY))) {
                try (PreparedStatement prune = db.prepareStatement("DELETE FROM catalogue_change WHERE at < now() - CAST(? AS interval)")) {
                    prune.setString(1, KEPT.toSeconds() + " seconds");
                    prune.executeUpdate();
                }
                lastPrune = lastLook;
            }
        } catch (SQLException e) {
            unbuilt();
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            unbuilt();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            unbuilt();
            throw e;
        }
    }

    /** Whatever failed, the next look (the next search's too) builds the index again rather than trust a part of it. */
    private void unbuilt() {
        horizon = -1;
        held = new Held(-1, Set.of());
    }

    private void applyChanges(Connection db) throws SQLException, IOException {
        long newHorizon = horizon;
        Map<Long, Long> fresh = new HashMap<>();
        Set<UUID> changed = new HashSet<>();
        boolean truncated = false;
        try (PreparedStatement ps = db.prepareStatement(CHANGES + horizon + " ORDER BY c.seq")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newHorizon = rs.getLong(1);
                    long seq = rs.getLong(2);
                    if (rs.wasNull() || applied.containsKey(seq)) {
                        continue;
                    }
                    fresh.put(seq, rs.getLong(3));
                    UUID id = rs.getObject(4, UUID.class);
                    if (id == null) {
                        truncated = true;
                    } else {
                        changed.add(id);
                    }
                }
            }
        }
        if (truncated || changed.size() > REBUILD_ABOVE) {
            rebuild(db);
            return;
        }
        if (!changed.isEmpty()) {
            Set<UUID> gone = new HashSet<>(changed);
            try (PreparedStatement ps = db.prepareStatement(ROWS + " WHERE id = ANY (?)")) {
                ps.setArray(1, db.createArrayOf("uuid", changed.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Document d = document(rs);
                        UUID id = rs.getObject("id", UUID.class);
                        gone.remove(id);
                        writer.updateDocument(new Term("id", id.toString()), d);
                    }
                }
            }
            for (UUID id : gone) {
                writer.deleteDocuments(new Term("id", id.toString()));
            }
            refresh();
            entries = writer.getDocStats().numDocs;
            LOG.debugf("search index: %d changed entries applied (%d in the index)", changed.size(), entries);
        }
        applied.putAll(fresh);
        long h = newHorizon;
        applied.values().removeIf(xid -> xid < h);
        horizon = newHorizon;
        held = new Held(horizon, Set.copyOf(applied.keySet()));
    }

    private void rebuild(Connection db) throws SQLException, IOException {
        boolean autocommit = db.getAutoCommit();
        if (autocommit) {
            db.setAutoCommit(false); // so that the rows are fetched 1,000 at a time, not all at once
        }
        try {
            rebuildFrom(db);
        } finally {
            if (autocommit) {
                db.commit();
                db.setAutoCommit(true);
            }
        }
    }

    private void rebuildFrom(Connection db) throws SQLException, IOException {
        long started = System.nanoTime();
        horizon = -1; // until the build has succeeded: a failure part-way leaves the next look to build again
        writer.deleteAll();
        applied.clear();
        long newHorizon = -1;
        int n = 0;
        // one statement, one snapshot: the horizon and the rows it read agree (also when there are none)
        try (PreparedStatement ps = db.prepareStatement("SELECT s.h, r.* FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS h) s "
                + "LEFT JOIN (" + ROWS + ") r ON true")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newHorizon = rs.getLong("h");
                    if (rs.getObject("id") != null) {
                        writer.addDocument(document(rs));
                        n++;
                    }
                }
            }
        }
        writer.forceMerge(1); // one segment: a search walks one set of postings and doc values
        refresh();
        horizon = newHorizon;
        held = new Held(horizon, Set.of());
        entries = n;
        LOG.infof("search index: built from %d catalogue entries in %d ms", n, (System.nanoTime() - started) / 1_000_000);
    }

    /** The number of entries in the index (every status). */
    synchronized int entries() {
        return entries;
    }

    private static Document document(ResultSet rs) throws SQLException {
        Document d = new Document();
        String id = rs.getObject("id", UUID.class).toString();
        d.add(new StringField("id", id, Field.Store.NO));
        d.add(new SortedDocValuesField("id", new BytesRef(id)));
        d.add(new StringField("status", rs.getString("status"), Field.Store.NO));
        keyword(d, "kind", rs.getString("kind"), false);
        keyword(d, "language", rs.getString("language"), false);
        for (String[] facet : new String[][]{{"theme", "themes"}, {"dimension", "dimension_keys"}, {"concept", "concepts"}, {"audience", "audience"}}) {
            for (String v : strings(rs.getArray(facet[1]))) {
                keyword(d, facet[0], v, true);
            }
        }
        int duration = rs.getInt("duration_minutes");
        if (!rs.wasNull()) {
            d.add(new IntPoint("duration", duration));
            d.add(new NumericDocValuesField("duration", duration));
        }
        int year = rs.getInt("year");
        if (!rs.wasNull()) {
            d.add(new IntPoint("year", year));
            d.add(new NumericDocValuesField("year", year));
        }
        d.add(new NumericDocValuesField("created", rs.getLong("created")));
        // the database's own lower(title), compared byte by byte: the order of lower(title) in a C collation
        String title = rs.getString("title_key");
        d.add(new SortedDocValuesField("title", new BytesRef(title == null ? "" : title)));
        String near = rs.getString("search_words");
        if (near != null) {
            List<String> folded = java.util.Arrays.stream(near.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).distinct().toList();
            d.add(new Field("near", new Tsvector.Lexemes(folded), NEAR));
        }
        List<List<String>> byWeight = Tsvector.lexemesByWeight(rs.getString("words"));
        List<String> words = new ArrayList<>();
        for (int w = 0; w < REPEAT.length; w++) {
            for (String lexeme : byWeight.get(w)) {
                for (int k = 0; k < REPEAT[w]; k++) {
                    words.add(lexeme);
                }
            }
        }
        d.add(new Field("words", new Tsvector.Lexemes(words), WORDS));
        return d;
    }

    private static void keyword(Document d, String field, String value, boolean many) {
        if (value == null) {
            return;
        }
        d.add(new StringField(field, value, Field.Store.NO));
        if (many) {
            d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        } else {
            d.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v != null) {
                out.add(v.toString());
            }
        }
        return out;
    }
}
