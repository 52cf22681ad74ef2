package nl.leercultuur.analytics.ingest;

import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.testkit.EventSchemas;
import nl.leercultuur.testkit.TestKafka;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * survey.scan-completed.v1 events of a given region, with a response rate and the learning-zone rule of the team
 * instrument (safety and ambition on a 1–7 scale, cut-off 4), for the follow-up and regional overview tests.
 */
public final class ScanEvents {

    public static final String ZONE_RULE = "{\"learningZone\":{\"safety\":\"psychological-safety\",\"ambition\":\"team-ambition\",\"cutOff\":4.0}}";

    private ScanEvents() {
    }

    /** A dimension shown: key, mean, sd, n (scale 1–7). */
    public static String dim(String key, double mean, double sd, int n) {
        return "{\"key\":\"%s\",\"name\":\"%s\",\"n\":%d,\"mean\":%s,\"sd\":%s,\"favourableShare\":0.5,\"scaleMin\":1,\"scaleMax\":7}"
                .formatted(key, key, n, mean, sd);
    }

    /** The organisation's name in these events: never to appear in a regional figure. */
    public static String nameOf(String org) {
        return "Zorggroep " + org.toUpperCase();
    }

    /**
     * Publishes a completed scan and returns its id. {@code responseRate} null: not known; {@code mapping} null: none;
     * {@code suppressed}: below the threshold, no dimensions.
     */
    public static String publish(String org, String sector, String region, String instrument, int version, String unit,
                                 String closedAt, String mapping, Double responseRate, boolean suppressed, String... dims) {
        String scanId = UUID.randomUUID().toString();
        String data = """
                {"scanId":"%s","organisationId":"%s","organisationName":"%s","sector":"%s","region":"%s",
                 "unitLabel":%s,"title":"Teamscan","instrument":{"key":"%s","version":%d%s},
                 "closedAt":"%s","responseCount":%d,%s"anonymityThreshold":5,"suppressed":%s,"dimensions":[%s],
                 "scoring":%s}
                """.formatted(scanId, org, nameOf(org), sector, region, unit == null ? "null" : "\"" + unit + "\"", instrument,
                version, mapping == null ? "" : ",\"dimensionMapping\":" + mapping, closedAt, suppressed ? 3 : 30,
                responseRate == null ? "" : "\"responseRate\":" + responseRate + ",", suppressed,
                suppressed ? "" : String.join(",", dims), ZONE_RULE);
        assertEquals(List.of(), EventSchemas.violations(EventTypes.SCAN_COMPLETED, data), "the test event follows the contract");
        TestKafka.send(CloudEventKafka.toRecord(EventTypes.SCAN_COMPLETED, org, new CloudEvent(UUID.randomUUID().toString(),
                "/leercultuur/survey-service", EventTypes.SCAN_COMPLETED, scanId, OffsetDateTime.now(), "application/json", data)));
        return scanId;
    }
}
