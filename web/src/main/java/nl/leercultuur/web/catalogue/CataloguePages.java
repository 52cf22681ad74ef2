package nl.leercultuur.web.catalogue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leercultuur.client.catalog.api.CatalogueApi;
import nl.leercultuur.client.catalog.model.Facet;
import nl.leercultuur.client.catalog.model.InstrumentGuide;
import nl.leercultuur.client.catalog.model.InstrumentSuggestion;
import nl.leercultuur.client.catalog.model.ResourceView;
import nl.leercultuur.client.catalog.model.SearchResult;
import nl.leercultuur.client.catalog.model.Status;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;
import nl.leercultuur.web.shell.Shell;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Wat helpt", public: searching the catalogue (words, filters with counts, sort, pages; with htmx the results follow
 * as one types or ticks, the address following along), one entry's page, and the instrument guide.
 */
@Path("/catalogus")
@Produces(MediaType.TEXT_HTML)
public class CataloguePages {

    static final int PAGE_SIZE = 10;
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @CheckedTemplate
    static class Templates {
        /** The whole page. */
        static native TemplateInstance search(SearchPage page);

        /** For htmx: the results, and out of band the filters' counts and the announced number. */
        static native TemplateInstance update(SearchPage page);

        static native TemplateInstance entry(EntryView e, String back, boolean backToResults);

        static native TemplateInstance guide(GuidePage g);
    }

    private final CatalogueApi api;
    private final Shell shell;

    CataloguePages(Gateway gateway, Shell shell) {
        this.api = new CatalogueApi(gateway.catalog());
        this.shell = shell;
    }

    private CatalogueMessages msg() {
        return MessageBundles.get(CatalogueMessages.class, Localized.Literal.of(shell.lang()));
    }

    @GET
    public Response search(@Context UriInfo uri, @HeaderParam("HX-Request") String htmx,
                           @HeaderParam("HX-History-Restore-Request") String historyRestore) {
        SearchQuery q = SearchQuery.from(uri.getQueryParameters());
        SearchResult r = find(api, q, null, PAGE_SIZE);
        long total = r.getTotal() == null ? 0 : r.getTotal();
        // with more matches than it ranks, relevance order lists the best of the first ones only (rankedCandidates): the
        // pages end there, the number shown stays the exact total
        long listed = r.getRankedCandidates() == null ? total : Math.min(total, r.getRankedCandidates());
        Paging paging = Paging.of(listed, PAGE_SIZE, q.page());
        if (paging.beyondLast() && total > 0) {
            return Response.seeOther(URI.create(q.atPage(paging.pages()).url())).build();
        }
        CatalogueViews views = new CatalogueViews(msg(), shell.lang());
        Map<String, List<Facet>> facets = facetsToShow(q, r);
        List<SearchPage.Card> cards = new ArrayList<>();
        for (ResourceView v : items(r)) {
            cards.add(views.card(v, "/catalogus/", q.url()));
        }
        SearchPage page = new SearchPage(q, total, r.getMatch(), cards, views.groups(q, facets), views.sorts(q), paging,
                views.chips(q), q.atPage(paging.previous()).url(), q.atPage(paging.next()).url(), q.cleared().url(),
                Boolean.TRUE.equals(r.getFacetsApproximate()));
        boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
        Response.ResponseBuilder b = Response.ok(shell.page(fragment ? Templates.update(page) : Templates.search(page)).render(),
                MediaType.TEXT_HTML_TYPE).header("Vary", "HX-Request");
        if (fragment) {
            b.header("HX-Push-Url", q.url()); // the tidy address (the form also sends its empty fields)
        }
        return b.build();
    }

    /**
     * The counts beside each filter. For a filter in force the counts come from the same search without it, so that
     * its other values still show what they would give (ticking a second kind widens the result); the others' counts
     * are the search's own.
     */
    private Map<String, List<Facet>> facetsToShow(SearchQuery q, SearchResult r) {
        Map<String, List<Facet>> facets = new HashMap<>(r.getFacets() == null ? Map.of() : r.getFacets());
        if (!q.kinds().isEmpty()) {
            facets.put("kind", facetsOf(find(api, q.withKinds(List.of()), null, 1), "kind"));
        }
        for (String name : List.of("theme", "audience", "dimension", "language")) {
            if (!q.value(name).isEmpty()) {
                facets.put(name, facetsOf(find(api, q.with(name, ""), null, 1), name));
            }
        }
        return facets;
    }

    private static List<Facet> facetsOf(SearchResult r, String name) {
        return r.getFacets() == null ? List.of() : r.getFacets().getOrDefault(name, List.of());
    }

    static List<ResourceView> items(SearchResult r) {
        return r.getItems() == null ? List.of() : r.getItems();
    }

    /** One search of the API ({@code status} null: published entries). */
    static SearchResult find(CatalogueApi api, SearchQuery q, Status status, int size) {
        return Api.call(() -> api.searchResources(SearchQuery.orNull(q.audience()), null, SearchQuery.orNull(q.dimension()),
                q.apiKinds(), SearchQuery.orNull(q.language()), q.maxDuration(), q.minDuration(), q.apiPage(), q.apiQ(), size,
                q.apiSort(), status, SearchQuery.orNull(q.theme()), null, null));
    }

    @GET
    @Path("{id: " + UUID_PATTERN + "}")
    public TemplateInstance entry(@PathParam("id") String id, @QueryParam("terug") String back) {
        ResourceView v = Api.call(() -> api.getResource(UUID.fromString(id)));
        EntryView e = new CatalogueViews(msg(), shell.lang()).entry(v);
        boolean toResults = isSearch(back);
        return shell.page(Templates.entry(e, toResults ? back : SearchQuery.PATH, toResults));
    }

    /** Only a search of this catalogue is a way back (never another site: no open redirect through a link). */
    static boolean isSearch(String back) {
        return back != null && (back.equals(SearchQuery.PATH) || back.startsWith(SearchQuery.PATH + "?"))
                && !back.contains("//") && !back.contains("\\");
    }

    // --- the instrument guide ---

    /** The guide's question and answer. */
    public record GuidePage(List<Question> questions, List<Suggestion> items, int total) {
    }

    public record Question(String name, String legend, List<FacetGroup.Option> options) {
    }

    public record Suggestion(int rank, String title, String href, String summary, String measures, String forWhom,
                             String lengthText, List<String> why, boolean runnable, String url, String host) {
    }

    @GET
    @Path("instrumenten")
    public TemplateInstance guide(@QueryParam("scope") String scope, @QueryParam("audience") String audience,
                                  @QueryParam("length") String length) {
        String s = oneOf(scope, "team", "organisation");
        String a = oneOf(audience, "employees", "students");
        String l = oneOf(length, "quick", "full");
        InstrumentGuide g = Api.call(() -> api.getInstrumentGuide(a, l, 5, s));
        CatalogueMessages m = msg();
        List<Question> questions = List.of(
                question("scope", m.guide_scope(), s, m, "team", m.guide_scope_team(), "organisation", m.guide_scope_organisation()),
                question("audience", m.guide_audience(), a, m, "employees", m.guide_audience_employees(), "students", m.guide_audience_students()),
                question("length", m.guide_length(), l, m, "quick", m.guide_length_quick(), "full", m.guide_length_full()));
        List<Suggestion> items = new ArrayList<>();
        for (InstrumentSuggestion i : g.getItems() == null ? List.<InstrumentSuggestion>of() : g.getItems()) {
            String host = CatalogueViews.host(i.getUrl());
            items.add(new Suggestion(i.getRank() == null ? items.size() + 1 : i.getRank(), i.getTitle(),
                    i.getId() == null ? null : "/catalogus/" + i.getId(), i.getSummary(), i.getMeasures(), i.getForWhom(),
                    i.getLengthText(), i.getWhy() == null ? List.of() : i.getWhy(), i.getInstrumentKey() != null,
                    host == null ? null : i.getUrl(), host));
        }
        return shell.page(Templates.guide(new GuidePage(questions, items, g.getTotal() == null ? items.size() : g.getTotal())));
    }

    private static Question question(String name, String legend, String chosen, CatalogueMessages m, String v1, String l1,
                                     String v2, String l2) {
        return new Question(name, legend, List.of(
                new FacetGroup.Option("", m.guide_any(), 0, false, chosen == null, "g-" + name + "-any"),
                new FacetGroup.Option(v1, l1, 0, false, v1.equals(chosen), "g-" + name + "-" + v1),
                new FacetGroup.Option(v2, l2, 0, false, v2.equals(chosen), "g-" + name + "-" + v2)));
    }

    private static String oneOf(String v, String a, String b) {
        return a.equals(v) || b.equals(v) ? v : null;
    }
}
