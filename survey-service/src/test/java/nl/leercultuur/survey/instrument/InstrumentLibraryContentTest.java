package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in library itself passes the validator that custom instruments must pass. */
class InstrumentLibraryContentTest {

    static InstrumentDefinition load(String key) throws Exception {
        try (InputStream in = InstrumentLibraryContentTest.class.getResourceAsStream("/instruments/" + key + ".json")) {
            return new ObjectMapper().readTree(in).get("definition").traverse(new ObjectMapper()).readValueAs(InstrumentDefinition.class);
        }
    }

    static final List<String> BUILT_IN = List.of("learning-culture-carriers", "learning-organisation-dimensions",
            "tno-learning-levels", "team-psychological-safety", "placement-learning-climate", "learning-behaviour",
            "psychological-safety-quick-test");

    static com.fasterxml.jackson.databind.JsonNode file(String key) throws Exception {
        try (InputStream in = InstrumentLibraryContentTest.class.getResourceAsStream("/instruments/" + key + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyBuiltInInstrumentIsValid() throws Exception {
        for (String key : BUILT_IN) {
            assertEquals(List.of(), InstrumentValidator.validate(load(key)), key);
        }
    }

    @Test
    void theLibraryIndexListsEveryBuiltInInstrument() throws Exception {
        try (InputStream in = InstrumentLibraryContentTest.class.getResourceAsStream("/instruments/library.txt")) {
            List<String> files = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            assertEquals(BUILT_IN.stream().map(k -> k + ".json").sorted().toList(), files.stream().sorted().toList());
        }
    }

    /** Every built-in dimension carries the concept the shared vocabulary maps it to, and no instrument measures one twice. */
    @Test
    void everyBuiltInDimensionCarriesItsConcept() throws Exception {
        for (String key : BUILT_IN) {
            java.util.Set<String> concepts = new java.util.HashSet<>();
            for (InstrumentDefinition.Dimension d : load(key).dimensions()) {
                String expected = nl.leercultuur.contracts.events.Concepts.builtIn().conceptOf(key, d.key())
                        .map(nl.leercultuur.contracts.events.Concepts.Concept::key).orElse(null);
                assertNotNull(expected, key + "/" + d.key() + " is not in the vocabulary");
                assertEquals(expected, d.concept(), key + "/" + d.key());
                assertTrue(concepts.add(d.concept()), key + " measures " + d.concept() + " twice");
            }
        }
    }

    /** The six carriers as seed 002 names them, and the sub-aspects version 1 lacked, in version 2. */
    @Test
    void theCarriersFollowTheirSourceInVersionTwo() throws Exception {
        var doc = file("learning-culture-carriers");
        assertEquals(2, doc.path("version").asInt());
        var d = load("learning-culture-carriers");
        assertEquals(List.of("Inhoud van werk: taken die blijven uitdagen", "Ruimte en veiligheid om te blijven ontwikkelen",
                        "Samenwerken en teamontwikkeling", "Leiderschap gericht op ontwikkeling", "Organisatie gericht op ontwikkeling",
                        "Organisatie verbinden met de externe omgeving"),
                d.dimensions().stream().map(x -> x.name().get("nl")).toList());
        assertEquals(List.of(4, 3, 5, 4, 5, 3), d.dimensions().stream().map(x -> x.items().size()).toList());
        // version 1's item keys are kept, so answers and trends line up; every dimension maps to itself
        assertTrue(d.item("work-content-1").isPresent() && d.item("outside-world-3").isPresent());
        assertEquals(d.dimensions().size(), d.mapsFrom().size());
        d.mapsFrom().forEach((k, v) -> assertEquals(k, v));
        for (String key : BUILT_IN) {
            if (!key.equals("learning-culture-carriers")) {
                assertEquals(1, file(key).path("version").asInt(), key);
            }
        }
    }

    @Test
    void sourceNotesSayWhatEachInstrumentFollows() throws Exception {
        assertFalse(file("tno-learning-levels").path("sourceModel").asText().contains("Monitor"));
        assertTrue(file("learning-behaviour").path("sourceModel").asText().contains("Monitor Leercultuur"));
        String placement = file("placement-learning-climate").path("sourceModel").asText();
        assertTrue(placement.contains("(CLES)"), placement);
        assertFalse(placement.contains("CLES+T"), placement);
    }

    @Test
    void theQuickTestIsSevenItemsOnPsychologicalSafety() throws Exception {
        var d = load("psychological-safety-quick-test");
        assertEquals(1, d.dimensions().size());
        assertEquals("psychological-safety", d.dimensions().get(0).concept());
        assertEquals(7, d.dimensions().get(0).items().size());
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
