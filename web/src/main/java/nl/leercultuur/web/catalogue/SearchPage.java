package nl.leercultuur.web.catalogue;

import java.util.List;

/**
 * Everything the search page shows: the search as asked, how many matched (and whether only by similarity), one page
 * of results, the filters with their counts (marked ≈ where the catalogue estimated them: a large result's counts
 * are taken over its first matches), the sort orders, where this page stands and the links around it.
 */
public record SearchPage(SearchQuery query, long total, String match, List<Card> items, List<FacetGroup> groups,
                         List<FacetGroup.Option> sorts, Paging paging, List<Chip> chips, String previousUrl, String nextUrl,
                         String clearUrl, boolean countsApproximate) {

    /** One result. */
    public record Card(String id, String href, String title, String kind, String kindLabel, String meta, String summary,
                       String status, String statusLabel, boolean shared) {
    }

    /** A filter in force, with the link that removes it. */
    public record Chip(String label, String removeUrl) {
    }

    /** No word matched as typed, so the catalogue matched by similarity (a misspelling): the page says so. */
    public boolean similar() {
        return "similar".equals(match) && total > 0;
    }

    /** A filter of "more filters" (all but the kind) is in force: that part of the form shows opened. */
    public boolean moreActive() {
        return !query.theme().isEmpty() || !query.audience().isEmpty() || !query.dimension().isEmpty()
                || !query.language().isEmpty() || !query.duration().isEmpty();
    }

    public boolean hasChips() {
        return !chips.isEmpty();
    }

    public boolean noResults() {
        return total == 0;
    }

    public boolean empty() {
        return items.isEmpty();
    }
}
