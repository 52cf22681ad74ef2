package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in library itself passes the validator that custom instruments must pass. */
class InstrumentLibraryContentTest {

    static InstrumentDefinition load(String key) throws Exception {
        try (InputStream in = InstrumentLibraryContentTest.class.getResourceAsStream("/instruments/" + key + ".json")) {
            return new ObjectMapper().readTree(in).get("definition").traverse(new ObjectMapper()).readValueAs(InstrumentDefinition.class);
        }
    }

    @Test
    void everyBuiltInInstrumentIsValid() throws Exception {
        for (String key : List.of("learning-culture-carriers", "learning-organisation-dimensions", "tno-learning-levels",
                "team-psychological-safety", "placement-learning-climate", "learning-behaviour")) {
            assertEquals(List.of(), InstrumentValidator.validate(load(key)), key);
        }
    }

    @Test
    void psychologicalSafetyHasSevenItemsThreeReversed() throws Exception {
        var d = load("team-psychological-safety").dimensions().get(0);
        assertEquals(7, d.items().size());
        assertEquals(3, d.items().stream().filter(InstrumentDefinition.Item::isReverse).count());
    }

    @Test
    void validatorRejectsBrokenDefinitions() throws Exception {
        var good = load("tno-learning-levels");
        var emptyDim = new InstrumentDefinition(good.languages(), good.scales(),
                List.of(new InstrumentDefinition.Dimension("team", good.dimensions().get(0).name(), null, List.of(), null)), null, null);
        assertTrue(InstrumentValidator.validate(emptyDim).stream().anyMatch(e -> e.field().equals("definition.dimensions[0].items")));
        var badScale = new InstrumentDefinition(good.languages(),
                java.util.Map.of("agree5", new InstrumentDefinition.Scale(5, 1, null)), good.dimensions(), null, null);
        assertTrue(InstrumentValidator.validate(badScale).stream().anyMatch(e -> e.field().equals("definition.scales.agree5")));
        var dup = new InstrumentDefinition(good.languages(), good.scales(),
                List.of(good.dimensions().get(0), good.dimensions().get(0)), null, null);
        assertTrue(InstrumentValidator.validate(dup).stream().anyMatch(e -> e.message().startsWith("duplicate")));
    }
}
