package nl.leercultuur.survey.followup;

import nl.leercultuur.platform.problem.Problem.FieldError;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.survey.followup.FollowUpDtos.Point;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a plan may hold beyond its shape: each offending field named by its path in the request. */
class PlanRulesTest {

    static PlanRules rules() {
        return new PlanRules(List.of("psychological-safety", "team-ambition"), "team-psychological-safety version 1");
    }

    static List<String> fields(PlanRules r) {
        return r.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void anUnknownDimensionKeyIsNamedByItsPlaceInTheRequest() {
        PlanRules r = rules();
        List<Point> kept = r.points("shortTerm", List.of(
                new Point("Samen leren", List.of("psychological-safety")),
                new Point("Ambitie delen", List.of("team-learning", "team-ambition"))));
        assertEquals(List.of("shortTerm[1].dimensions[0]"), fields(r));
        FieldError e = r.errors().get(0);
        assertTrue(e.message().contains("'team-learning'") && e.message().contains("psychological-safety, team-ambition"), e.message());
        assertEquals(List.of("team-ambition"), kept.get(1).dimensions());
        ProblemException p = assertThrows(ProblemException.class, r::check);
        assertEquals(422, p.status());
        assertEquals("validation", p.slug());
    }

    @Test
    void knownKeysPassAndNoDimensionsIsAGeneralPoint() {
        PlanRules r = rules();
        r.points("strengths", List.of(new Point("  Wij helpen elkaar  ", List.of("psychological-safety", "team-ambition")),
                new Point("Algemeen", null), new Point("Ook algemeen", List.of())));
        r.dimensions("dimensions", List.of("team-ambition"));
        assertEquals(List.of(), r.errors());
        assertDoesNotThrow(r::check);
        assertEquals("Wij helpen elkaar", rules().points("strengths", List.of(new Point(" Wij helpen elkaar ", null))).get(0).text());
    }

    @Test
    void aKeyNamedTwiceANullKeyAndACaseVariantAreRefused() {
        PlanRules r = rules();
        r.dimensions("dimensions", java.util.Arrays.asList("team-ambition", "team-ambition", null, "Team-Ambition"));
        assertEquals(List.of("dimensions[1]", "dimensions[2]", "dimensions[3]"), fields(r));
    }

    @Test
    void anOwnerIsANameNotAnAccount() {
        PlanRules r = rules();
        assertEquals("Fatma (teamleider)", r.owner("owner", " Fatma (teamleider) "));
        assertEquals(List.of(), r.errors());
        r.owner("owner", "fatma@laurens.nl");
        r.owner("owner", "  ");
        assertEquals(List.of("owner", "owner"), fields(r));
    }

    @Test
    void resourcesAreCatalogueIdsNamedOnce() {
        PlanRules r = rules();
        List<String> kept = r.resources("resources", List.of("3F6D0B9E-1C2A-4E5F-8A7B-9C0D1E2F3A4B", "not-a-uuid",
                "3f6d0b9e-1c2a-4e5f-8a7b-9c0d1e2f3a4b", "1-1-1-1-1"));
        assertEquals(List.of("resources[1]", "resources[2]", "resources[3]"), fields(r));
        assertEquals(List.of("3f6d0b9e-1c2a-4e5f-8a7b-9c0d1e2f3a4b"), kept);
    }

    @Test
    void theConversationLiesBetweenTheScansCloseAndToday() {
        LocalDate closed = LocalDate.of(2027, 3, 15);
        LocalDate today = LocalDate.of(2027, 3, 22);
        for (LocalDate ok : List.of(closed, today, LocalDate.of(2027, 3, 18))) {
            PlanRules r = rules();
            r.heldOn("conversationHeldOn", ok, closed, today);
            assertEquals(List.of(), r.errors(), ok.toString());
        }
        for (LocalDate wrong : List.of(closed.minusDays(1), today.plusDays(1))) {
            PlanRules r = rules();
            r.heldOn("conversationHeldOn", wrong, closed, today);
            assertEquals(List.of("conversationHeldOn"), fields(r), wrong.toString());
        }
    }

    @Test
    void editorsAreTrimmedAndNamedOnceAndLeftOutMeansUnchanged() {
        PlanRules r = rules();
        assertEquals(List.of("user-1", "user-2"), r.editors("editors", List.of(" user-1", "user-2")));
        assertEquals(null, r.editors("editors", null));
        r.editors("editors", List.of("user-1", "user-1 "));
        assertEquals(List.of("editors[1]"), fields(r));
    }
}
