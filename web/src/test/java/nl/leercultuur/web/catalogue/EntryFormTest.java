package nl.leercultuur.web.catalogue;

import nl.leercultuur.client.catalog.model.ResourceInput;
import nl.leercultuur.client.catalog.model.ResourceView;
import nl.leercultuur.web.catalogue.EntryForm.Problem;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntryFormTest {

    static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return m;
    }

    static final Map<String, List<String>> GOOD = form("kind", "article", "title", " Leren aan de koffietafel ",
            "summary", "Vijf minuten terugkijken.\r\nElke ochtend.", "year", "2025", "language", "nl", "url", "",
            "duration", "15", "audience", "team", "audience", "leader", "themes", "reflection", "dimensions", "team-learning",
            "version", "3", "successFactors", "");

    @Test
    void aCompleteFormHasNoProblemsAndBecomesTheApisInput() {
        EntryForm f = EntryForm.from(GOOD);
        assertEquals(Map.of(), f.validate());
        ResourceInput in = f.toInput();
        assertEquals("article", in.getKind());
        assertEquals("Leren aan de koffietafel", in.getTitle());
        assertEquals("Vijf minuten terugkijken.\nElke ochtend.", in.getSummary(), "a browser's line ends as the API keeps them");
        assertEquals(2025, in.getYear());
        assertEquals(15, in.getDurationMinutes());
        assertEquals(List.of("team", "leader"), in.getAudience());
        assertEquals(List.of("team-learning"), in.getDimensionKeys());
        assertNull(in.getConcepts(), "no concepts ticked: the catalogue derives them from the dimensions");
        assertNull(in.getUrl());
        assertNull(in.getSuccessFactors());
        assertEquals(3L, in.getVersion());
        assertEquals("\"3\"", f.ifMatch());
    }

    @Test
    void aNewEntryHasNoVersionAndNoIfMatch() {
        EntryForm f = EntryForm.blank();
        assertNull(f.ifMatch());
        assertEquals("nl", f.language());
    }

    @Test
    void theRequiredFieldsAreNamedInTheFormsOrder() {
        Map<String, Problem> p = EntryForm.from(form("title", "  ")).validate();
        assertEquals(List.of("kind", "title", "summary"), List.copyOf(p.keySet()));
        assertTrue(p.values().stream().allMatch(x -> x == Problem.REQUIRED));
    }

    @Test
    void numbersLinksAndLengthsAreChecked() {
        Map<String, List<String>> bad = new HashMap<>(GOOD);
        bad.put("year", List.of("twintig"));
        bad.put("duration", List.of("0"));
        bad.put("url", List.of("www.example.nl"));
        bad.put("title", List.of("x".repeat(301)));
        bad.put("kind", List.of("boek"));
        Map<String, Problem> p = EntryForm.from(bad).validate();
        assertEquals(Problem.UNKNOWN_CHOICE, p.get("kind"));
        assertEquals(Problem.TOO_LONG, p.get("title"));
        assertEquals(Problem.NOT_A_NUMBER, p.get("year"));
        assertEquals(Problem.DURATION_RANGE, p.get("duration"));
        assertEquals(Problem.NOT_A_URL, p.get("url"));
        bad.put("year", List.of("1850"));
        assertEquals(Problem.YEAR_RANGE, EntryForm.from(bad).validate().get("year"));
    }

    @Test
    void choicesOutsideTheListsAreRefused() {
        Map<String, List<String>> bad = new HashMap<>(GOOD);
        bad.put("audience", List.of("everyone"));
        bad.put("themes", List.of("Hoofdletters"));
        bad.put("category", List.of("other"));
        Map<String, Problem> p = EntryForm.from(bad).validate();
        assertEquals(Problem.UNKNOWN_CHOICE, p.get("audience"));
        assertEquals(Problem.UNKNOWN_CHOICE, p.get("themes"));
        assertEquals(Problem.UNKNOWN_CHOICE, p.get("category"));
    }

    @Test
    void theApisFieldNamesAreTheFormsFields() {
        assertEquals("audience", EntryForm.formField("audience[0].<list element>"));
        assertEquals("duration", EntryForm.formField("durationMinutes"));
        assertEquals("dimensions", EntryForm.formField("dimensionKeys[2]"));
        assertEquals("title", EntryForm.formField("create.in.title"));
        assertEquals("concepts", EntryForm.formField("concepts[0]"));
        assertNull(EntryForm.formField("version"));
        assertNull(EntryForm.formField(null));
    }

    @Test
    void anEntryIsReadIntoTheFormAndBackUnchanged() {
        ResourceView v = new ResourceView().id(UUID.randomUUID()).kind("book").title("Liefde voor Leren").summary("Over leren.")
                .authors("Manon Ruijters").year(2015).language("nl").themes(List.of("lifelong-learning"))
                .concepts(List.of("informal-learning")).dimensionKeys(List.of("informal")).audience(List.of("hr-ld")).version(7L);
        EntryForm f = EntryForm.of(v);
        assertEquals("2015", f.year());
        assertEquals("7", f.version());
        assertEquals(Map.of(), f.validate());
        assertEquals(List.of("informal-learning"), f.toInput().getConcepts(), "concepts the entry has are kept");
        assertEquals(List.of(), f.differences(EntryForm.of(v)));
    }

    @Test
    void theDifferencesAreWhatSomeoneElseChanged() {
        EntryForm mine = EntryForm.from(GOOD);
        Map<String, List<String>> theirs = new HashMap<>(GOOD);
        theirs.put("summary", List.of("Iets anders."));
        theirs.put("audience", List.of("leader", "team")); // the same, in another order
        theirs.put("themes", List.of("reflection", "leadership"));
        theirs.put("version", List.of("4"));
        assertEquals(List.of("summary", "themes"), mine.differences(EntryForm.from(theirs)));
        assertEquals("4", mine.withVersion(4L).version());
    }
}
