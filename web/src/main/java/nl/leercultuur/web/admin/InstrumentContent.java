package nl.leercultuur.web.admin;

import nl.leercultuur.client.survey.model.Dimension;
import nl.leercultuur.client.survey.model.InstrumentDefinition;
import nl.leercultuur.client.survey.model.Item;
import nl.leercultuur.client.survey.model.Option;
import nl.leercultuur.client.survey.model.Scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An instrument version's content as a respondent meets it, in one language, without Quarkus: its dimensions in
 * order, each with its questions numbered and their answer options written out as the answering page writes them
 * ("1 – helemaal oneens"; yes/no; the options of a choice). A text missing in the language falls back to Dutch, as
 * the survey service does for respondents, and is marked so.
 */
public final class InstrumentContent {

    /** One dimension (a step for the respondent). */
    public record Part(int number, String key, String name, String description, Integer minRespondents,
                       List<Question> questions) {
    }

    /** One question with what a respondent can answer. */
    public record Question(int number, String key, String text, boolean fallback, String type, List<String> options,
                           boolean open, boolean required, boolean reverse) {
    }

    private InstrumentContent() {
    }

    /**
     * @param yes what yes/no questions show for yes in this language (the answering page's own word)
     * @param no  and for no
     */
    public static List<Part> of(InstrumentDefinition d, String lang, String yes, String no) {
        List<Part> parts = new ArrayList<>();
        if (d == null || d.getDimensions() == null) {
            return parts;
        }
        Map<String, Scale> scales = d.getScales() == null ? Map.of() : d.getScales();
        int n = 0;
        int q = 0;
        for (Dimension dim : d.getDimensions()) {
            List<Question> questions = new ArrayList<>();
            for (Item item : dim.getItems() == null ? List.<Item>of() : dim.getItems()) {
                String type = item.getType() == null ? "OPEN_TEXT" : item.getType().getValue();
                List<String> options = new ArrayList<>();
                switch (type) {
                    case "LIKERT", "FREQUENCY" -> options.addAll(points(scales.get(item.getScale()), lang));
                    case "YES_NO" -> options.addAll(List.of(yes, no));
                    case "SINGLE_CHOICE" -> {
                        for (Option o : item.getOptions() == null ? List.<Option>of() : item.getOptions()) {
                            String label = text(o.getLabel(), lang);
                            options.add(label.isEmpty() ? o.getKey() : label);
                        }
                    }
                    default -> {
                    }
                }
                questions.add(new Question(++q, item.getKey(), text(item.getText(), lang), fallback(item.getText(), lang),
                        type, options, "OPEN_TEXT".equals(type), item.getRequired() == null || item.getRequired(),
                        Boolean.TRUE.equals(item.getReverse())));
            }
            parts.add(new Part(++n, dim.getKey(), orKey(text(dim.getName(), lang), dim.getKey()),
                    text(dim.getDescription(), lang), dim.getMinRespondents(), questions));
        }
        return parts;
    }

    /** A scale's points as the answering page labels them: the number, and its label where it has one. */
    static List<String> points(Scale s, String lang) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        int min = s.getMin() == null ? 1 : s.getMin();
        int max = s.getMax() == null ? 5 : s.getMax();
        List<String> labels = labels(s.getLabels(), lang);
        for (int i = min; i <= max; i++) {
            int at = i - min;
            String label = at < labels.size() ? labels.get(at) : null;
            out.add(label == null || label.isBlank() ? String.valueOf(i) : i + " – " + label);
        }
        return out;
    }

    private static List<String> labels(Map<String, List<String>> byLang, String lang) {
        if (byLang == null || byLang.isEmpty()) {
            return List.of();
        }
        List<String> l = byLang.get(lang);
        if (l == null) {
            l = byLang.get("nl");
        }
        if (l == null) {
            l = byLang.values().iterator().next();
        }
        return l == null ? List.of() : l;
    }

    /** The text in this language, else in Dutch, else in whatever language there is; empty when there is none. */
    static String text(Map<String, String> texts, String lang) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String t = texts.get(lang);
        if (t == null || t.isBlank()) {
            t = texts.get("nl");
        }
        if (t == null || t.isBlank()) {
            t = texts.values().stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
        }
        return t;
    }

    static boolean fallback(Map<String, String> texts, String lang) {
        return texts != null && !texts.isEmpty() && (texts.get(lang) == null || texts.get(lang).isBlank());
    }

    private static String orKey(String text, String key) {
        return text.isEmpty() ? (key == null ? "" : key) : text;
    }
}
