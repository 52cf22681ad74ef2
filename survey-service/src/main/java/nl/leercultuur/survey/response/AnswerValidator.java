package nl.leercultuur.survey.response;

import com.fasterxml.jackson.databind.JsonNode;
import nl.leercultuur.platform.problem.Problem.FieldError;
import nl.leercultuur.survey.instrument.InstrumentDefinition;
import nl.leercultuur.survey.instrument.InstrumentDefinition.Item;
import nl.leercultuur.survey.instrument.InstrumentDefinition.ItemType;
import nl.leercultuur.survey.instrument.InstrumentDefinition.Scale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a submission against its instrument version and turns it into stored answers: scale answers are
 * reverse-scored where the item says so and flagged favourable when in the top two points.
 */
public final class AnswerValidator {

    public static final int MAX_TEXT = 4000;

    public record StoredAnswer(String itemKey, String dimensionKey, BigDecimal score, Boolean favourable,
                               String choice, String text) {
    }

    public record Result(List<StoredAnswer> answers, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private AnswerValidator() {
    }

    /** @param complete false for save-and-continue: missing required answers are then allowed */
    public static Result check(InstrumentDefinition def, JsonNode answers, boolean complete) {
        List<FieldError> errors = new ArrayList<>();
        List<StoredAnswer> out = new ArrayList<>();
        if (answers == null || !answers.isObject()) {
            errors.add(new FieldError("answers", "must be an object of item key to answer"));
            return new Result(out, errors);
        }
        Set<String> known = new HashSet<>();
        for (InstrumentDefinition.Dimension d : def.dimensions()) {
            for (Item item : d.items()) {
                known.add(item.key());
                JsonNode v = answers.get(item.key());
                String field = "answers." + item.key();
                if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                    if (complete && item.isRequired()) {
                        errors.add(new FieldError(field, "an answer is required"));
                    }
                    continue;
                }
                StoredAnswer a = convert(def, d.key(), item, v, field, errors);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        for (Iterator<String> it = answers.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                errors.add(new FieldError("answers." + k, "is not an item of this questionnaire"));
            }
        }
        return new Result(out, errors);
    }

    private static StoredAnswer convert(InstrumentDefinition def, String dim, Item item, JsonNode v, String field,
                                        List<FieldError> errors) {
        ItemType type = item.type();
        switch (type) {
            case LIKERT, FREQUENCY -> {
                Scale s = def.scaleOf(item).orElseThrow();
                if (!v.isIntegralNumber() || v.asInt() < s.min() || v.asInt() > s.max()) {
                    errors.add(new FieldError(field, "must be a whole number from " + s.min() + " to " + s.max()));
                    return null;
                }
                int raw = v.asInt();
                int score = item.isReverse() ? s.min() + s.max() - raw : raw;
                return new StoredAnswer(item.key(), dim, BigDecimal.valueOf(score), score >= s.max() - 1, null, null);
            }
            case YES_NO -> {
                if (!v.isBoolean()) {
                    errors.add(new FieldError(field, "must be true (yes) or false (no)"));
                    return null;
                }
                return new StoredAnswer(item.key(), dim, null, v.asBoolean(), v.asBoolean() ? "yes" : "no", null);
            }
            case SINGLE_CHOICE -> {
                boolean ok = v.isTextual() && item.options().stream().anyMatch(o -> o.key().equals(v.asText()));
                if (!ok) {
                    errors.add(new FieldError(field, "must be one of " + item.options().stream()
                            .map(InstrumentDefinition.Option::key).toList()));
                    return null;
                }
                return new StoredAnswer(item.key(), dim, null, null, v.asText(), null);
            }
            case OPEN_TEXT -> {
                if (!v.isTextual()) {
                    errors.add(new FieldError(field, "must be text"));
                    return null;
                }
                String t = v.asText().strip();
                if (t.length() > MAX_TEXT) {
                    errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
                    return null;
                }
                return new StoredAnswer(item.key(), dim, null, null, null, t);
            }
            default -> throw new IllegalStateException("unknown item type " + type);
        }
    }

    /** The questionnaire as a respondent sees it, in one language (falling back to Dutch). */
    /** The instrument's questions in one language, a section per dimension. */
    public static List<Questionnaire.Section> questionnaire(InstrumentDefinition def, String lang) {
        List<Questionnaire.Section> sections = new ArrayList<>();
        for (InstrumentDefinition.Dimension d : def.dimensions()) {
            List<Questionnaire.Question> items = new ArrayList<>();
            for (Item i : d.items()) {
                var scale = def.scaleOf(i);
                items.add(new Questionnaire.Question(i.key(), text(i.text(), lang), i.type().name(), i.isRequired(),
                        scale.map(s -> s.min()).orElse(null), scale.map(s -> s.max()).orElse(null),
                        scale.filter(s -> s.labels() != null).map(s -> s.labels().getOrDefault(lang, s.labels().get("nl"))).orElse(null),
                        i.options() == null ? null : i.options().stream()
                                .map(o -> new Questionnaire.Option(o.key(), text(o.label(), lang))).toList()));
            }
            sections.add(new Questionnaire.Section(text(d.name(), lang), items));
        }
        return sections;
    }

    private static String text(Map<String, String> texts, String lang) {
        return texts.getOrDefault(lang, texts.get("nl"));
    }
}
