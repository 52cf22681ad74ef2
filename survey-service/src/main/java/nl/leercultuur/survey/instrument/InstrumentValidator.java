package nl.leercultuur.survey.instrument;

import nl.leercultuur.contracts.events.Concepts;
import nl.leercultuur.platform.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks an instrument definition before it is stored; returns every violation, each naming its field. */
public final class InstrumentValidator {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Set<String> LANGUAGES = Set.of("nl", "en");

    private InstrumentValidator() {
    }

    public static List<FieldError> validate(InstrumentDefinition d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(new FieldError("definition", "must be present"));
            return errors;
        }
        if (d.languages() == null || d.languages().isEmpty()) {
            errors.add(new FieldError("definition.languages", "name at least one language (nl, en)"));
        } else {
            d.languages().stream().filter(l -> l == null || !LANGUAGES.contains(l))
                    .forEach(l -> errors.add(new FieldError("definition.languages", "unsupported language " + l)));
        }
        List<String> langs = d.languages() == null ? List.of() : d.languages().stream().filter(l -> l != null && LANGUAGES.contains(l)).toList();
        if (d.scales() != null) {
            d.scales().forEach((name, s) -> {
                String f = "definition.scales." + name;
                if (s == null) {
                    errors.add(new FieldError(f, "must be a scale with min, max and labels"));
                } else if (s.min() < 0 || s.max() <= s.min() || s.max() - s.min() > 10) {
                    errors.add(new FieldError(f, "scale bounds must satisfy 0 <= min < max and at most 11 points, got "
                            + s.min() + ".." + s.max()));
                } else if (s.labels() != null) {
                    s.labels().forEach((lang, labels) -> {
                        if (labels == null || labels.stream().anyMatch(l -> l == null || l.isBlank())) {
                            errors.add(new FieldError(f + ".labels." + lang, "needs a text for every point"));
                        } else if (labels.size() != s.max() - s.min() + 1) {
                            errors.add(new FieldError(f + ".labels." + lang, "needs one label per point ("
                                    + (s.max() - s.min() + 1) + "), got " + labels.size()));
                        }
                    });
                }
            });
        }
        if (d.dimensions() == null || d.dimensions().isEmpty()) {
            errors.add(new FieldError("definition.dimensions", "an instrument needs at least one dimension"));
            return errors;
        }
        Set<String> dimKeys = new HashSet<>();
        Set<String> itemKeys = new HashSet<>();
        Map<String, Integer> conceptUsedBy = new HashMap<>();
        for (int i = 0; i < d.dimensions().size(); i++) {
            InstrumentDefinition.Dimension dim = d.dimensions().get(i);
            String f = "definition.dimensions[" + i + "]";
            if (dim == null) {
                errors.add(new FieldError(f, "must be a dimension, not null"));
                continue;
            }
            if (dim.key() == null || !KEY.matcher(dim.key()).matches()) {
                errors.add(new FieldError(f + ".key", "must be lower-case letters, digits and dashes, starting with a letter"));
            } else if (!dimKeys.add(dim.key())) {
                errors.add(new FieldError(f + ".key", "duplicate dimension key " + dim.key()));
            }
            requireTexts(errors, f + ".name", dim.name(), langs);
            if (dim.concept() != null) {
                if (!Concepts.builtIn().contains(dim.concept())) {
                    errors.add(new FieldError(f + ".concept", "unknown concept '" + dim.concept()
                            + "'; name one of the shared vocabulary (" + Concepts.RESOURCE + ")"));
                } else {
                    Integer earlier = conceptUsedBy.putIfAbsent(dim.concept(), i);
                    if (earlier != null) {
                        errors.add(new FieldError(f + ".concept", "concept " + dim.concept()
                                + " is already measured by definition.dimensions[" + earlier + "]; one dimension per concept"));
                    }
                }
            }
            if (dim.minRespondents() != null && (dim.minRespondents() < 3 || dim.minRespondents() > 1000)) {
                errors.add(new FieldError(f + ".minRespondents", "must be between 3 and 1000"));
            }
            if (dim.items() == null || dim.items().isEmpty()) {
                errors.add(new FieldError(f + ".items", "dimension " + dim.key() + " has no items"));
                continue;
            }
            for (int j = 0; j < dim.items().size(); j++) {
                InstrumentDefinition.Item item = dim.items().get(j);
                String fi = f + ".items[" + j + "]";
                if (item == null) {
                    errors.add(new FieldError(fi, "must be an item, not null"));
                    continue;
                }
                if (item.key() == null || !KEY.matcher(item.key()).matches()) {
                    errors.add(new FieldError(fi + ".key", "must be lower-case letters, digits and dashes, starting with a letter"));
                } else if (!itemKeys.add(item.key())) {
                    errors.add(new FieldError(fi + ".key", "duplicate item key " + item.key()));
                }
                requireTexts(errors, fi + ".text", item.text(), langs);
                if (item.type() == null) {
                    errors.add(new FieldError(fi + ".type", "must be one of LIKERT, FREQUENCY, YES_NO, SINGLE_CHOICE, OPEN_TEXT"));
                    continue;
                }
                switch (item.type()) {
                    case LIKERT, FREQUENCY -> {
                        if (item.scale() == null || d.scales() == null || !d.scales().containsKey(item.scale())) {
                            errors.add(new FieldError(fi + ".scale", "refers to unknown scale " + item.scale()));
                        }
                    }
                    case SINGLE_CHOICE -> {
                        if (item.options() == null || item.options().size() < 2) {
                            errors.add(new FieldError(fi + ".options", "a single-choice item needs at least two options"));
                        } else {
                            for (int k = 0; k < item.options().size(); k++) {
                                InstrumentDefinition.Option o = item.options().get(k);
                                if (o == null || o.key() == null || !KEY.matcher(o.key()).matches()) {
                                    errors.add(new FieldError(fi + ".options[" + k + "].key", "must be lower-case letters, digits and dashes"));
                                } else {
                                    requireTexts(errors, fi + ".options[" + k + "].label", o.label(), langs);
                                }
                            }
                        }
                        if (item.isReverse()) {
                            errors.add(new FieldError(fi + ".reverse", "only scaled items can be reverse-scored"));
                        }
                    }
                    case OPEN_TEXT, YES_NO -> {
                        if (item.isReverse() && item.type() == InstrumentDefinition.ItemType.OPEN_TEXT) {
                            errors.add(new FieldError(fi + ".reverse", "only scaled items can be reverse-scored"));
                        }
                    }
                }
            }
        }
        if (d.mapsFrom() != null) {
            d.mapsFrom().keySet().stream().filter(k -> k == null || !dimKeys.contains(k))
                    .forEach(k -> errors.add(new FieldError("definition.mapsFrom." + k, "is not a dimension of this version")));
        }
        return errors;
    }

    private static void requireTexts(List<FieldError> errors, String field, java.util.Map<String, String> texts, List<String> langs) {
        for (String l : langs) {
            if (texts == null || texts.get(l) == null || texts.get(l).isBlank()) {
                errors.add(new FieldError(field + "." + l, "text in " + l + " is missing"));
            }
        }
    }
}
