package nl.leercultuur.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code survey.action-plan-updated.v1} (schema: events/survey.action-plan-updated.v1.schema.json): a team's
 * follow-up plan on a closed scan was recorded or changed. Keyed by organisation id. Counts only — how many
 * improvements and actions, in which status, on which dimensions; never a text, an owner's name or a date of an action.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionPlanUpdated(String scanId, String organisationId, String sector, String region, String instrumentKey,
                                LocalDate conversationHeldOn, OffsetDateTime updatedAt, Improvements improvements,
                                ActionCounts actions, List<DimensionWork> dimensions) {

    public static final String TYPE = "survey.action-plan-updated.v1";

    /** How many strengths and short- and long-term improvements the team wrote down. */
    public record Improvements(int strengths, int shortTerm, int longTerm) {
    }

    /** Actions by status. */
    public record ActionCounts(int planned, int doing, int done, int dropped) {
    }

    /** One dimension of the scan's instrument the plan works on: its improvements and its actions by status. */
    public record DimensionWork(String key, int improvements, int planned, int doing, int done, int dropped) {
    }
}
