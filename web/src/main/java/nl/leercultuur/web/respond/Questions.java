package nl.leercultuur.web.respond;

import nl.leercultuur.client.survey.model.Option1;
import nl.leercultuur.client.survey.model.Question;
import nl.leercultuur.client.survey.model.Questionnaire;
import nl.leercultuur.client.survey.model.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire as form steps, without Quarkus: one dimension (section) per step; a form's text values read
 * back into the typed answers the API takes (whole numbers for scales, true/false for yes/no, an option key, text);
 * answers checked for being given where required; and each question made ready for its template.
 */
public final class Questions {

    public static final int MAX_TEXT = 2000;

    private Questions() {
    }

    public static List<Section> steps(Questionnaire q) {
        return q.getSections() == null ? List.of() : q.getSections().stream()
                .filter(s -> s.getItems() != null && !s.getItems().isEmpty()).toList();
    }

    /** The step's answers from the form: typed where the form sent a usable value, left out where it sent none. */
    public static Map<String, Object> read(Section step, Map<String, String> form) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Question q : step.getItems()) {
            String raw = form.get(q.getKey());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            Object v = switch (type(q)) {
                case "LIKERT", "FREQUENCY" -> wholeNumber(raw.trim());
                case "YES_NO" -> "true".equals(raw) ? Boolean.TRUE : "false".equals(raw) ? Boolean.FALSE : raw;
                case "OPEN_TEXT" -> raw.strip();
                default -> raw.trim();
            };
            out.put(q.getKey(), v);
        }
        return out;
    }

    /** Required questions of this step without an answer, by item key. */
    public static Map<String, String> missing(Section step, Map<String, Object> answers, String message) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Question q : step.getItems()) {
            if (Boolean.TRUE.equals(q.getRequired()) && !answers.containsKey(q.getKey())) {
                errors.put(q.getKey(), message);
            }
        }
        return errors;
    }

    /** Saved answers with this step's replaced: a cleared question is cleared, not kept from before. */
    public static Map<String, Object> merge(Map<String, Object> saved, Section step, Map<String, Object> stepAnswers) {
        Map<String, Object> all = new LinkedHashMap<>(saved == null ? Map.of() : saved);
        step.getItems().forEach(q -> all.remove(q.getKey()));
        all.putAll(stepAnswers);
        return all;
    }

    /** The 1-based step holding the first of these item keys, or 0 when none is in the questionnaire. */
    public static int stepOf(List<Section> steps, java.util.Collection<String> keys) {
        for (int i = 0; i < steps.size(); i++) {
            for (Question q : steps.get(i).getItems()) {
                if (keys.contains(q.getKey())) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The first step with a required question still unanswered (1-based), or the last step when all are done. */
    public static int resumeAt(List<Section> steps, Map<String, Object> saved) {
        for (int i = 0; i < steps.size(); i++) {
            for (Question q : steps.get(i).getItems()) {
                if (Boolean.TRUE.equals(q.getRequired()) && (saved == null || !saved.containsKey(q.getKey()))) {
                    return i + 1;
                }
            }
        }
        return Math.max(1, steps.size());
    }

    /** One question as its template shows it. */
    public record Field(String key, String text, String kind, boolean required, List<Choice> choices, String value,
                        String error, boolean horizontal) {
        public String id() {
            return "q-" + key.replaceAll("[^A-Za-z0-9_-]", "_");
        }
    }

    public record Choice(String value, String label, boolean checked) {
    }

    public static List<Field> fields(Section step, Map<String, Object> answers, Map<String, String> errors,
                                     String yes, String no) {
        List<Field> out = new ArrayList<>();
        for (Question q : step.getItems()) {
            Object v = answers == null ? null : answers.get(q.getKey());
            String value = v == null ? "" : String.valueOf(v);
            List<Choice> choices = new ArrayList<>();
            String kind = switch (type(q)) {
                case "LIKERT", "FREQUENCY" -> {
                    int min = q.getMin() == null ? 1 : q.getMin(), max = q.getMax() == null ? 5 : q.getMax();
                    List<String> labels = q.getLabels() == null ? List.of() : q.getLabels();
                    for (int i = min; i <= max; i++) {
                        int at = i - min;
                        String label = at < labels.size() && labels.get(at) != null && !labels.get(at).isBlank()
                                ? i + " – " + labels.get(at) : String.valueOf(i);
                        choices.add(new Choice(String.valueOf(i), label, value.equals(String.valueOf(i))));
                    }
                    yield "scale";
                }
                case "YES_NO" -> {
                    choices.add(new Choice("true", yes, "true".equals(value)));
                    choices.add(new Choice("false", no, "false".equals(value)));
                    yield "scale";
                }
                case "SINGLE_CHOICE" -> {
                    for (Option1 o : q.getOptions() == null ? List.<Option1>of() : q.getOptions()) {
                        choices.add(new Choice(o.getKey(), o.getLabel() == null ? o.getKey() : o.getLabel(), value.equals(o.getKey())));
                    }
                    yield "choice";
                }
                default -> "text";
            };
            out.add(new Field(q.getKey(), q.getText(), kind, Boolean.TRUE.equals(q.getRequired()), choices, value,
                    errors == null ? null : errors.get(q.getKey()), choices.size() <= 7 && "scale".equals(kind)));
        }
        return out;
    }

    private static String type(Question q) {
        return q.getType() == null ? "OPEN_TEXT" : q.getType().toUpperCase();
    }

    private static Object wholeNumber(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return raw; // the API names it: "must be a whole number from 1 to 7"
        }
    }
}
