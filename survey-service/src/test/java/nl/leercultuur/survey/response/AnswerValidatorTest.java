package nl.leercultuur.survey.response;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.leercultuur.survey.instrument.InstrumentDefinition;
import nl.leercultuur.survey.instrument.InstrumentDefinition.Dimension;
import nl.leercultuur.survey.instrument.InstrumentDefinition.Item;
import nl.leercultuur.survey.instrument.InstrumentDefinition.ItemType;
import nl.leercultuur.survey.instrument.InstrumentDefinition.Option;
import nl.leercultuur.survey.instrument.InstrumentDefinition.Scale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerValidatorTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> T = Map.of("nl", "x", "en", "x");
    static final InstrumentDefinition DEF = new InstrumentDefinition(List.of("nl", "en"),
            Map.of("a5", new Scale(1, 5, null)),
            List.of(new Dimension("d", T, null, List.of(
                    new Item("plain", T, ItemType.LIKERT, "a5", false, true, null),
                    new Item("flipped", T, ItemType.LIKERT, "a5", true, true, null),
                    new Item("yn", T, ItemType.YES_NO, null, null, false, null),
                    new Item("pick", T, ItemType.SINGLE_CHOICE, null, null, false,
                            List.of(new Option("a", T), new Option("b", T))),
                    new Item("open", T, ItemType.OPEN_TEXT, null, null, false, null)), null)),
            null, null);

    static AnswerValidator.Result check(String json) throws Exception {
        return AnswerValidator.check(DEF, JSON.readTree(json), true);
    }

    @Test
    void reverseScoringAndFavourableTopTwo() throws Exception {
        var r = check("{\"plain\":4,\"flipped\":2,\"yn\":true,\"pick\":\"b\",\"open\":\"  meer tijd  \"}");
        assertTrue(r.valid(), r.errors().toString());
        var byKey = r.answers().stream().collect(java.util.stream.Collectors.toMap(AnswerValidator.StoredAnswer::itemKey, a -> a));
        assertEquals(new BigDecimal(4), byKey.get("plain").score());
        assertTrue(byKey.get("plain").favourable());
        assertEquals(new BigDecimal(4), byKey.get("flipped").score(), "2 on a reversed 1..5 item scores 4");
        assertEquals("yes", byKey.get("yn").choice());
        assertEquals("b", byKey.get("pick").choice());
        assertEquals("meer tijd", byKey.get("open").text());
    }

    @Test
    void everyProblemIsNamed() throws Exception {
        var r = check("{\"plain\":6,\"yn\":\"ja\",\"pick\":\"c\",\"open\":3,\"extra\":1}");
        assertFalse(r.valid());
        var fields = r.errors().stream().map(e -> e.field()).toList();
        assertEquals(List.of("answers.plain", "answers.flipped", "answers.yn", "answers.pick", "answers.open", "answers.extra"), fields);
    }

    @Test
    void decimalsAndStringsAreNotScalePoints() throws Exception {
        assertFalse(check("{\"plain\":3.5,\"flipped\":1}").valid());
        assertFalse(check("{\"plain\":\"3\",\"flipped\":1}").valid());
        assertTrue(check("{\"plain\":1,\"flipped\":5}").valid());
    }
}
