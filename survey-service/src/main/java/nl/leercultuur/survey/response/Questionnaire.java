package nl.leercultuur.survey.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a respondent sees: the scan, the instrument's questions in one language grouped per dimension, and for a code
 * holder who saved a draft, the answers so far.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Questionnaire(String title, String organisationName, String unitLabel, OffsetDateTime closesAt,
                            @Schema(description = "The instrument's name") String instrument,
                            @Schema(description = "nl or en") String language,
                            List<Section> sections,
                            @Schema(ref = "Answers") JsonNode savedAnswers) {

    /** One dimension's questions, titled in the respondent's language. */
    public record Section(String title, List<Question> items) {
    }

    /** A question: its key (the key of its answer), text, type and, for scales, the range and labels. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String key, String text,
                           @Schema(description = "LIKERT, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE or OPEN") String type,
                           boolean required, Integer min, Integer max, List<String> labels, List<Option> options) {
    }

    public record Option(String key, String label) {
    }
}
