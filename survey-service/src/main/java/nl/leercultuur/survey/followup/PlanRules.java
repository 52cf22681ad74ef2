package nl.leercultuur.survey.followup;

import nl.leercultuur.platform.problem.Problem.FieldError;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.survey.followup.FollowUpDtos.Point;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a plan's content that a request's shape cannot say: dimension keys of the scan's instrument version,
 * an owner who is a name and not an account, catalogue entries named by id, the day of the conversation. Collects
 * every offending field by its path in the request ({@code shortTerm[1].dimensions[0]}) and answers them together (422).
 */
final class PlanRules {

    private final Set<String> dimensionKeys;
    private final String instrument;
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * @param dimensionKeys the dimensions of the scan's instrument version, in its order
     * @param instrument    how to name the instrument version in a message, e.g. "team-psychological-safety version 1"
     */
    PlanRules(List<String> dimensionKeys, String instrument) {
        this.dimensionKeys = new LinkedHashSet<>(dimensionKeys);
        this.instrument = instrument;
    }

    /** Dimension keys as sent: each must be one of the instrument version's, and named once. */
    List<String> dimensions(String field, List<String> keys) {
        if (keys == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            String at = field + "[" + i + "]";
            if (k == null || !dimensionKeys.contains(k)) {
                errors.add(new FieldError(at, "no dimension '" + k + "' in " + instrument + " (its dimensions: "
                        + String.join(", ", dimensionKeys) + ")"));
            } else if (!seen.add(k)) {
                errors.add(new FieldError(at, "dimension '" + k + "' is named twice"));
            }
        }
        return List.copyOf(new LinkedHashSet<>(keys.stream().filter(k -> k != null && dimensionKeys.contains(k)).toList()));
    }

    /** Points of one kind (strengths, shortTerm, longTerm): texts trimmed, dimensions checked. */
    List<Point> points(String field, List<Point> points) {
        if (points == null) {
            return List.of();
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            String at = field + "[" + i + "]";
            String text = p.text() == null ? "" : p.text().strip();
            if (text.isEmpty()) {
                errors.add(new FieldError(at + ".text", "must not be blank"));
            }
            out.add(new Point(text, dimensions(at + ".dimensions", p.dimensions())));
        }
        return out;
    }

    /** An action's owner: a name as the team writes it; an e-mail address or account name is refused. */
    String owner(String field, String owner) {
        String o = owner == null ? "" : owner.strip();
        if (o.isEmpty()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (o.contains("@")) {
            errors.add(new FieldError(field, "a name as the team writes it (\"Fatma\", \"the team leader\"), "
                    + "not an e-mail address or account"));
        }
        return o;
    }

    /** A title: trimmed, not blank. */
    String title(String field, String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            errors.add(new FieldError(field, "must not be blank"));
        }
        return t;
    }

    /** Catalogue entries by id: each a UUID, named once; answered in canonical form. */
    List<String> resources(String field, List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String at = field + "[" + i + "]";
            UUID id = uuid(ids.get(i));
            if (id == null) {
                errors.add(new FieldError(at, "must be a catalogue entry id (a UUID)"));
            } else if (!out.add(id.toString())) {
                errors.add(new FieldError(at, "entry " + id + " is named twice"));
            }
        }
        return List.copyOf(out);
    }

    /** Editors' token subjects, trimmed, each once. */
    List<String> editors(String field, List<String> subjects) {
        if (subjects == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < subjects.size(); i++) {
            String s = subjects.get(i) == null ? "" : subjects.get(i).strip();
            if (s.isEmpty()) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be blank"));
            } else if (!out.add(s)) {
                errors.add(new FieldError(field + "[" + i + "]", "'" + s + "' is named twice"));
            }
        }
        return List.copyOf(out);
    }

    /** The conversation took place after the scan closed (its day counts) and not in the future. */
    void heldOn(String field, LocalDate heldOn, LocalDate scanClosedOn, LocalDate today) {
        if (heldOn == null) {
            errors.add(new FieldError(field, "must be given"));
        } else if (heldOn.isAfter(today)) {
            errors.add(new FieldError(field, "must not lie in the future (today is " + today + ")"));
        } else if (scanClosedOn != null && heldOn.isBefore(scanClosedOn)) {
            errors.add(new FieldError(field, "must not lie before the scan closed (" + scanClosedOn + ")"));
        }
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** 422 naming every offending field, when there is one. */
    void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static UUID uuid(String s) {
        if (s == null || s.strip().length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
