package nl.leercultuur.gateway.edge;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may call which path without a token: the published parts, answering with a code, and nothing else. */
class ApiAccessTest {

    @ParameterizedTest(name = "{0} {1}: anonymous {2}")
    @CsvSource({
            // reading what is published
            "GET, /api/v1/catalog/resources, true",
            "GET, /api/v1/catalog, true",
            "HEAD, /api/v1/catalog/resources/123, true",
            "OPTIONS, /api/v1/catalog/resources, true",
            "GET, /api/v1/surveys/instruments, true",
            "GET, /api/v1/surveys/instruments/leercultuur-v1, true",
            "GET, /api/v1/surveys/events/schema, true",
            "GET, /api/v1/networks/events/upcoming.ics, true",
            // answering with a code, in any way the service offers
            "POST, /api/v1/surveys/respond/ABCD-1234, true",
            "PUT, /api/v1/surveys/respond/ABCD-1234/draft, true",
            "GET, /api/v1/surveys/respond/ABCD-1234, true",
            // writing the published parts needs a token
            "POST, /api/v1/catalog/resources, false",
            "PUT, /api/v1/catalog/resources/123, false",
            "PATCH, /api/v1/catalog/resources/123, false",
            "DELETE, /api/v1/catalog/resources/123, false",
            "TRACE, /api/v1/catalog/resources, false",
            // everything else under /api
            "GET, /api/v1/surveys/scans, false",
            "GET, /api/v1/surveys, false",
            "GET, /api/v1/surveys/instrumentsx, false",
            "GET, /api/v1/catalogue, false",
            "GET, /api/v1/surveys/respondents, false",
            "GET, /api/v1/analytics/organisations/org-1/profile, false",
            "GET, /api/v1/networks, false",
            "GET, /api/v1/organisations, false",
            "GET, /api, false",
            "GET, /api/, false",
    })
    void anonymousMayReadWhatIsPublishedAndAnswerWithACode(String method, String path, boolean anonymous) {
        assertEquals(anonymous, ApiAccess.anonymousAllowed(HttpMethod.valueOf(method), path));
    }

    @ParameterizedTest
    @CsvSource({"GET", "POST"})
    void aRequestWithoutAPathIsNotPublic(String method) {
        assertEquals(false, ApiAccess.anonymousAllowed(HttpMethod.valueOf(method), null));
    }
}
