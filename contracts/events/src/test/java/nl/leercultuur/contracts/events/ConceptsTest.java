package nl.leercultuur.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared vocabulary: unique, well-formed keys with texts in both languages, and every dimension of every built-in
 * instrument (survey-service's instruments/*.json) mapped to exactly one concept, as the instrument file says.
 */
class ConceptsTest {

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path INSTRUMENTS = Path.of(System.getProperty("basedir", "."))
            .resolve("../../survey-service/src/main/resources/instruments").normalize();

    @Test
    void keysAreUniqueAndEveryConceptIsNamedAndDescribedInBothLanguages() throws Exception {
        List<Concepts.Concept> all = Concepts.builtIn().all();
        assertTrue(all.size() >= 15, "vocabulary of " + all.size());
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Concepts.Concept c : all) {
            assertTrue(KEY.matcher(c.key()).matches(), c.key());
            assertTrue(keys.add(c.key()), "duplicate key " + c.key());
            assertTrue(names.add(c.name().nl()), "two concepts named " + c.name().nl());
            for (String text : new String[]{c.name().nl(), c.name().en(), c.description().nl(), c.description().en()}) {
                assertTrue(text != null && !text.isBlank(), c.key() + " lacks a text");
            }
            assertFalse(c.dimensions().isEmpty(), c.key() + " is measured by no built-in dimension");
        }
        // the raw file too: the accessor would refuse a duplicate, but say so here by name
        JsonNode raw = JSON.readTree(Concepts.class.getClassLoader().getResourceAsStream(Concepts.RESOURCE));
        Set<String> rawKeys = new HashSet<>();
        raw.forEach(c -> assertTrue(rawKeys.add(c.path("key").asText()), "duplicate key " + c.path("key")));
    }

    @Test
    void everyBuiltInDimensionMapsToExactlyOneConcept() throws Exception {
        Map<Concepts.InstrumentDimension, String> builtIn = builtInDimensions();
        assertTrue(builtIn.size() >= 30, "found " + builtIn.size() + " built-in dimensions under " + INSTRUMENTS);
        List<String> problems = new ArrayList<>();
        Map<Concepts.InstrumentDimension, Integer> mapped = new HashMap<>();
        for (Concepts.Concept c : Concepts.builtIn().all()) {
            for (Concepts.InstrumentDimension d : c.dimensions()) {
                mapped.merge(d, 1, Integer::sum);
                if (!builtIn.containsKey(d)) {
                    problems.add(c.key() + " names " + d + ", which no built-in instrument has");
                }
            }
        }
        builtIn.forEach((d, conceptInFile) -> {
            int times = mapped.getOrDefault(d, 0);
            if (times != 1) {
                problems.add(d + " is mapped to " + times + " concepts");
            }
            String concept = Concepts.builtIn().conceptOf(d.instrument(), d.dimension()).map(Concepts.Concept::key).orElse(null);
            if (!java.util.Objects.equals(concept, conceptInFile)) {
                problems.add(d + ": the instrument file says " + conceptInFile + ", the vocabulary " + concept
                        + " (run tools/gen_instruments.py)");
            }
        });
        assertEquals(List.of(), problems);
    }

    /** Two dimensions of one instrument never share a concept: that would be one idea measured twice, or two ideas under one key. */
    @Test
    void noInstrumentMeasuresAConceptTwice() {
        for (Concepts.Concept c : Concepts.builtIn().all()) {
            Set<String> instruments = new HashSet<>();
            c.dimensions().forEach(d -> assertTrue(instruments.add(d.instrument()),
                    c.key() + " maps two dimensions of " + d.instrument()));
        }
    }

    @Test
    void ideasMeasuredByTwoInstrumentsShareOneKeyAndCollidingKeysAreApart() {
        Concepts v = Concepts.builtIn();
        assertEquals("structural-support", v.conceptOf("learning-culture-carriers", "organisation").orElseThrow().key());
        assertEquals("structural-support", v.conceptOf("tno-learning-levels", "organisation").orElseThrow().key());
        assertEquals("external-connection", v.conceptOf("learning-organisation-dimensions", "environment").orElseThrow().key());
        assertEquals("external-connection", v.conceptOf("tno-learning-levels", "environment").orElseThrow().key());
        assertEquals("psychological-safety", v.conceptOf("learning-culture-carriers", "room-and-safety").orElseThrow().key());
        assertEquals("psychological-safety", v.conceptOf("team-psychological-safety", "psychological-safety").orElseThrow().key());
        assertEquals("psychological-safety", v.conceptOf("psychological-safety-quick-test", "psychological-safety").orElseThrow().key());
        assertEquals("team-learning", v.conceptOf("learning-organisation-dimensions", "team-learning").orElseThrow().key());
        assertTrue(v.conceptOf("learning-culture-carriers", "no-such-dimension").isEmpty());
        assertTrue(v.conceptOf("custom-instrument", "organisation").isEmpty());
        assertTrue(v.byKey("leadership-for-learning").isPresent());
        assertTrue(v.contains("team-learning"));
        assertFalse(v.contains("organisation"));
        assertFalse(v.contains(null));
    }

    @Test
    void aVocabularyWithADuplicateKeyOrADimensionMappedTwiceIsRefused() {
        String dupKey = """
                [{"key": "a", "name": {"nl": "A", "en": "A"}, "description": {"nl": "a", "en": "a"}, "dimensions": []},
                 {"key": "a", "name": {"nl": "B", "en": "B"}, "description": {"nl": "b", "en": "b"}, "dimensions": []}]""";
        assertThrows(IllegalStateException.class, () -> Concepts.read(stream(dupKey)));
        String dupDim = """
                [{"key": "a", "name": {"nl": "A", "en": "A"}, "description": {"nl": "a", "en": "a"},
                  "dimensions": [{"instrument": "i", "dimension": "d"}]},
                 {"key": "b", "name": {"nl": "B", "en": "B"}, "description": {"nl": "b", "en": "b"},
                  "dimensions": [{"instrument": "i", "dimension": "d"}]}]""";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Concepts.read(stream(dupDim)));
        assertTrue(e.getMessage().contains("i/d"), e.getMessage());
    }

    static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** instrument/dimension -> the concept the instrument file writes beside it (null when none). */
    static Map<Concepts.InstrumentDimension, String> builtInDimensions() throws Exception {
        Map<Concepts.InstrumentDimension, String> out = new HashMap<>();
        for (String line : Files.readAllLines(INSTRUMENTS.resolve("library.txt"))) {
            String file = line.trim();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            JsonNode doc = JSON.readTree(INSTRUMENTS.resolve(file).toFile());
            String instrument = doc.path("key").asText();
            for (JsonNode d : doc.path("definition").path("dimensions")) {
                out.put(new Concepts.InstrumentDimension(instrument, d.path("key").asText()),
                        d.hasNonNull("concept") ? d.get("concept").asText() : null);
            }
        }
        return out;
    }
}
