package nl.leercultuur.system;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ContractValidation#validate} on answers made up here (no system needed): what a document declares passes,
 * a status or body it does not declare fails, and each checked answer is counted.
 */
class ContractValidationIT {

    static final String PROBLEM = "{\"type\":\"https://leercultuur.nl/problems/not-found\",\"title\":\"Not Found\",\"status\":404}";

    @Test
    void aDeclaredAnswerPassesAndIsCounted() {
        int before = ContractValidation.VALIDATED_OTHERWISE.get();
        ContractValidation.validate("GET", "/api/v1/surveys/scans/" + UUID.randomUUID() + "?lang=nl", 404,
                "application/problem+json", PROBLEM);
        ContractValidation.validate("GET", "/api/v1/networks/" + UUID.randomUUID(), 404, "application/problem+json", PROBLEM);
        assertEquals(before + 2, ContractValidation.VALIDATED_OTHERWISE.get());
    }

    @Test
    void anUndeclaredStatusOrBodyFails() {
        AssertionError status = assertThrows(AssertionError.class, () -> ContractValidation.validate("GET",
                "/api/v1/surveys/scans/" + UUID.randomUUID(), 418, "application/problem+json", PROBLEM));
        assertTrue(status.getMessage().contains("418"), status.getMessage());
        AssertionError body = assertThrows(AssertionError.class, () -> ContractValidation.validate("GET",
                "/api/v1/surveys/scans/" + UUID.randomUUID(), 404, "application/problem+json", "{\"title\":7}"));
        assertTrue(body.getMessage().contains("outside its OpenAPI document"), body.getMessage());
    }

    @Test
    void anAnswerIsANumberATextOrAListOfTexts() {
        String questionnaire = "/api/v1/surveys/respond/K7QW-3MZX-9HTD";
        ContractValidation.validate("GET", questionnaire, 200, "application/json",
                "{\"savedAnswers\":{\"ps-1\":3,\"open-1\":\"Meer tijd\",\"mc-1\":[\"training\",\"coaching\"]}}");
        for (String wrong : new String[]{"{\"value\":3}", "[1,2]", "true"}) {
            AssertionError e = assertThrows(AssertionError.class, () -> ContractValidation.validate("GET", questionnaire, 200,
                    "application/json", "{\"savedAnswers\":{\"ps-1\":" + wrong + "}}"), wrong);
            assertTrue(e.getMessage().contains("oneOf"), e.getMessage());
        }
    }
}
