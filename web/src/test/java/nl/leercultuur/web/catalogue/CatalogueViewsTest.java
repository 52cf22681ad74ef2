package nl.leercultuur.web.catalogue;

import nl.leercultuur.client.catalog.model.Facet;
import nl.leercultuur.client.catalog.model.ResourceView;
import nl.leercultuur.client.catalog.model.SharedPractice;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueViewsTest {

    /** Messages that say their own name (and arguments), so that the tests see which text was chosen. */
    static final CatalogueMessages M = (CatalogueMessages) Proxy.newProxyInstance(CatalogueMessages.class.getClassLoader(),
            new Class<?>[]{CatalogueMessages.class}, (proxy, method, args) -> args == null ? method.getName()
                    : method.getName() + "(" + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(",")) + ")");

    final CatalogueViews views = new CatalogueViews(M, "nl");

    static Facet f(String value, long count) {
        return new Facet().value(value).count(count);
    }

    @Test
    void filtersShowTheirCountsAndWhatIsChosenEvenWhenNothingHasItAnyMore() {
        SearchQuery q = SearchQuery.from(Map.of("kind", List.of("book", "toolkit"), "theme", List.of("motivation")));
        List<FacetGroup> groups = views.groups(q, Map.of("kind", List.of(f("book", 11), f("article", 8)),
                "theme", List.of(f("leadership", 3))));
        FacetGroup kind = groups.get(0);
        assertEquals("kind", kind.name());
        assertTrue(kind.checkboxes());
        assertEquals(List.of("book", "article", "toolkit"), kind.options().stream().map(FacetGroup.Option::value).toList());
        assertEquals("Boek", kind.options().get(0).label());
        assertEquals(11, kind.options().get(0).count());
        assertTrue(kind.options().get(0).selected());
        assertFalse(kind.options().get(1).selected());
        assertEquals(0, kind.options().get(2).count(), "chosen, though nothing has it now");
        assertEquals("f-kind-book", kind.options().get(0).id());

        FacetGroup theme = groups.stream().filter(g -> g.name().equals("theme")).findFirst().orElseThrow();
        assertFalse(theme.checkboxes());
        assertEquals(List.of("leadership", "motivation"), theme.options().stream().map(FacetGroup.Option::value).toList());
        assertEquals("facet_theme_any", theme.any());

        FacetGroup duration = groups.get(groups.size() - 1);
        assertEquals("duration", duration.name());
        assertTrue(duration.options().stream().noneMatch(FacetGroup.Option::counted), "the API counts no durations");
        assertEquals(List.of("kind", "audience", "theme", "dimension", "language", "duration"),
                groups.stream().map(FacetGroup::name).toList());
    }

    @Test
    void eachFilterInForceHasALinkThatRemovesIt() {
        SearchQuery q = SearchQuery.from(Map.of("q", List.of("leren"), "kind", List.of("book", "video"),
                "audience", List.of("team"), "duration", List.of("15")));
        List<SearchPage.Chip> chips = views.chips(q);
        assertEquals(List.of("Boek", "Video", "Teams", "duration_15"), chips.stream().map(SearchPage.Chip::label).toList());
        assertEquals("/catalogus?q=leren&kind=video&audience=team&duration=15", chips.get(0).removeUrl());
        assertEquals("/catalogus?q=leren&kind=book&kind=video&duration=15", chips.get(2).removeUrl());
    }

    @Test
    void theDefaultSortIsSentAsNone() {
        List<FacetGroup.Option> sorts = views.sorts(SearchQuery.empty());
        assertEquals(List.of("", "newest", "title"), sorts.stream().map(FacetGroup.Option::value).toList());
        assertTrue(sorts.get(0).selected());
        assertTrue(views.sorts(SearchQuery.from(Map.of("sort", List.of("title")))).get(2).selected());
    }

    @Test
    void aResultSaysWhatItIsWhoMadeItAndHowLongItTakes() {
        UUID id = UUID.randomUUID();
        ResourceView v = new ResourceView().id(id).kind("podcast").title("Leren in de zorg").authors("A. de Vries")
                .year(2022).durationMinutes(45).language("en").summary("Over leren.").status("PUBLISHED");
        SearchPage.Card c = views.card(v, "/catalogus/", "/catalogus?q=leren");
        assertEquals("/catalogus/" + id + "?terug=%2Fcatalogus%3Fq%3Dleren", c.href());
        assertEquals("Podcast", c.kindLabel());
        assertEquals("A. de Vries · 2022 · 45 minuten · Engels", c.meta());
        assertEquals("Gepubliceerd", c.statusLabel());
        assertFalse(c.shared());
        assertEquals("/catalogus/beheer/" + id, views.card(v, "/catalogus/beheer/", null).href());
    }

    @Test
    void anEntrysFactsAreWordsWithLinksToMoreOfTheSame() {
        ResourceView v = new ResourceView().id(UUID.randomUUID()).kind("good-practice").title("Leerwerkplaats")
                .organisation("Laurens").summary("Samen leren op de afdeling.").language("nl").url("https://example.nl/lwp")
                .themes(List.of("workplace-learning")).concepts(List.of("team-learning")).dimensionKeys(List.of("collaboration"))
                .audience(List.of("leader")).sector("elderly-care").category("practice-based").status("PUBLISHED")
                .practice(new SharedPractice().organisationId("laurens").contactRole("praktijkopleider")
                        .whatMadeItWork(List.of("Vaste begeleiders")).preconditions(List.of("Steun van de teamleider")));
        EntryView e = views.entry(v);
        assertEquals("Goed voorbeeld", e.kindLabel());
        assertEquals("example.nl", e.host());
        assertEquals("https://example.nl/lwp", e.url());
        assertTrue(e.practice());
        assertTrue(e.published());
        assertEquals("contact(praktijkopleider,Laurens)", e.contact());
        Map<String, EntryView.Fact> facts = e.facts().stream().collect(Collectors.toMap(EntryView.Fact::label, x -> x));
        assertEquals("/catalogus?theme=workplace-learning", facts.get("f_themes").values().get(0).href());
        assertEquals("Leren op de werkplek", facts.get("f_themes").values().get(0).text());
        assertEquals("Teamleren en samenwerking", facts.get("f_concepts").values().get(0).text());
        assertNull(facts.get("f_concepts").values().get(0).href());
        assertEquals("Ouderenzorg (VVT)", facts.get("f_sector").values().get(0).text());
        assertEquals("Praktijkleren", facts.get("f_category").values().get(0).text());
        assertEquals("example.nl", facts.get("f_source").values().get(0).text());
        assertFalse(facts.containsKey("f_year"), "no empty facts");
    }

    @Test
    void onlyHttpLinksAreLinked() {
        assertEquals("www.example.nl", CatalogueViews.host("https://www.example.nl/a?b=c"));
        assertNull(CatalogueViews.host("javascript:alert(1)"));
        assertNull(CatalogueViews.host("ftp://example.nl"));
        assertNull(CatalogueViews.host(null));
        ResourceView v = new ResourceView().id(UUID.randomUUID()).kind("website").title("x").summary("y").url("javascript:alert(1)");
        assertNull(views.entry(v).url());
    }

    @Test
    void theWayBackIsOnlyASearchOfThisCatalogue() {
        assertTrue(CataloguePages.isSearch("/catalogus?q=leren&kind=book"));
        assertTrue(CataloguePages.isSearch("/catalogus"));
        assertFalse(CataloguePages.isSearch("//evil.example/catalogus"));
        assertFalse(CataloguePages.isSearch("https://evil.example/"));
        assertFalse(CataloguePages.isSearch("/catalogus/beheer"));
        assertFalse(CataloguePages.isSearch("/catalogus?x=//evil"));
        assertFalse(CataloguePages.isSearch(null));
    }
}
