package nl.leercultuur.web.catalogue;

import nl.leercultuur.web.catalogue.Vocabulary.Group;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curation form as the template draws it: sections of fields, each field with its label, hint, value or choices,
 * its error, and after a conflict what is stored now. The fields are described here once, so that the template only
 * draws them.
 */
public record FormPage(String title, String originalTitle, String action, boolean isNew, String version, String idempotencyKey,
                       List<Section> sections, List<ErrorLink> errors, String conflict, String duplicateHref,
                       String cancelHref, String submitLabel) {

    public record Section(String title, String hint, List<Field> fields) {
    }

    /** type: text, textarea, number, url, select, checks. */
    public record Field(String name, String id, String label, String type, String value, String hint, String error,
                        boolean required, int maxlength, List<Choice> choices, String now) {

        public String describedBy() {
            List<String> ids = new ArrayList<>();
            if (hint != null) {
                ids.add(id + "-hint");
            }
            if (now != null) {
                ids.add(id + "-now");
            }
            if (error != null) {
                ids.add(id + "-error");
            }
            return String.join(" ", ids);
        }

        public boolean is(String t) {
            return type.equals(t);
        }
    }

    public record Choice(String value, String label, boolean selected, String id) {
    }

    /** An error in the summary at the top, linking to its field. */
    public record ErrorLink(String id, String label, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Builds the sections of the entry form in the page's language. */
    static List<Section> sections(EntryForm f, Map<String, String> errors, Map<String, String> now, CatalogueMessages m,
                                  String lang) {
        Builder b = new Builder(f, errors, now, m, lang);
        List<Section> out = new ArrayList<>();
        List<Choice> kinds = new ArrayList<>();
        kinds.add(new Choice("", m.form_choose(), f.kind().isEmpty(), "kind-none"));
        kinds.addAll(b.choices(Group.KIND, Vocabulary.keys(Group.KIND), List.of(f.kind()), "kind"));
        out.add(new Section(m.form_what(), null, List.of(
                b.field("kind", m.f_kind(), "select", f.kind(), null, true, kinds),
                b.field("title", m.f_title(), "text", f.title(), null, true, null),
                b.field("summary", m.f_summary(), "textarea", f.summary(), m.hint_summary(), true, null))));
        List<Choice> languages = b.choices(Group.LANGUAGE, Vocabulary.keys(Group.LANGUAGE),
                List.of(f.language().isEmpty() ? "nl" : f.language()), "language");
        out.add(new Section(m.form_where(), null, List.of(
                b.field("authors", m.f_authors(), "text", f.authors(), m.hint_authors(), false, null),
                b.field("organisation", m.f_organisation(), "text", f.organisation(), null, false, null),
                b.field("publisher", m.f_publisher(), "text", f.publisher(), null, false, null),
                b.field("year", m.f_year(), "number", f.year(), m.hint_year(), false, null),
                b.field("language", m.f_language(), "select", f.language(), null, false, languages),
                b.field("url", m.f_url(), "url", f.url(), m.hint_url(), false, null),
                b.field("duration", m.f_duration_minutes(), "number", f.duration(), m.hint_duration(), false, null))));
        out.add(new Section(m.form_about(), null, List.of(
                b.field("audience", m.f_audience(), "checks", "", null, false,
                        b.choices(Group.AUDIENCE, Vocabulary.keys(Group.AUDIENCE), f.audience(), "audience")),
                b.field("themes", m.f_themes(), "checks", "", null, false,
                        b.choices(Group.THEME, withExtra(Vocabulary.keys(Group.THEME), f.themes()), f.themes(), "themes")),
                b.field("dimensions", m.f_dimensions(), "checks", "", m.hint_dimensions(), false,
                        b.choices(Group.DIMENSION, withExtra(Vocabulary.keys(Group.DIMENSION), f.dimensions()), f.dimensions(), "dimensions")),
                b.field("concepts", m.f_concepts(), "checks", "", m.hint_concepts(), false,
                        b.choices(Group.CONCEPT, withExtra(Vocabulary.keys(Group.CONCEPT), f.concepts()), f.concepts(), "concepts")))));
        List<Choice> sectors = new ArrayList<>();
        sectors.add(new Choice("", m.form_none(), f.sector().isEmpty(), "sector-none"));
        sectors.addAll(b.choices(Group.SECTOR, withExtra(Vocabulary.keys(Group.SECTOR), f.sector().isEmpty() ? List.of() : List.of(f.sector())),
                List.of(f.sector()), "sector"));
        List<Choice> categories = new ArrayList<>();
        categories.add(new Choice("", m.form_none(), f.category().isEmpty(), "category-none"));
        categories.addAll(b.choices(Group.CATEGORY, EntryForm.CATEGORIES, List.of(f.category()), "category"));
        out.add(new Section(m.form_practice(), m.form_practice_hint(), List.of(
                b.field("sector", m.f_sector(), "select", f.sector(), null, false, sectors),
                b.field("category", m.f_category(), "select", f.category(), null, false, categories),
                b.field("successFactors", m.f_successFactors(), "textarea", f.successFactors(), m.hint_successFactors(), false, null))));
        return out;
    }

    /** The known keys, and after them any the entry has that the list does not know (so that saving keeps them). */
    static List<String> withExtra(List<String> known, List<String> present) {
        List<String> out = new ArrayList<>(known);
        for (String p : present) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The summary of errors, in the form's order, each linking to its field. */
    static List<ErrorLink> errorLinks(Map<String, String> errors, List<Section> sections) {
        Map<String, Field> byName = new LinkedHashMap<>();
        sections.forEach(s -> s.fields().forEach(fl -> byName.put(fl.name(), fl)));
        List<ErrorLink> out = new ArrayList<>();
        byName.forEach((name, fl) -> {
            if (errors.containsKey(name)) {
                String target = fl.is("checks") && !fl.choices().isEmpty() ? fl.choices().get(0).id() : fl.id();
                out.add(new ErrorLink(target, fl.label(), errors.get(name)));
            }
        });
        return out;
    }

    private record Builder(EntryForm f, Map<String, String> errors, Map<String, String> now, CatalogueMessages m, String lang) {

        Field field(String name, String label, String type, String value, String hint, boolean required, List<Choice> choices) {
            return new Field(name, "e-" + name, label, type, value, hint, errors.get(name), required,
                    EntryForm.MAX_LENGTH.getOrDefault(name, 0), choices == null ? List.of() : choices, now.get(name));
        }

        List<Choice> choices(Group g, List<String> keys, List<String> selected, String name) {
            List<Choice> out = new ArrayList<>();
            for (String k : keys) {
                out.add(new Choice(k, Vocabulary.label(g, k, lang), selected.contains(k), "e-" + name + "-" + k));
            }
            return out;
        }
    }
}
