package nl.leercultuur.web.catalogue;

import nl.leercultuur.client.catalog.model.ResourceInput;
import nl.leercultuur.client.catalog.model.ResourceView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A catalogue entry as the curation form holds it: every field as typed (numbers still text, so that "twintig" can be
 * shown back with its error), read from the form or from the entry, checked here against the API's rules so that the
 * curator reads the problem in their own language next to the field, and turned into the API's {@link ResourceInput}.
 * {@code version} is the entry's version as read when the form was opened (optimistic locking: sent back as
 * {@code version} and as If-Match; empty for a new entry).
 */
public record EntryForm(String kind, String title, String summary, String authors, String organisation, String publisher,
                        String year, String language, String url, String duration, List<String> themes,
                        List<String> concepts, List<String> dimensions, List<String> audience, String sector,
                        String category, String successFactors, String version) {

    /** What is wrong with a field; the page says it in words. */
    public enum Problem { REQUIRED, TOO_LONG, NOT_A_NUMBER, YEAR_RANGE, DURATION_RANGE, NOT_A_URL, UNKNOWN_CHOICE }

    public static final Map<String, Integer> MAX_LENGTH = Map.of("title", 300, "summary", 4000, "authors", 500,
            "organisation", 300, "publisher", 200, "url", 1000, "sector", 100, "successFactors", 2000);
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    public static final List<String> CATEGORIES = List.of("experience-based", "digital", "practice-based");

    public EntryForm {
        kind = trim(kind);
        title = trim(title);
        summary = trim(summary);
        authors = trim(authors);
        organisation = trim(organisation);
        publisher = trim(publisher);
        year = trim(year);
        language = trim(language);
        url = trim(url);
        duration = trim(duration);
        themes = distinct(themes);
        concepts = distinct(concepts);
        dimensions = distinct(dimensions);
        audience = distinct(audience);
        sector = trim(sector);
        category = trim(category);
        successFactors = trim(successFactors);
        version = trim(version);
    }

    public static EntryForm blank() {
        return new EntryForm("", "", "", "", "", "", "", "nl", "", "", List.of(), List.of(), List.of(), List.of(), "", "", "", "");
    }

    /** The form as posted (each name with its values; checkbox groups have several). */
    public static EntryForm from(Map<String, List<String>> form) {
        return new EntryForm(one(form, "kind"), one(form, "title"), one(form, "summary"), one(form, "authors"),
                one(form, "organisation"), one(form, "publisher"), one(form, "year"), one(form, "language"), one(form, "url"),
                one(form, "duration"), form.get("themes"), form.get("concepts"), form.get("dimensions"), form.get("audience"),
                one(form, "sector"), one(form, "category"), one(form, "successFactors"), one(form, "version"));
    }

    /** The entry as it is now, to edit. */
    public static EntryForm of(ResourceView v) {
        return new EntryForm(v.getKind(), v.getTitle(), v.getSummary(), v.getAuthors(), v.getOrganisation(), v.getPublisher(),
                v.getYear() == null ? "" : String.valueOf(v.getYear()), v.getLanguage(), v.getUrl(),
                v.getDurationMinutes() == null ? "" : String.valueOf(v.getDurationMinutes()), v.getThemes(), v.getConcepts(),
                v.getDimensionKeys(), v.getAudience(), v.getSector(), v.getCategory(), v.getSuccessFactors(),
                v.getVersion() == null ? "" : String.valueOf(v.getVersion()));
    }

    /** The same values, based on another version (after a conflict: the curator saw what changed and decides again). */
    public EntryForm withVersion(Long v) {
        return new EntryForm(kind, title, summary, authors, organisation, publisher, year, language, url, duration, themes,
                concepts, dimensions, audience, sector, category, successFactors, v == null ? "" : String.valueOf(v));
    }

    /** The problems by form field, in the form's order; empty when the API may be asked. */
    public Map<String, Problem> validate() {
        Map<String, Problem> p = new LinkedHashMap<>();
        if (!SearchQuery.KINDS.contains(kind)) {
            p.put("kind", kind.isEmpty() ? Problem.REQUIRED : Problem.UNKNOWN_CHOICE);
        }
        required(p, "title", title);
        required(p, "summary", summary);
        for (Map.Entry<String, Integer> max : MAX_LENGTH.entrySet()) {
            if (!p.containsKey(max.getKey()) && text(max.getKey()).length() > max.getValue()) {
                p.put(max.getKey(), Problem.TOO_LONG);
            }
        }
        number(p, "year", year, 1900, 2100, Problem.YEAR_RANGE);
        if (!language.isEmpty() && !SearchQuery.LANGUAGES.contains(language)) {
            p.put("language", Problem.UNKNOWN_CHOICE);
        }
        if (!url.isEmpty() && !p.containsKey("url") && !URL.matcher(url).matches()) {
            p.put("url", Problem.NOT_A_URL);
        }
        number(p, "duration", duration, 1, 10_000, Problem.DURATION_RANGE);
        keys(p, "themes", themes, 12);
        keys(p, "concepts", concepts, 20);
        keys(p, "dimensions", dimensions, 20);
        if (audience.size() > 5 || !SearchQuery.AUDIENCES.containsAll(audience)) {
            p.put("audience", Problem.UNKNOWN_CHOICE);
        }
        if (!category.isEmpty() && !CATEGORIES.contains(category)) {
            p.put("category", Problem.UNKNOWN_CHOICE);
        }
        return sorted(p);
    }

    private static final List<String> ORDER = List.of("kind", "title", "summary", "authors", "organisation", "publisher",
            "year", "language", "url", "duration", "audience", "themes", "concepts", "dimensions", "sector", "category",
            "successFactors");

    /** The form's fields in the order they appear, for the error summary at the top. */
    public static List<String> order() {
        return ORDER;
    }

    private static Map<String, Problem> sorted(Map<String, Problem> p) {
        Map<String, Problem> out = new LinkedHashMap<>();
        ORDER.forEach(f -> {
            if (p.containsKey(f)) {
                out.put(f, p.get(f));
            }
        });
        return out;
    }

    private String text(String field) {
        return switch (field) {
            case "title" -> title;
            case "summary" -> summary;
            case "authors" -> authors;
            case "organisation" -> organisation;
            case "publisher" -> publisher;
            case "url" -> url;
            case "sector" -> sector;
            case "successFactors" -> successFactors;
            default -> "";
        };
    }

    private static void required(Map<String, Problem> p, String field, String value) {
        if (value.isEmpty()) {
            p.put(field, Problem.REQUIRED);
        }
    }

    private static void number(Map<String, Problem> p, String field, String value, int min, int max, Problem range) {
        if (value.isEmpty()) {
            return;
        }
        Integer n = parse(value);
        if (n == null) {
            p.put(field, Problem.NOT_A_NUMBER);
        } else if (n < min || n > max) {
            p.put(field, range);
        }
    }

    private static void keys(Map<String, Problem> p, String field, List<String> keys, int max) {
        if (keys.size() > max || keys.stream().anyMatch(k -> !KEY.matcher(k).matches())) {
            p.put(field, Problem.UNKNOWN_CHOICE);
        }
    }

    static Integer parse(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * What the API is sent (after {@link #validate()} found nothing). Concepts left unticked are sent as null, so that
     * the catalogue derives them from the dimensions; a version only when editing.
     */
    public ResourceInput toInput() {
        return new ResourceInput().kind(kind).title(title).summary(summary).authors(orNull(authors))
                .organisation(orNull(organisation)).publisher(orNull(publisher)).year(year.isEmpty() ? null : parse(year))
                .language(language.isEmpty() ? "nl" : language).url(orNull(url))
                .durationMinutes(duration.isEmpty() ? null : parse(duration)).themes(themes)
                .concepts(concepts.isEmpty() ? null : concepts).dimensionKeys(dimensions).audience(audience)
                .sector(orNull(sector)).category(orNull(category)).successFactors(orNull(successFactors))
                .version(version.isEmpty() ? null : Long.valueOf(version));
    }

    /** The If-Match header for the version the form was opened at (the API's ETag is the quoted version). */
    public String ifMatch() {
        return version.isEmpty() ? null : "\"" + version + "\"";
    }

    /**
     * The form field an API error names: {@code audience[0].<list element>} → audience, {@code durationMinutes} →
     * duration, {@code create.in.title} → title; null for one the form has no field for (such as version).
     */
    public static String formField(String apiField) {
        if (apiField == null) {
            return null;
        }
        String f = apiField;
        int bracket = f.indexOf('[');
        if (bracket >= 0) {
            f = f.substring(0, bracket);
        }
        int dot = f.lastIndexOf('.');
        if (dot >= 0) {
            f = f.substring(dot + 1);
        }
        f = switch (f) {
            case "durationMinutes" -> "duration";
            case "dimensionKeys" -> "dimensions";
            default -> f;
        };
        return ORDER.contains(f) ? f : null;
    }

    /** Fields whose values differ between two forms (what someone else changed meanwhile), in the form's order. */
    public List<String> differences(EntryForm other) {
        List<String> out = new ArrayList<>();
        Map<String, Object> a = values();
        Map<String, Object> b = other.values();
        for (String f : ORDER) {
            Object x = a.get(f);
            Object y = b.get(f);
            if (x instanceof List<?> lx && y instanceof List<?> ly ? !new LinkedHashSet<>(lx).equals(new LinkedHashSet<>(ly))
                    : !String.valueOf(x).equals(String.valueOf(y))) {
                out.add(f);
            }
        }
        return out;
    }

    private Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("title", title);
        m.put("summary", summary);
        m.put("authors", authors);
        m.put("organisation", organisation);
        m.put("publisher", publisher);
        m.put("year", year);
        m.put("language", language.isEmpty() ? "nl" : language);
        m.put("url", url);
        m.put("duration", duration);
        m.put("audience", audience);
        m.put("themes", themes);
        m.put("concepts", concepts);
        m.put("dimensions", dimensions);
        m.put("sector", sector);
        m.put("category", category);
        m.put("successFactors", successFactors);
        return m;
    }

    public boolean has(String listField, String key) {
        return switch (listField) {
            case "themes" -> themes.contains(key);
            case "concepts" -> concepts.contains(key);
            case "dimensions" -> dimensions.contains(key);
            case "audience" -> audience.contains(key);
            default -> false;
        };
    }

    private static String one(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip().replace("\r\n", "\n");
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static List<String> distinct(List<String> l) {
        if (l == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(l.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList()));
    }
}
