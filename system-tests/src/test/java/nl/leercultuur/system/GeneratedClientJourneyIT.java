package nl.leercultuur.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.leercultuur.client.catalog.api.CatalogueApi;
import nl.leercultuur.client.catalog.model.SearchResult;
import nl.leercultuur.client.survey.ApiClient;
import nl.leercultuur.client.survey.ApiException;
import nl.leercultuur.client.survey.api.InvitationsApi;
import nl.leercultuur.client.survey.api.RespondApi;
import nl.leercultuur.client.survey.api.ScansApi;
import nl.leercultuur.client.survey.model.CreateScan;
import nl.leercultuur.client.survey.model.DimensionScore;
import nl.leercultuur.client.survey.model.IssueRequest;
import nl.leercultuur.client.survey.model.IssuedCode;
import nl.leercultuur.client.survey.model.ScanResults;
import nl.leercultuur.client.survey.model.ScanView;
import nl.leercultuur.client.survey.model.Submission;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's integration, written against the Java clients openapi-generator makes of the kept OpenAPI documents
 * (module contracts/), through the gateway: the survey journey (create a scan, issue codes, answer anonymously,
 * close, read the results) and a catalogue search, including an error answered as problem+json. Every answer the
 * clients receive is checked against the kept documents on the way in ({@link ValidatingHttpClient}).
 */
class GeneratedClientJourneyIT {

    static ApiClient survey(String token) {
        ApiClient c = new ApiClient().setHttpClientBuilder(ValidatingHttpClient.builder());
        c.updateBaseUri(SystemUnderTest.get().gatewayUrl());
        if (token != null) {
            c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        }
        return c;
    }

    @Test
    void aPartnersGeneratedClientRunsTheSurveyJourneyAndSearchesTheCatalogue() throws Exception {
        int validatedBefore = ContractValidation.VALIDATED_OTHERWISE.get();
        String manager = TestTokens.orgManager("laurens");
        ScansApi scans = new ScansApi(survey(manager));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CreateScan request = new CreateScan().instrumentKey("team-psychological-safety").organisationId("laurens")
                .unitLabel("Afdeling Delfshaven").title("Teamscan via de gegenereerde client")
                .opensAt(now.minusHours(1)).closesAt(now.plusDays(7)).expectedPopulation(6);
        String key = "partner-create-" + java.util.UUID.randomUUID();
        ScanView scan = scans.createScan(request, key);
        assertEquals("DRAFT", scan.getStatus());
        // the partner's retry after a lost answer: the same scan, not a second one
        assertEquals(scan.getId(), scans.createScan(request, key).getId());
        assertEquals("OPEN", scans.openScan(scan.getId()).getStatus());

        List<IssuedCode> codes = new InvitationsApi(survey(manager)).issueCodes(scan.getId(), new IssueRequest().count(6), null).getCodes();
        assertEquals(6, codes.size());
        RespondApi respond = new RespondApi(survey(null)); // anonymous: the code is the credential
        nl.leercultuur.client.survey.model.Questionnaire questionnaire = respond.getQuestionnaire(codes.get(0).getCode(), "nl");
        assertEquals("Teamscan via de gegenereerde client", questionnaire.getTitle());
        assertTrue(questionnaire.getSections().size() >= 2, questionnaire.toString());
        assertTrue(questionnaire.getSections().get(0).getItems().get(0).getKey().startsWith("ps-"), questionnaire.toString());
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            for (int item = 1; item <= 7; item++) {
                answers.put("ps-" + item, 3 + i % 3);
            }
            for (int item = 1; item <= 4; item++) {
                answers.put("amb-" + item, 2 + i % 4);
            }
            assertEquals("accepted", respond.submitAnswers(codes.get(i).getCode(),
                    new Submission().language(Submission.LanguageEnum.NL).answers(answers)).getStatus());
        }
        // a second answer with the same code: 409, as problem+json the client can read
        ApiException twice = assertThrows(ApiException.class, () -> respond.submitAnswers(codes.get(0).getCode(),
                new Submission().language(Submission.LanguageEnum.NL).answers(answers)));
        assertEquals(409, twice.getCode());
        JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(twice.getResponseBody());
        assertTrue(problem.path("type").asText().startsWith("https://leercultuur.nl/problems/"), twice.getResponseBody());

        assertEquals("CLOSED", scans.closeScan(scan.getId()).getStatus());
        ScanResults results = scans.getScanResults(scan.getId());
        assertEquals(6, results.getResponseCount());
        assertEquals(Boolean.FALSE, results.getSuppressed());
        assertTrue(results.getDimensions().size() >= 2, results.toString());
        for (DimensionScore d : results.getDimensions()) {
            assertEquals(6, d.getN(), d.toString());
            assertTrue(d.getMean().compareTo(BigDecimal.ONE) >= 0, d.toString());
        }

        nl.leercultuur.client.catalog.ApiClient catalogClient = new nl.leercultuur.client.catalog.ApiClient()
                .setHttpClientBuilder(ValidatingHttpClient.builder());
        catalogClient.updateBaseUri(SystemUnderTest.get().gatewayUrl());
        SearchResult found = new CatalogueApi(catalogClient).searchResources(null, null, null, null, null, null, null, 0, "leren",
                10, null, null, null, null, null);
        assertTrue(found.getTotal() > 0 && !found.getItems().isEmpty(), found.toString());
        assertTrue(found.getItems().get(0).getTitle() != null);
        // create twice, open, codes, questionnaire, 6 answers and the refused one, close, results, search
        assertTrue(ContractValidation.VALIDATED_OTHERWISE.get() - validatedBefore >= 15,
                "every answer the generated clients received was checked against its document");
    }
}
