package nl.leercultuur.web.catalogue;

import nl.leercultuur.client.catalog.model.Facet;
import nl.leercultuur.client.catalog.model.ResourceView;
import nl.leercultuur.client.catalog.model.SharedPractice;
import nl.leercultuur.web.catalogue.EntryView.Fact;
import nl.leercultuur.web.catalogue.EntryView.Link;
import nl.leercultuur.web.catalogue.SearchPage.Card;
import nl.leercultuur.web.catalogue.SearchPage.Chip;
import nl.leercultuur.web.catalogue.Vocabulary.Group;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns what the API answers into what the pages show, in the page's language: result cards, the filters with their
 * counts, the filters in force, an entry's facts. Plain code (the messages are passed in), so that it is tested
 * without a server.
 */
public final class CatalogueViews {

    private final CatalogueMessages m;
    private final String lang;

    public CatalogueViews(CatalogueMessages m, String lang) {
        this.m = m;
        this.lang = lang;
    }

    public String label(Group g, String key) {
        return Vocabulary.label(g, key, lang);
    }

    // --- results ---

    /** A result linking to {@code hrefBase + id} (the public page, or the curation page), with the way back. */
    public Card card(ResourceView v, String hrefBase, String back) {
        String id = String.valueOf(v.getId());
        String href = hrefBase + id + (back == null || back.isEmpty() ? "" : "?terug=" + java.net.URLEncoder.encode(back,
                java.nio.charset.StandardCharsets.UTF_8));
        List<String> meta = new ArrayList<>();
        String who = firstNonBlank(v.getAuthors(), v.getOrganisation());
        if (who != null) {
            meta.add(who);
        }
        if (v.getYear() != null) {
            meta.add(String.valueOf(v.getYear()));
        }
        String d = Vocabulary.duration(v.getDurationMinutes(), lang);
        if (!d.isEmpty()) {
            meta.add(d);
        }
        if (v.getLanguage() != null && !"nl".equals(v.getLanguage())) {
            meta.add(label(Group.LANGUAGE, v.getLanguage()));
        }
        return new Card(id, href, v.getTitle(), nz(v.getKind()), label(Group.KIND, v.getKind()), String.join(" · ", meta),
                nz(v.getSummary()), nz(v.getStatus()), label(Group.STATUS, v.getStatus()), v.getPractice() != null);
    }

    // --- filters ---

    /**
     * The form's filters. {@code facets} holds, per filter name, the counts to show: for a filter in force, those of
     * the search without that filter (so that the other values say what choosing them would give), else those of the
     * search itself. A value in force is always shown, also when nothing has it any more.
     */
    public List<FacetGroup> groups(SearchQuery q, Map<String, List<Facet>> facets) {
        List<FacetGroup> out = new ArrayList<>();
        out.add(group("kind", m.facet_kind(), "", true, Group.KIND, facets.get("kind"), q.kinds()));
        out.add(group("audience", m.facet_audience(), m.facet_audience_any(), false, Group.AUDIENCE, facets.get("audience"), list(q.audience())));
        out.add(group("theme", m.facet_theme(), m.facet_theme_any(), false, Group.THEME, facets.get("theme"), list(q.theme())));
        out.add(group("dimension", m.facet_dimension(), m.facet_dimension_any(), false, Group.DIMENSION, facets.get("dimension"), list(q.dimension())));
        out.add(group("language", m.facet_language(), m.facet_language_any(), false, Group.LANGUAGE, facets.get("language"), list(q.language())));
        List<FacetGroup.Option> durations = new ArrayList<>();
        Map<String, String> names = Map.of("15", m.duration_15(), "60", m.duration_60(), "long", m.duration_long());
        for (String d : SearchQuery.DURATIONS) {
            durations.add(new FacetGroup.Option(d, names.get(d), 0, false, d.equals(q.duration()), "f-duration-" + d));
        }
        out.add(new FacetGroup("duration", m.facet_duration(), m.facet_duration_any(), false, durations));
        return out;
    }

    private FacetGroup group(String name, String legend, String any, boolean checkboxes, Group g, List<Facet> counts,
                             List<String> selected) {
        List<FacetGroup.Option> options = new ArrayList<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        if (counts != null) {
            for (Facet f : counts) {
                if (f.getValue() != null && !f.getValue().isEmpty()) {
                    seen.put(f.getValue(), f.getCount() == null ? 0 : f.getCount());
                }
            }
        }
        for (String s : selected) {
            seen.putIfAbsent(s, 0L);
        }
        seen.forEach((value, count) -> options.add(new FacetGroup.Option(value, label(g, value), count, true,
                selected.contains(value), "f-" + name + "-" + value)));
        return new FacetGroup(name, legend, any, checkboxes, options);
    }

    /**
     * The sort orders. The default ("best fitting", sent as no sort at all) orders by how well the words match, and by
     * title when there are no words: so choosing nothing never pins the title order on a later search with words.
     */
    public List<FacetGroup.Option> sorts(SearchQuery q) {
        List<FacetGroup.Option> out = new ArrayList<>();
        out.add(new FacetGroup.Option("", m.sort_relevance(), 0, false, q.sort().isEmpty(), "sort-relevance"));
        out.add(new FacetGroup.Option("newest", m.sort_newest(), 0, false, "newest".equals(q.sort()), "sort-newest"));
        out.add(new FacetGroup.Option("title", m.sort_title(), 0, false, "title".equals(q.sort()), "sort-title"));
        return out;
    }

    /** The filters in force, each with the link that removes it. */
    public List<Chip> chips(SearchQuery q) {
        List<Chip> out = new ArrayList<>();
        for (String k : q.kinds()) {
            out.add(new Chip(label(Group.KIND, k), q.withoutKind(k).url()));
        }
        Map<String, Function<String, String>> labels = new LinkedHashMap<>();
        labels.put("audience", v -> label(Group.AUDIENCE, v));
        labels.put("theme", v -> label(Group.THEME, v));
        labels.put("dimension", v -> label(Group.DIMENSION, v));
        labels.put("language", v -> label(Group.LANGUAGE, v));
        labels.put("duration", v -> switch (v) {
            case "15" -> m.duration_15();
            case "60" -> m.duration_60();
            default -> m.duration_long();
        });
        labels.forEach((name, l) -> {
            String v = q.value(name);
            if (!v.isEmpty()) {
                out.add(new Chip(l.apply(v), q.with(name, "").url()));
            }
        });
        return out;
    }

    // --- one entry ---

    public EntryView entry(ResourceView v) {
        List<Fact> facts = new ArrayList<>();
        String kind = nz(v.getKind());
        fact(facts, m.f_kind(), List.of(new Link(label(Group.KIND, kind), SearchQuery.empty().url() + "?kind=" + kind)));
        text(facts, m.f_authors(), v.getAuthors());
        text(facts, m.f_organisation(), v.getOrganisation());
        text(facts, m.f_publisher(), v.getPublisher());
        text(facts, m.f_year(), v.getYear() == null ? null : String.valueOf(v.getYear()));
        text(facts, m.f_language(), v.getLanguage() == null ? null : label(Group.LANGUAGE, v.getLanguage()));
        text(facts, m.f_duration(), Vocabulary.duration(v.getDurationMinutes(), lang));
        fact(facts, m.f_audience(), links(v.getAudience(), Group.AUDIENCE, "audience"));
        fact(facts, m.f_themes(), links(v.getThemes(), Group.THEME, "theme"));
        fact(facts, m.f_concepts(), plain(v.getConcepts(), Group.CONCEPT));
        fact(facts, m.f_dimensions(), links(v.getDimensionKeys(), Group.DIMENSION, "dimension"));
        text(facts, m.f_sector(), v.getSector() == null ? null : label(Group.SECTOR, v.getSector()));
        text(facts, m.f_category(), v.getCategory() == null ? null : label(Group.CATEGORY, v.getCategory()));
        String host = host(v.getUrl());
        if (host != null) {
            fact(facts, m.f_source(), List.of(new Link(host, null)));
        }
        SharedPractice p = v.getPractice();
        List<String> works = p == null || p.getWhatMadeItWork() == null ? List.of() : p.getWhatMadeItWork();
        List<String> needs = p == null || p.getPreconditions() == null ? List.of() : p.getPreconditions();
        String contact = null;
        if (p != null && p.getContactRole() != null && !p.getContactRole().isBlank()) {
            contact = m.contact(p.getContactRole(), firstNonBlank(v.getOrganisation(), p.getOrganisationId(), ""));
        }
        boolean shared = v.getCuration() != null && v.getCuration().getSharedBy() != null;
        return new EntryView(String.valueOf(v.getId()), nz(v.getTitle()), kind, label(Group.KIND, kind), nz(v.getSummary()),
                firstNonBlank(v.getAuthors(), v.getOrganisation(), ""), v.getUrl() == null || host == null ? null : v.getUrl(),
                host, nz(v.getStatus()), label(Group.STATUS, v.getStatus()), facts, works, needs, contact,
                shared || p != null && p.getContactRole() != null, nz(v.getSuccessFactors()), v.getVersion());
    }

    private List<Link> links(List<String> keys, Group g, String param) {
        if (keys == null) {
            return List.of();
        }
        return keys.stream().map(k -> new Link(label(g, k), SearchQuery.empty().with(param, k).url())).toList();
    }

    private List<Link> plain(List<String> keys, Group g) {
        return keys == null ? List.of() : keys.stream().map(k -> new Link(label(g, k), null)).toList();
    }

    private static void text(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, List.of(new Link(value, null))));
        }
    }

    private static void fact(List<Fact> facts, String label, List<Link> values) {
        if (!values.isEmpty()) {
            facts.add(new Fact(label, values));
        }
    }

    /** The host of an http(s) link ("www.example.nl"), or null for anything else (never linked then). */
    static String host(String url) {
        if (url == null || !url.matches("https?://\\S+")) {
            return null;
        }
        try {
            String h = URI.create(url).getHost();
            return h == null || h.isBlank() ? null : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> list(String v) {
        return v == null || v.isEmpty() ? List.of() : List.of(v);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
