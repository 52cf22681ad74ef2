package nl.leercultuur.catalog.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.leercultuur.catalog.resource.ResourceDtos.Facet;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import nl.leercultuur.catalog.resource.ResourceDtos.SearchResult;
import nl.leercultuur.testkit.PlatformTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Searches with many matches through the search index, how the index follows committed writes (and only those), and a
 * second replica's index. The entries are committed under a theme and a word of their own and deleted again after
 * each test, so the seeded catalogue the other tests count stays as it was.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class LargeResultSearchTest {

    @Inject
    ResourceSearch search;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    static ResourceSearch.Criteria criteria(String q, String theme, String audience, ResourceSearch.Sort sort, int page, int size) {
        return new ResourceSearch.Criteria(q, null, theme, null, null, audience, null, null, null, null, null, null, sort, page, size);
    }

    static long count(List<Facet> facets, String value) {
        return facets.stream().filter(f -> f.value().equals(value)).mapToLong(Facet::count).sum();
    }

    void insert(int n) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO resource (id, kind, title, summary, themes, audience, status, created_by) "
                                + "SELECT gen_random_uuid(), CASE WHEN i % 4 = 0 THEN 'book' ELSE 'article' END, 'Zzbulkwoord ' || i, "
                                + "'samenvatting zzbulkwoord', ARRAY['zz-bulk-theme'], ARRAY[CASE WHEN i % 2 = 0 THEN 'team' ELSE 'leader' END], "
                                + "'PUBLISHED', 'test' FROM generate_series(1, :n) i")
                .setParameter("n", n).executeUpdate());
    }

    @AfterEach
    void removeTheTestsEntries() {
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM resource WHERE themes @> ARRAY['zz-bulk-theme']").executeUpdate());
    }

    @Test
    void manyMatchesHaveAnExactTotalExactFacetsAndEveryMatchRanked() throws Exception {
        assertEquals(0, search.viaIndex(criteria(null, "zz-bulk-theme", null, null, 0, 20)).total());
        int n = ResourceSearch.RANK_LIMIT + 300;
        insert(n);

        // no words, one filter
        SearchResult byTheme = search.viaIndex(criteria(null, "zz-bulk-theme", null, null, 0, 20));
        assertEquals(n, byTheme.total());
        assertFalse(byTheme.facetsApproximate());
        assertEquals(n / 4, count(byTheme.facets().get("kind"), "book"));
        assertEquals(n - n / 4, count(byTheme.facets().get("kind"), "article"));
        assertEquals(n / 2, count(byTheme.facets().get("audience"), "team"));
        assertEquals(20, byTheme.items().size());

        // words: total and facets exact, every match ranked (the pages in relevance order go on past the first thousand)
        SearchResult words = search.viaIndex(criteria("zzbulkwoord", null, null, null, 0, 20));
        assertEquals("words", words.match());
        assertEquals(n, words.total());
        assertFalse(words.facetsApproximate());
        assertNull(words.rankedCandidates());
        assertEquals(n / 4, count(words.facets().get("kind"), "book"));
        assertEquals(20, words.items().size());
        assertTrue(words.items().stream().allMatch(v -> v.rank() != null && v.rank() > 0));
        SearchResult lastPage = search.viaIndex(criteria("zzbulkwoord", null, null, null, (n - 1) / 20, 20));
        assertEquals(n % 20 == 0 ? 20 : n % 20, lastPage.items().size(), "relevance pages run to the last match");
        // entries whose title holds the word rank above an equal entry that has it in its summary only
        assertTrue(words.items().get(0).rank() >= lastPage.items().get(lastPage.items().size() - 1).rank());

        // title order is exact and stable over every match, pages do not overlap
        Set<String> seen = new HashSet<>();
        List<String> titles = new ArrayList<>();
        for (int page = 0; page * 100 < n; page++) {
            SearchResult r = search.viaIndex(criteria("zzbulkwoord", null, null, ResourceSearch.Sort.TITLE, page, 100));
            for (ResourceView v : r.items()) {
                assertTrue(seen.add(v.id().toString()), "page overlap");
                titles.add(v.title().toLowerCase());
            }
        }
        assertEquals(n, titles.size());
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(null);
        assertEquals(sorted, titles);

        // two filters
        SearchResult two = search.viaIndex(criteria(null, "zz-bulk-theme", "team", null, 0, 20));
        assertEquals(n / 2, two.total());
        assertEquals(n / 4, count(two.facets().get("kind"), "book"));

        // an archived entry leaves the published search on the next search; a deleted one too
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE resource SET status = 'ARCHIVED' WHERE themes @> ARRAY['zz-bulk-theme'] AND kind = 'book'").executeUpdate());
        SearchResult after = search.viaIndex(criteria(null, "zz-bulk-theme", null, null, 0, 20));
        assertEquals(n - n / 4, after.total());
        assertEquals(0, count(after.facets().get("kind"), "book"));
        assertEquals(n / 4, search.viaIndex(new ResourceSearch.Criteria(null, null, "zz-bulk-theme", null, null, null, null, null, null,
                null, null, nl.leercultuur.catalog.resource.Resource.Status.ARCHIVED, null, 0, 20)).total());
        removeTheTestsEntries();
        assertEquals(0, search.viaIndex(criteria(null, "zz-bulk-theme", null, null, 0, 20)).total());
        assertEquals(0, search.viaIndex(criteria("zzbulkwoord", null, null, null, 0, 20)).items().stream()
                .filter(v -> v.title().startsWith("Zzbulkwoord")).count());
    }

    @Test
    void aSearchNeverSeesAnUncommittedEntryNotEvenItsOwnTransactions() throws Exception {
        QuarkusTransaction.begin();
        try {
            em.createNativeQuery("INSERT INTO resource (id, kind, title, summary, themes, status, created_by) VALUES "
                    + "(gen_random_uuid(), 'book', 'Zzbulkwoord ongeschreven', 'x', ARRAY['zz-bulk-theme'], 'PUBLISHED', 'test')").executeUpdate();
            assertEquals(0, search.viaIndex(criteria(null, "zz-bulk-theme", null, null, 0, 20)).total());
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(0, search.viaIndex(criteria(null, "zz-bulk-theme", null, null, 0, 20)).total(), "rolled back: never in the index");
        insert(3);
        assertEquals(3, search.viaIndex(criteria(null, "zz-bulk-theme", null, null, 0, 20)).total());
    }

    @Test
    void aSearchChecksForChangesWithItsRowsAndSearchesAgainOnlyWhenItMissedOne() throws Exception {
        ResourceSearch.Criteria bulk = criteria(null, "zz-bulk-theme", null, ResourceSearch.Sort.TITLE, 0, 20);
        search.viaIndex(bulk);
        long before = search.searchedAgain();
        long fellBack = search.fallbacks();
        for (int i = 0; i < 5; i++) {
            assertEquals(0, search.viaIndex(bulk).total());
        }
        assertEquals(before, search.searchedAgain(), "nothing written: every search answered by the index as held");
        // written beside this replica's index (as another replica's curator would): the very next search has it
        insert(2);
        SearchResult after = search.viaIndex(bulk);
        assertEquals(2, after.total());
        assertEquals(2, after.items().size());
        assertEquals(fellBack, search.fallbacks(), "the index answered");
    }

    @Test
    void anotherReplicasIndexFollowsTheSameChanges() throws Exception {
        SearchIndex other = new SearchIndex(dataSource);
        try {
            ResourceSearch.Criteria bulk = criteria(null, "zz-bulk-theme", null, ResourceSearch.Sort.TITLE, 0, 20);
            assertEquals(0, other.search(bulk, null, ResourceSearch.Sort.TITLE).total());
            int all = other.entries();
            assertTrue(all > 100, "built from the whole catalogue: " + all);
            insert(40);
            assertEquals(40, other.search(bulk, null, ResourceSearch.Sort.TITLE).total());
            assertEquals(40, search.viaIndex(bulk).total());
            assertEquals(all + 40, other.entries());
            removeTheTestsEntries();
            assertEquals(0, other.search(bulk, null, ResourceSearch.Sort.TITLE).total());
            assertEquals(all, other.entries());
        } finally {
            other.close();
        }
    }

    @Test
    void theIndexAnswersAsTheDatabaseDoes() throws Exception {
        List<ResourceSearch.Criteria> asked = List.of(
                criteria(null, null, null, ResourceSearch.Sort.TITLE, 0, 100),
                criteria(null, null, null, ResourceSearch.Sort.NEWEST, 0, 100),
                criteria(null, null, null, ResourceSearch.Sort.NEWEST, 1, 100),
                criteria("leren", null, null, ResourceSearch.Sort.TITLE, 0, 100),
                criteria("lerende organisatie", null, null, ResourceSearch.Sort.NEWEST, 0, 100),
                criteria("studenten", null, "student", ResourceSearch.Sort.TITLE, 0, 100),
                criteria(null, "psychological-safety", null, ResourceSearch.Sort.TITLE, 0, 100),
                new ResourceSearch.Criteria("leercultuur", List.of("book", "video"), null, null, null, null, "nl", 10, 90, 2000, 2030,
                        null, ResourceSearch.Sort.TITLE, 0, 100),
                new ResourceSearch.Criteria(null, null, null, "role-of-mentors", null, "student", null, null, null, null, null,
                        null, ResourceSearch.Sort.NEWEST, 0, 100));
        for (ResourceSearch.Criteria c : asked) {
            SearchResult fromIndex = search.viaIndex(c);
            SearchResult fromDatabase = search.inDatabase(c, DutchQuery.tsquery(c.q()), c.sort());
            assertEquals(fromDatabase.total(), fromIndex.total(), c.toString());
            assertEquals(fromDatabase.facets(), fromIndex.facets(), c.toString());
            assertEquals(fromDatabase.items().stream().map(ResourceView::id).toList(), fromIndex.items().stream().map(ResourceView::id).toList(),
                    c.toString());
        }
        // relevance: the same matches; the order is the index's own
        ResourceSearch.Criteria ranked = criteria("leren", null, null, null, 0, 100);
        assertEquals(Set.copyOf(search.inDatabase(ranked, DutchQuery.tsquery("leren"), ResourceSearch.Sort.RELEVANCE).items().stream()
                .map(ResourceView::id).toList()), Set.copyOf(search.viaIndex(ranked).items().stream().map(ResourceView::id).toList()));
    }
}
