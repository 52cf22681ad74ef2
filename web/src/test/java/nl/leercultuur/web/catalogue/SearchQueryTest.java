package nl.leercultuur.web.catalogue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryTest {

    @Test
    void readsTheFormAndWritesATidyAddress() {
        // the form sends its empty fields too; the address keeps only what is chosen, in the form's order
        SearchQuery q = SearchQuery.from(Map.of("q", List.of("  leren "), "kind", List.of("book", "video", "book"),
                "theme", List.of(""), "audience", List.of("team"), "sort", List.of(""), "page", List.of("2")));
        assertEquals("leren", q.q());
        assertEquals(List.of("book", "video"), q.kinds());
        assertEquals("q=leren&kind=book&kind=video&audience=team&page=2", q.queryString());
        assertEquals("/catalogus?q=leren&kind=book&kind=video&audience=team&page=2", q.url());
        assertEquals("/catalogus", SearchQuery.empty().url());
    }

    @Test
    void leavesOutWhatTheApiWouldRefuse() {
        SearchQuery q = SearchQuery.from(Map.of("kind", List.of("boek", "podcast"), "theme", List.of("Leiderschap!"),
                "audience", List.of("everyone"), "language", List.of("es"), "duration", List.of("5"),
                "sort", List.of("random"), "page", List.of("twee"), "dimension", List.of("team-learning")));
        assertEquals(List.of("podcast"), q.kinds());
        assertEquals("", q.theme());
        assertEquals("", q.audience());
        assertEquals("", q.language());
        assertEquals("", q.duration());
        assertEquals("", q.sort());
        assertEquals(1, q.page());
        assertEquals("team-learning", q.dimension());
    }

    @Test
    void wordsAreCutAtTheApisLimitAndPagesStayInRange() {
        SearchQuery q = SearchQuery.from(Map.of("q", List.of("a".repeat(300)), "page", List.of("-4")));
        assertEquals(200, q.q().length());
        assertEquals(1, q.page());
        assertEquals(SearchQuery.MAX_PAGE, SearchQuery.from(Map.of("page", List.of("99999999"))).page());
    }

    @Test
    void relevanceIsTheDefaultAndNotWrittenOut() {
        SearchQuery q = SearchQuery.from(Map.of("q", List.of("feedback"), "sort", List.of("relevance")));
        assertEquals("", q.sort());
        assertNull(q.apiSort());
        assertEquals("q=feedback", q.queryString());
        assertEquals("newest", SearchQuery.from(Map.of("sort", List.of("newest"))).apiSort());
    }

    @Test
    void theApiIsAskedFromPageZeroWithNullsForNothing() {
        SearchQuery q = SearchQuery.from(Map.of("page", List.of("3")));
        assertEquals(2, q.apiPage());
        assertNull(q.apiQ());
        assertNull(q.apiKinds());
        assertNull(SearchQuery.orNull(q.theme()));
        assertNull(q.maxDuration());
        assertNull(q.minDuration());
    }

    @Test
    void durationsBecomeMinutes() {
        assertEquals(15, SearchQuery.from(Map.of("duration", List.of("15"))).maxDuration());
        assertEquals(60, SearchQuery.from(Map.of("duration", List.of("60"))).maxDuration());
        SearchQuery longer = SearchQuery.from(Map.of("duration", List.of("long")));
        assertNull(longer.maxDuration());
        assertEquals(61, longer.minDuration());
    }

    @Test
    void changingAFilterGoesBackToTheFirstPage() {
        SearchQuery q = SearchQuery.from(Map.of("q", List.of("leren"), "kind", List.of("book", "video"),
                "theme", List.of("leadership"), "page", List.of("3")));
        assertEquals("q=leren&kind=book&kind=video&theme=leadership&audience=leader", q.with("audience", "leader").queryString());
        assertEquals("q=leren&kind=video&theme=leadership", q.withoutKind("book").queryString());
        assertEquals("q=leren&kind=book&kind=video", q.with("theme", "").queryString());
        assertEquals("q=leren", q.cleared().queryString());
        assertEquals("q=leren&kind=book&kind=video&theme=leadership&page=4", q.atPage(4).queryString());
        assertTrue(q.hasFilters());
        assertFalse(q.cleared().hasFilters());
    }

    @Test
    void wordsAreEncodedInTheAddress() {
        SearchQuery q = SearchQuery.from(Map.of("q", List.of("leren & werken ‘samen’")));
        assertEquals("/catalogus?q=leren+%26+werken+%E2%80%98samen%E2%80%99", q.url());
    }
}
