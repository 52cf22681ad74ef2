package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.leercultuur.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

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
}
