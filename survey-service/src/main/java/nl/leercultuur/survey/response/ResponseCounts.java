package nl.leercultuur.survey.response;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.survey.scan.SubmittedResponses;

import java.util.UUID;

/** How many responses a scan has, for the scan's view and for the count it keeps when it closes. */
@ApplicationScoped
public class ResponseCounts implements SubmittedResponses {

    @Override
    public int of(UUID scanId) {
        return (int) SurveyResponse.count("scanId", scanId);
    }
}
