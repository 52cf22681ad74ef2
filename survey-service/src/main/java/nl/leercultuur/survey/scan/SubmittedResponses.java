package nl.leercultuur.survey.scan;

import java.util.UUID;

/**
 * How many responses a scan has, for its view and for the count kept when it closes. Declared here and answered by
 * the response package, which owns the responses and builds on scan: scan never imports response.
 */
public interface SubmittedResponses {

    int of(UUID scanId);
}
