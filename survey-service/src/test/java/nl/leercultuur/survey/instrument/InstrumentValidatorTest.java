package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.leercultuur.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nulls where a definition expects values (found by the API fuzz test): explained per field, never a crash. */
class InstrumentValidatorTest {

    @Test
    void nullsInsideListsAndMapsAreNamedFieldByField() throws Exception {
        InstrumentDefinition d = new ObjectMapper().readValue("""
                {"languages":["nl",null],
                 "scales":{"agree":{"min":1,"max":3,"labels":{"nl":null}},"gone":null},
                 "dimensions":[null,{"key":"trust","name":{"nl":null},"items":[null,
                   {"key":"pick","text":{"nl":"Kies"},"type":"SINGLE_CHOICE","options":[null,{"key":"b","label":{"nl":null}}]}]}],
                 "mapsFrom":{"trust":"old"}}""", InstrumentDefinition.class);
        List<String> fields = InstrumentValidator.validate(d).stream().map(FieldError::field).toList();
        assertTrue(fields.contains("definition.languages"), fields.toString());
        assertTrue(fields.contains("definition.scales.agree.labels.nl"), fields.toString());
        assertTrue(fields.contains("definition.scales.gone"), fields.toString());
        assertTrue(fields.contains("definition.dimensions[0]"), fields.toString());
        assertTrue(fields.contains("definition.dimensions[1].name.nl"), fields.toString());
        assertTrue(fields.contains("definition.dimensions[1].items[0]"), fields.toString());
        assertTrue(fields.contains("definition.dimensions[1].items[1].options[0].key"), fields.toString());
        assertTrue(fields.contains("definition.dimensions[1].items[1].options[1].label.nl"), fields.toString());
    }

    static InstrumentDefinition withConcepts(String first, String second) throws Exception {
        return new ObjectMapper().readValue("""
                {"languages":["nl"],
                 "scales":{"agree":{"min":1,"max":3,"labels":{"nl":["oneens","neutraal","eens"]}}},
                 "dimensions":[
                   {"key":"trust","name":{"nl":"Vertrouwen"},"concept":%s,"items":[{"key":"t-1","text":{"nl":"Tekst"},"type":"LIKERT","scale":"agree"}]},
                   {"key":"ambition","name":{"nl":"Ambitie"},"concept":%s,"items":[{"key":"a-1","text":{"nl":"Tekst"},"type":"LIKERT","scale":"agree"}]}]}"""
                .formatted(first == null ? "null" : "\"" + first + "\"", second == null ? "null" : "\"" + second + "\""),
                InstrumentDefinition.class);
    }

    @Test
    void aDimensionMayNameAConceptOfTheVocabulary() throws Exception {
        assertEquals(List.of(), InstrumentValidator.validate(withConcepts("psychological-safety", "learning-ambition")));
        assertEquals(List.of(), InstrumentValidator.validate(withConcepts(null, "learning-ambition")));
        assertEquals(List.of(), InstrumentValidator.validate(withConcepts(null, null)));
    }

    @Test
    void anUnknownConceptIsNamedByItsField() throws Exception {
        List<FieldError> errors = InstrumentValidator.validate(withConcepts("psychological-safety", "courage"));
        assertEquals(List.of("definition.dimensions[1].concept"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("courage"), errors.get(0).message());
        // an instrument dimension key is not a concept key
        assertEquals(List.of("definition.dimensions[0].concept"),
                InstrumentValidator.validate(withConcepts("organisation", null)).stream().map(FieldError::field).toList());
    }

    @Test
    void oneConceptIsMeasuredByOneDimensionOfAnInstrument() throws Exception {
        List<FieldError> errors = InstrumentValidator.validate(withConcepts("team-learning", "team-learning"));
        assertEquals(List.of("definition.dimensions[1].concept"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("definition.dimensions[0]"), errors.get(0).message());
    }
}
