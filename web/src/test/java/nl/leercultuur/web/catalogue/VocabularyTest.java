package nl.leercultuur.web.catalogue;

import nl.leercultuur.web.catalogue.Vocabulary.Group;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    @Test
    void keysAreReadInThePagesLanguage() {
        assertEquals("Boek", Vocabulary.label(Group.KIND, "book", "nl"));
        assertEquals("Book", Vocabulary.label(Group.KIND, "book", "en"));
        assertEquals("Leidinggevenden", Vocabulary.label(Group.AUDIENCE, "leader", "nl"));
        assertEquals("Ter beoordeling", Vocabulary.label(Group.STATUS, "IN_REVIEW", "nl"));
        assertEquals(List.of("Teams", "Studenten"), Vocabulary.labels(Group.AUDIENCE, List.of("team", "student"), "nl"));
    }

    @Test
    void anUnknownKeyIsMadeReadableAndFreeTextStays() {
        assertEquals("Samen leren", Vocabulary.label(Group.THEME, "samen-leren", "nl"));
        assertEquals("Thuiszorg Noord", Vocabulary.label(Group.SECTOR, "Thuiszorg Noord", "nl"));
        assertEquals("", Vocabulary.label(Group.THEME, null, "nl"));
    }

    @Test
    void everyKindAudienceAndLanguageTheApiKnowsHasALabel() {
        SearchQuery.KINDS.forEach(k -> assertTrue(Vocabulary.knows(Group.KIND, k), k));
        SearchQuery.AUDIENCES.forEach(k -> assertTrue(Vocabulary.knows(Group.AUDIENCE, k), k));
        SearchQuery.LANGUAGES.forEach(k -> assertTrue(Vocabulary.knows(Group.LANGUAGE, k), k));
        EntryForm.CATEGORIES.forEach(k -> assertTrue(Vocabulary.knows(Group.CATEGORY, k), k));
        assertEquals(20, Vocabulary.keys(Group.CONCEPT).size(), "the shared vocabulary's twenty concepts");
    }

    @Test
    void durationsAsPeopleSayThem() {
        assertEquals("45 minuten", Vocabulary.duration(45, "nl"));
        assertEquals("1 minuut", Vocabulary.duration(1, "nl"));
        assertEquals("1 uur", Vocabulary.duration(60, "nl"));
        assertEquals("2 uur en 5 minuten", Vocabulary.duration(125, "nl"));
        assertEquals("1 hour and 30 minutes", Vocabulary.duration(90, "en"));
        assertEquals("2 hours", Vocabulary.duration(120, "en"));
        assertEquals("", Vocabulary.duration(null, "nl"));
        assertEquals("", Vocabulary.duration(0, "nl"));
    }
}
