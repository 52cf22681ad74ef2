package nl.leercultuur.catalog.resource;

import nl.leercultuur.contracts.events.Concepts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dimension keys to concepts through the vocabulary, and a key two instruments use for different ideas. */
class ConceptTagsTest {

    /** A vocabulary where "organisation" is one idea for the carriers and another for the TNO levels. */
    static ConceptTags ambiguous() throws IOException {
        String json = """
                [{"key": "structural-support", "name": {"nl": "s", "en": "s"}, "dimensions": [
                   {"instrument": "learning-culture-carriers", "dimension": "organisation"}]},
                 {"key": "organisation-level", "name": {"nl": "o", "en": "o"}, "dimensions": [
                   {"instrument": "tno-learning-levels", "dimension": "organisation"}]},
                 {"key": "work", "name": {"nl": "w", "en": "w"}, "dimensions": [
                   {"instrument": "learning-culture-carriers", "dimension": "work-content"},
                   {"instrument": "tno-learning-levels", "dimension": "task"}]},
                 {"key": "team", "name": {"nl": "t", "en": "t"}, "dimensions": [
                   {"instrument": "tno-learning-levels", "dimension": "team"}]}]
                """;
        return new ConceptTags(Concepts.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theSharedVocabularyMapsEveryBuiltInDimension() {
        ConceptTags tags = new ConceptTags(Concepts.builtIn());
        assertEquals(List.of("learning-ambition"), tags.fromDimensions(List.of("team-ambition")));
        assertEquals(Set.of("psychological-safety"), tags.conceptsOf("room-and-safety"));
        assertTrue(tags.dimensionsOf("psychological-safety").containsAll(List.of("room-and-safety", "psychological-safety")));
        assertEquals(List.of(), tags.fromDimensions(List.of("no-such-dimension")));
        assertTrue(tags.isConcept("learning-ambition"));
        assertFalse(tags.isConcept("team-ambition"));
    }

    @Test
    void anAmbiguousKeyIsReadByTheInstrumentOfTheEntrysOtherKeys() throws IOException {
        ConceptTags tags = ambiguous();
        assertEquals(Set.of("structural-support", "organisation-level"), tags.conceptsOf("organisation"));
        // with "team" (TNO only) beside it, "organisation" is the TNO level
        assertEquals(List.of("team", "organisation-level"), tags.fromDimensions(List.of("team", "organisation")));
        // with "work-content" (carriers only) beside it, the carrier
        assertEquals(List.of("work", "structural-support"), tags.fromDimensions(List.of("work-content", "organisation")));
        // with no hint, both
        assertEquals(List.of("structural-support", "organisation-level"), tags.fromDimensions(List.of("organisation")));
    }
}
