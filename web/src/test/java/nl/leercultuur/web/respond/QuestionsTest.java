package nl.leercultuur.web.respond;

import nl.leercultuur.client.survey.model.Option1;
import nl.leercultuur.client.survey.model.Question;
import nl.leercultuur.client.survey.model.Questionnaire;
import nl.leercultuur.client.survey.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionsTest {

    static Question likert(String key) {
        return new Question().key(key).text("Stelling " + key).type("LIKERT").required(true).min(1).max(5)
                .labels(List.of("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"));
    }

    static final Section SAFETY = new Section().title("Veiligheid").items(List.of(likert("ps-1"), likert("ps-2")));
    static final Section OPEN = new Section().title("Open").items(List.of(
            new Question().key("yn").text("Ja of nee").type("YES_NO").required(true),
            new Question().key("pick").text("Kies").type("SINGLE_CHOICE").required(false)
                    .options(List.of(new Option1().key("a").label("Eerste"), new Option1().key("b").label("Tweede"))),
            new Question().key("free").text("Toelichting").type("OPEN_TEXT").required(false)));
    static final List<Section> STEPS = List.of(SAFETY, OPEN);

    @Test
    void formValuesBecomeTheTypesTheApiTakes() {
        Map<String, Object> a = Questions.read(OPEN, Map.of("yn", "false", "pick", "b", "free", "  goed team  "));
        assertEquals(Map.of("yn", false, "pick", "b", "free", "goed team"), a);
        assertEquals(Map.of("ps-1", 4), Questions.read(SAFETY, Map.of("ps-1", "4", "ps-2", "", "other", "9")));
        // a value that is not a number goes to the API as sent, which names the field in its refusal
        assertEquals("x", Questions.read(SAFETY, Map.of("ps-1", "x")).get("ps-1"));
    }

    @Test
    void onlyUnansweredRequiredQuestionsOfTheStepAreMissing() {
        assertEquals(Set.of("ps-2"), Questions.missing(SAFETY, Map.of("ps-1", 3), "!").keySet());
        assertTrue(Questions.missing(OPEN, Map.of("yn", true), "!").isEmpty());
    }

    @Test
    void aStepReplacesItsOwnAnswersAndKeepsTheOthers() {
        Map<String, Object> saved = Map.of("ps-1", 2, "ps-2", 5, "yn", true);
        Map<String, Object> merged = Questions.merge(saved, SAFETY, Map.of("ps-1", 4));
        assertEquals(Map.of("ps-1", 4, "yn", true), merged, "ps-2 was cleared on this step, so it is gone");
    }

    @Test
    void resumesAtTheFirstStepWithAnOpenRequiredQuestion() {
        assertEquals(1, Questions.resumeAt(STEPS, Map.of()));
        assertEquals(2, Questions.resumeAt(STEPS, Map.of("ps-1", 1, "ps-2", 2)));
        assertEquals(2, Questions.resumeAt(STEPS, Map.of("ps-1", 1, "ps-2", 2, "yn", false)), "all done: the last step");
        assertEquals(2, Questions.stepOf(STEPS, Set.of("free")));
        assertEquals(0, Questions.stepOf(STEPS, Set.of("nothing")));
    }

    @Test
    void fieldsCarryLabelsChoicesAndErrors() {
        List<Questions.Field> f = Questions.fields(SAFETY, Map.of("ps-1", 4), Map.of("ps-2", "Beantwoord deze vraag."), "Ja", "Nee");
        assertEquals("scale", f.get(0).kind());
        assertEquals(5, f.get(0).choices().size());
        assertEquals("4 – eens", f.get(0).choices().get(3).label());
        assertTrue(f.get(0).choices().get(3).checked());
        assertFalse(f.get(0).choices().get(2).checked());
        assertEquals("Beantwoord deze vraag.", f.get(1).error());
        List<Questions.Field> o = Questions.fields(OPEN, Map.of("yn", false), Map.of(), "Ja", "Nee");
        assertEquals(List.of("Ja", "Nee"), o.get(0).choices().stream().map(Questions.Choice::label).toList());
        assertTrue(o.get(0).choices().get(1).checked());
        assertEquals("choice", o.get(1).kind());
        assertEquals("text", o.get(2).kind());
    }

    @Test
    void stepsSkipEmptySections() {
        Questionnaire q = new Questionnaire().sections(List.of(SAFETY, new Section().title("leeg").items(List.of()), OPEN));
        assertEquals(2, Questions.steps(q).size());
    }

    @Test
    void codesFromPaperAreForgiven() {
        assertEquals("K7QW-3MZX-9HTD", RespondPages.normalise(" k7qw 3mzx 9htd "));
        assertEquals("K7QW-3MZX-9HTD", RespondPages.normalise("K7QW3MZX9HTD"));
    }
}
