package nl.leercultuur.web.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A catalogue search as the page's form sends it ({@code GET /catalogus?q=…&kind=book&kind=video&theme=…&page=2}) and as
 * the API is asked it. Whatever the address holds is read leniently: an unknown kind, a malformed key, a page that is
 * not a number are left out rather than refused, so an old or hand-edited link still shows something. Pages count
 * from 1 here and from 0 in the API.
 */
public record SearchQuery(String q, List<String> kinds, String theme, String audience, String language, String dimension,
                          String duration, String sort, int page) {

    public static final String PATH = "/catalogus";
    /** Filters with one value each (the API takes one of each), in the order the form shows them. */
    public static final List<String> SINGLE = List.of("theme", "audience", "dimension", "language", "duration");
    public static final Set<String> KINDS = Set.of("book", "article", "podcast", "video", "website", "good-practice", "toolkit",
            "instrument-description", "learning-activity");
    public static final Set<String> AUDIENCES = Set.of("leader", "team", "hr-ld", "student", "employee");
    public static final Set<String> LANGUAGES = Set.of("nl", "en", "de", "fr");
    public static final List<String> DURATIONS = List.of("15", "60", "long");
    public static final List<String> SORTS = List.of("relevance", "newest", "title");
    static final int MAX_Q = 200;
    static final int MAX_PAGE = 10_001;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public SearchQuery {
        q = q == null ? "" : q.strip();
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        theme = theme == null ? "" : theme;
        audience = audience == null ? "" : audience;
        language = language == null ? "" : language;
        dimension = dimension == null ? "" : dimension;
        duration = duration == null ? "" : duration;
        sort = sort == null ? "" : sort;
        page = Math.max(1, Math.min(MAX_PAGE, page));
    }

    public static SearchQuery empty() {
        return new SearchQuery("", List.of(), "", "", "", "", "", "", 1);
    }

    /** Reads the query parameters (each name with its values), dropping what the API would refuse. */
    public static SearchQuery from(Map<String, List<String>> params) {
        String q = first(params, "q");
        if (q.length() > MAX_Q) {
            q = q.substring(0, MAX_Q);
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String k : params.getOrDefault("kind", List.of())) {
            if (k != null && KINDS.contains(k.strip())) {
                kinds.add(k.strip());
            }
        }
        String theme = key(first(params, "theme"));
        String dimension = key(first(params, "dimension"));
        String audience = oneOf(first(params, "audience"), AUDIENCES);
        String language = oneOf(first(params, "language"), LANGUAGES);
        String duration = oneOf(first(params, "duration"), Set.copyOf(DURATIONS));
        String sort = oneOf(first(params, "sort"), Set.copyOf(SORTS));
        if ("relevance".equals(sort)) {
            sort = ""; // the default: best fitting the words, or by title without words
        }
        int page = 1;
        try {
            page = Integer.parseInt(first(params, "page"));
        } catch (NumberFormatException notANumber) {
            // page 1
        }
        return new SearchQuery(q, new ArrayList<>(kinds), theme, audience, language, dimension, duration, sort, page);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip();
    }

    private static String key(String v) {
        return KEY.matcher(v).matches() ? v : "";
    }

    private static String oneOf(String v, Set<String> allowed) {
        return allowed.contains(v) ? v : "";
    }

    // --- what the API is asked ---

    public Integer apiPage() {
        return page - 1;
    }

    public String apiQ() {
        return q.isEmpty() ? null : q;
    }

    public List<String> apiKinds() {
        return kinds.isEmpty() ? null : kinds;
    }

    public String apiSort() {
        return sort.isEmpty() ? null : sort;
    }

    public Integer maxDuration() {
        return switch (duration) {
            case "15" -> 15;
            case "60" -> 60;
            default -> null;
        };
    }

    public Integer minDuration() {
        return "long".equals(duration) ? 61 : null;
    }

    static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // --- the page's own links ---

    public boolean hasFilters() {
        return !kinds.isEmpty() || !theme.isEmpty() || !audience.isEmpty() || !language.isEmpty() || !dimension.isEmpty()
                || !duration.isEmpty();
    }

    /** The value of a single-valued filter by its parameter name. */
    public String value(String name) {
        return switch (name) {
            case "theme" -> theme;
            case "audience" -> audience;
            case "language" -> language;
            case "dimension" -> dimension;
            case "duration" -> duration;
            case "sort" -> sort;
            case "q" -> q;
            default -> "";
        };
    }

    /** The same search with one filter set (an empty value clears it); always back to page 1. */
    public SearchQuery with(String name, String value) {
        String v = value == null ? "" : value;
        return new SearchQuery(q, kinds, "theme".equals(name) ? v : theme, "audience".equals(name) ? v : audience,
                "language".equals(name) ? v : language, "dimension".equals(name) ? v : dimension,
                "duration".equals(name) ? v : duration, "sort".equals(name) ? v : sort, 1);
    }

    /** The same search without one kind; page 1. */
    public SearchQuery withoutKind(String kind) {
        List<String> k = new ArrayList<>(kinds);
        k.remove(kind);
        return new SearchQuery(q, k, theme, audience, language, dimension, duration, sort, 1);
    }

    /** The same search with these kinds (none: every kind); page 1. */
    public SearchQuery withKinds(List<String> k) {
        return new SearchQuery(q, k, theme, audience, language, dimension, duration, sort, 1);
    }

    /** The same words and order without any filter; page 1. */
    public SearchQuery cleared() {
        return new SearchQuery(q, List.of(), "", "", "", "", "", sort, 1);
    }

    public SearchQuery atPage(int p) {
        return new SearchQuery(q, kinds, theme, audience, language, dimension, duration, sort, p);
    }

    /** The parameters in the form's order, without empty ones and without page 1. */
    public String queryString() {
        StringBuilder b = new StringBuilder();
        add(b, "q", q);
        kinds.forEach(k -> add(b, "kind", k));
        add(b, "theme", theme);
        add(b, "audience", audience);
        add(b, "dimension", dimension);
        add(b, "language", language);
        add(b, "duration", duration);
        add(b, "sort", sort);
        if (page > 1) {
            add(b, "page", String.valueOf(page));
        }
        return b.toString();
    }

    public String url() {
        String qs = queryString();
        return qs.isEmpty() ? PATH : PATH + "?" + qs;
    }

    private static void add(StringBuilder b, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (!b.isEmpty()) {
            b.append('&');
        }
        b.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
