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
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Searches with more matches than ResourceSearch.RANK_LIMIT, and the facet summary kept by triggers. The entries are
 * written and searched in one transaction that is rolled back, so the seeded catalogue the other tests count stays as it was.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class LargeResultSearchTest {

    @Inject
    ResourceSearch search;

    @Inject
    EntityManager em;

    static ResourceSearch.Criteria criteria(String q, String theme, String audience, ResourceSearch.Sort sort, int page, int size) {
        return new ResourceSearch.Criteria(q, null, theme, null, null, audience, null, null, null, null, null, null, sort, page, size);
    }

    static long count(List<Facet> facets, String value) {
        return facets.stream().filter(f -> f.value().equals(value)).mapToLong(Facet::count).sum();
    }

    @Test
    void manyMatchesKeepAnExactTotalAndExactOrdersWithEstimatedFacets() {
        QuarkusTransaction.begin();
        try {
            SearchResult before = search.search(criteria(null, "zz-bulk-theme", null, null, 0, 20));
            assertEquals(0, before.total());
            int n = Math.max(ResourceSearch.RANK_LIMIT, ResourceSearch.FACET_LIMIT) + 300;
            em.createNativeQuery("INSERT INTO resource (id, kind, title, summary, themes, audience, status, created_by) "
                    + "SELECT gen_random_uuid(), CASE WHEN i % 4 = 0 THEN 'book' ELSE 'article' END, 'Zzbulkwoord ' || i, "
                    + "'samenvatting zzbulkwoord', ARRAY['zz-bulk-theme'], ARRAY[CASE WHEN i % 2 = 0 THEN 'team' ELSE 'leader' END], "
                    + "'PUBLISHED', 'test' FROM generate_series(1, :n) i").setParameter("n", n).executeUpdate();

            // no words, one filter: total and facets exact from the summary the insert trigger moved
            SearchResult byTheme = search.search(criteria(null, "zz-bulk-theme", null, null, 0, 20));
            assertEquals(n, byTheme.total());
            assertFalse(byTheme.facetsApproximate());
            assertEquals(n / 4, count(byTheme.facets().get("kind"), "book"));
            assertEquals(n - n / 4, count(byTheme.facets().get("kind"), "article"));
            assertEquals(20, byTheme.items().size());

            // words: the total is exact, the facets are estimates over the first FACET_LIMIT matches scaled to it, relevance
            // ranks the first RANK_LIMIT matches
            SearchResult words = search.search(criteria("zzbulkwoord", null, null, null, 0, 20));
            assertEquals(n, words.total());
            assertTrue(words.facetsApproximate());
            assertEquals(ResourceSearch.RANK_LIMIT, words.rankedCandidates());
            long estimated = count(words.facets().get("kind"), "book");
            assertTrue(Math.abs(estimated - n / 4) < n / 20, "book estimate " + estimated + " for " + n / 4);
            assertEquals(20, words.items().size());
            assertTrue(words.items().stream().allMatch(v -> v.rank() != null));
            SearchResult pastRanked = search.search(criteria("zzbulkwoord", null, null, null, ResourceSearch.RANK_LIMIT / 20, 20));
            assertTrue(pastRanked.items().isEmpty(), "relevance pages end with the ranked candidates");

            // title order stays exact and stable over every match, pages do not overlap
            Set<String> seen = new HashSet<>();
            List<String> titles = new ArrayList<>();
            for (int page = 0; page * 200 < n; page++) {
                SearchResult r = search.search(criteria("zzbulkwoord", null, null, ResourceSearch.Sort.TITLE, page, 200));
                for (ResourceView v : r.items()) {
                    assertTrue(seen.add(v.id().toString()), "page overlap");
                    titles.add(v.title().toLowerCase());
                }
            }
            assertEquals(n, titles.size());
            List<String> sorted = new ArrayList<>(titles);
            sorted.sort(null);
            assertEquals(sorted.subList(0, 5), titles.subList(0, 5));

            // two filters: the live path, exact total and (under FACET_LIMIT matches) exact facets
            SearchResult two = search.search(criteria(null, "zz-bulk-theme", "team", null, 0, 20));
            assertEquals(n / 2, two.total());
            assertFalse(two.facetsApproximate());
            assertEquals(n / 4, count(two.facets().get("kind"), "book"));
            assertNull(two.rankedCandidates());

            // unpublishing moves the summary in the same transaction
            em.createNativeQuery("UPDATE resource SET status = 'ARCHIVED' WHERE themes @> ARRAY['zz-bulk-theme'] AND kind = 'book'").executeUpdate();
            SearchResult after = search.search(criteria(null, "zz-bulk-theme", null, null, 0, 20));
            assertEquals(n - n / 4, after.total());
            assertEquals(0, count(after.facets().get("kind"), "book"));
            em.createNativeQuery("DELETE FROM resource WHERE themes @> ARRAY['zz-bulk-theme']").executeUpdate();
            assertEquals(0, search.search(criteria(null, "zz-bulk-theme", null, null, 0, 20)).total());
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
