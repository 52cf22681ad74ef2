package nl.leercultuur.survey.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.leercultuur.contracts.events.ActionPlanUpdated;
import nl.leercultuur.survey.followup.ActionPlanEvents.ActionFacts;
import nl.leercultuur.survey.followup.ActionPlanEvents.ScanFacts;
import nl.leercultuur.survey.followup.FollowUpDtos.Point;
import nl.leercultuur.testkit.EventSchemas;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static nl.leercultuur.survey.followup.ActionStatus.DOING;
import static nl.leercultuur.survey.followup.ActionStatus.DONE;
import static nl.leercultuur.survey.followup.ActionStatus.DROPPED;
import static nl.leercultuur.survey.followup.ActionStatus.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** survey.action-plan-updated.v1 of a plan: the counts a reader of analytics would see, and no word of the plan itself. */
class ActionPlanEventsTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final List<String> DIMENSIONS = List.of("work-content", "room-and-safety", "collaboration", "leadership");
    static final ScanFacts SCAN = new ScanFacts("5b0c2d4e-6f70-4a81-9b2c-3d4e5f607182", "laurens", "elderly-care",
            "Rotterdam-Rijnmond", "learning-culture-carriers");
    static final OffsetDateTime AT = OffsetDateTime.of(2027, 3, 22, 15, 30, 0, 0, ZoneOffset.UTC);

    static ActionPlanUpdated example() {
        List<Point> strengths = List.of(new Point("Geheim: we helpen elkaar", List.of("work-content")),
                new Point("Geheim: de leidinggevende luistert", List.of("leadership")));
        List<Point> shortTerm = List.of(new Point("Geheim: overdracht met een leervraag", List.of("collaboration", "leadership")),
                new Point("Geheim: fouten bespreken", List.of("room-and-safety")),
                new Point("Geheim: algemeen punt", List.of()));
        List<Point> longTerm = List.of(new Point("Geheim: intervisie", List.of("room-and-safety")));
        List<ActionFacts> actions = List.of(
                new ActionFacts(PLANNED, List.of("room-and-safety")),
                new ActionFacts(PLANNED, List.of("room-and-safety", "collaboration")),
                new ActionFacts(DOING, List.of("collaboration")),
                new ActionFacts(DONE, List.of("room-and-safety")),
                new ActionFacts(DROPPED, List.of()));
        return ActionPlanEvents.of(SCAN, DIMENSIONS, LocalDate.of(2027, 3, 20), strengths, shortTerm, longTerm, actions, AT);
    }

    @Test
    void countsImprovementsActionsPerStatusAndPerDimensionInTheInstrumentsOrder() {
        ActionPlanUpdated e = example();
        assertEquals(new ActionPlanUpdated.Improvements(2, 3, 1), e.improvements());
        assertEquals(new ActionPlanUpdated.ActionCounts(2, 1, 1, 1), e.actions());
        // work-content is only a strength: not worked on. room-and-safety: 1 short + 1 long; actions 2 planned, 1 done.
        assertEquals(List.of(
                new ActionPlanUpdated.DimensionWork("room-and-safety", 2, 2, 0, 1, 0),
                new ActionPlanUpdated.DimensionWork("collaboration", 1, 1, 1, 0, 0),
                new ActionPlanUpdated.DimensionWork("leadership", 1, 0, 0, 0, 0)), e.dimensions());
        assertEquals("laurens", e.organisationId());
        assertEquals("learning-culture-carriers", e.instrumentKey());
        assertEquals(LocalDate.of(2027, 3, 20), e.conversationHeldOn());
        assertEquals(AT, e.updatedAt());
    }

    @Test
    void anEmptyPlanCountsNothingAndNamesNoDimension() {
        ActionPlanUpdated e = ActionPlanEvents.of(SCAN, DIMENSIONS, null, List.of(), List.of(), List.of(), List.of(), AT);
        assertEquals(new ActionPlanUpdated.Improvements(0, 0, 0), e.improvements());
        assertEquals(new ActionPlanUpdated.ActionCounts(0, 0, 0, 0), e.actions());
        assertEquals(List.of(), e.dimensions());
    }

    @Test
    void theJsonMatchesTheSchemaAndHoldsNoTextOfThePlan() throws Exception {
        String json = JSON.writeValueAsString(example());
        assertEquals(List.of(), EventSchemas.violations(ActionPlanUpdated.TYPE, json));
        assertFalse(json.contains("Geheim"), json);
        // every text in it is one of the scan's facts, a dimension key or a date: nothing a team wrote
        Set<String> allowed = new HashSet<>(DIMENSIONS);
        allowed.addAll(List.of(SCAN.scanId(), SCAN.organisationId(), SCAN.sector(), SCAN.region(), SCAN.instrumentKey(),
                "2027-03-20"));
        List<String> texts = new ArrayList<>();
        collectTexts(JSON.readTree(json), "", texts);
        for (String t : texts) {
            assertTrue(allowed.contains(t.substring(t.indexOf('=') + 1)) || t.startsWith("/updatedAt="), t);
        }
        assertEquals(10, texts.size(), texts.toString()); // seven facts of the scan and the plan, three dimension keys
        String withoutConversation = JSON.writeValueAsString(ActionPlanEvents.of(SCAN, DIMENSIONS, null, List.of(),
                List.of(), List.of(), List.of(), AT));
        assertEquals(List.of(), EventSchemas.violations(ActionPlanUpdated.TYPE, withoutConversation));
    }

    private static void collectTexts(JsonNode n, String at, List<String> out) {
        if (n.isTextual()) {
            out.add(at + "=" + n.asText());
        } else if (n.isObject()) {
            n.fields().forEachRemaining(f -> collectTexts(f.getValue(), at + "/" + f.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collectTexts(n.get(i), at + "/" + i, out);
            }
        }
    }
}
