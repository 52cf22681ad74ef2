package nl.leercultuur.survey.followup;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The praatplaat as a guided team conversation: topics with questions (each tied to the concepts of the shared
 * vocabulary it is about), the two questions asked per topic, and the closing step that chooses three strengths and
 * three short-term and three long-term improvements, which the scan's follow-up plan records.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A guided team conversation about a scan's results (the praatplaat)")
public record FollowUpTemplate(
        String key,
        Map<String, String> title,
        Map<String, String> purpose,
        String source,
        @Schema(description = "The topics in order; with an instrument, each names that instrument version's dimensions measuring its concepts")
        List<Step> steps,
        @Schema(description = "Asked for every topic: what goes well, what could be better")
        List<Map<String, String>> perTopic,
        Prioritise prioritise,
        @Schema(description = "The instrument version the steps' dimensions are of, when one was asked for")
        String instrumentKey,
        Integer instrumentVersion) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(int number, String key, Map<String, String> title, List<Map<String, String>> questions,
                       @Schema(description = "Concept keys of the shared vocabulary this topic is about")
                       List<String> concepts,
                       @Schema(description = "Dimension keys of the asked instrument version that measure these concepts (only with an instrument)")
                       List<String> dimensions) {
    }

    /** The closing step: how many points of each kind the team chooses. */
    public record Prioritise(Map<String, String> title, Map<String, String> instruction, int strengths, int shortTerm,
                             int longTerm) {
    }
}
