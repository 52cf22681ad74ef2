package nl.leercultuur.catalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Suggests instruments for a question: the published instrument descriptions of the catalogue with their guide (what
 * each measures, for whom, how long, team or organisation, employees or students, the built-in instrument that follows
 * it), ranked by how well they fit the scope, the audience and the length asked for, each with why.
 */
@ApplicationScoped
public class InstrumentGuide {

    public enum Scope { TEAM, ORGANISATION }

    public enum Audience { EMPLOYEES, STUDENTS }

    public enum Length { QUICK, FULL }

    /** What is asked; null: no preference. */
    public record Question(Scope scope, Audience audience, Length length) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InstrumentSuggestion", description = "One instrument, where it ranks for the question and why")
    public record Suggestion(int rank, int score, UUID id, String title, String organisation, String authors, String url,
                             String summary, String measures, String forWhom, String length, String lengthText,
                             List<String> scopes, List<String> audiences, String instrumentKey, boolean fitsScope,
                             boolean fitsAudience, boolean fitsLength, List<String> why) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InstrumentGuide", description = "The question as understood (null: no preference), how many instruments the guide holds, and the best-fitting ones")
    public record Answer(String scope, String audience, String length, int total, List<Suggestion> items) {
    }

    private final EntityManager em;

    InstrumentGuide(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Answer suggest(Question question, int limit) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT r.id AS id, r.title AS title, r.organisation AS organisation, "
                + "r.authors AS authors, r.url AS url, r.summary AS summary, g.measures AS measures, g.for_whom AS for_whom, "
                + "g.length AS length, g.length_text AS length_text, array_to_string(g.scopes, ',') AS scopes, "
                + "array_to_string(g.audiences, ',') AS audiences, g.instrument_key AS instrument_key, g.built_in_note AS built_in_note "
                + "FROM instrument_guide g JOIN resource r ON r.id = g.resource_id "
                + "WHERE r.status = 'PUBLISHED' AND r.kind = 'instrument-description'", Tuple.class).getResultList();
        List<Suggestion> ranked = new ArrayList<>();
        for (Tuple t : rows) {
            ranked.add(suggestion(question, t));
        }
        // best fit first; between equal fits, the one made for fewer scopes and audiences (the more specific), then by title
        ranked.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparingInt(s -> s.scopes().size() + s.audiences().size())
                .thenComparing(s -> s.title().toLowerCase(Locale.ROOT)));
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            Suggestion s = ranked.get(i);
            out.add(new Suggestion(i + 1, s.score(), s.id(), s.title(), s.organisation(), s.authors(), s.url(), s.summary(),
                    s.measures(), s.forWhom(), s.length(), s.lengthText(), s.scopes(), s.audiences(), s.instrumentKey(),
                    s.fitsScope(), s.fitsAudience(), s.fitsLength(), s.why()));
        }
        return new Answer(name(question.scope()), name(question.audience()), name(question.length()), ranked.size(), out);
    }

    /**
     * Scoring: a fitting scope or audience 3 each (what the instrument looks at and who answers it matter most), a
     * fitting length 2, an instrument the platform can run 1. Without a preference a criterion adds nothing.
     */
    static Suggestion suggestion(Question q, Tuple t) {
        List<String> scopes = split(t.get("scopes", String.class));
        List<String> audiences = split(t.get("audiences", String.class));
        String length = t.get("length", String.class);
        String key = t.get("instrument_key", String.class);
        String forWhom = t.get("for_whom", String.class);
        String lengthText = t.get("length_text", String.class);
        boolean scopeFits = q.scope() == null || scopes.contains(name(q.scope()));
        boolean audienceFits = q.audience() == null || audiences.contains(name(q.audience()));
        boolean lengthFits = q.length() == null || length.equals(name(q.length()));
        int score = (q.scope() != null && scopeFits ? 3 : 0) + (q.audience() != null && audienceFits ? 3 : 0)
                + (q.length() != null && lengthFits ? 2 : 0) + (key != null ? 1 : 0);
        List<String> why = new ArrayList<>();
        String measures = t.get("measures", String.class);
        why.add("Meet: " + measures.substring(0, 1).toLowerCase(Locale.ROOT) + measures.substring(1) + ".");
        if (q.scope() != null) {
            why.add(scopeFits ? "Kijkt naar " + scopeWords(scopes) + ", zoals gevraagd." : "Minder passend: kijkt naar " + scopeWords(scopes)
                    + ", niet naar " + (q.scope() == Scope.TEAM ? "één team" : "de hele organisatie") + ".");
        }
        if (q.audience() != null) {
            why.add((audienceFits ? "Voor " : "Minder passend: bedoeld voor ") + forWhom.substring(0, 1).toLowerCase(Locale.ROOT)
                    + forWhom.substring(1) + (audienceFits ? "." : ", niet voor " + (q.audience() == Audience.STUDENTS ? "studenten" : "medewerkers") + "."));
        } else {
            why.add("Voor " + forWhom.substring(0, 1).toLowerCase(Locale.ROOT) + forWhom.substring(1) + ".");
        }
        String lengthWord = "quick".equals(length) ? "Kort" : "Uitgebreid";
        if (q.length() != null && !lengthFits) {
            why.add("Minder passend: " + ("quick".equals(length) ? "kort" : "uitgebreid") + " (" + lengthText + ").");
        } else {
            why.add(lengthWord + ": " + lengthText + ".");
        }
        if (key != null) {
            why.add("In het platform te gebruiken als vragenlijst '" + key + "'" + (t.get("built_in_note", String.class) == null ? "."
                    : ": " + t.get("built_in_note", String.class)));
        } else {
            why.add("Niet als vragenlijst in het platform: gebruik de bron zelf.");
        }
        return new Suggestion(0, score, t.get("id", UUID.class), t.get("title", String.class), t.get("organisation", String.class),
                t.get("authors", String.class), t.get("url", String.class), t.get("summary", String.class), t.get("measures", String.class),
                forWhom, length, lengthText, scopes, audiences, key, scopeFits, audienceFits, lengthFits, why);
    }

    private static String scopeWords(List<String> scopes) {
        return String.join(" en ", scopes.stream().map(s -> s.equals("team") ? "een team" : "de organisatie").toList());
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
