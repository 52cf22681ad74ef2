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

/** survey.action-plan-updated.v1 events as survey-service writes them, for the tests. */
public final class ActionPlanEvents {

    private ActionPlanEvents() {
    }

    /** One dimension worked on: improvements, then actions planned, doing, done, dropped. */
    public static String work(String key, int improvements, int planned, int doing, int done, int dropped) {
        return "{\"key\":\"%s\",\"improvements\":%d,\"planned\":%d,\"doing\":%d,\"done\":%d,\"dropped\":%d}"
                .formatted(key, improvements, planned, doing, done, dropped);
    }

    /** A plan's data; {@code actions} are planned, doing, done, dropped. */
    public static String plan(String scanId, String org, String sector, String region, String instrument, String updatedAt,
                              int[] actions, String... dimensions) {
        return """
                {"scanId":"%s","organisationId":"%s","sector":"%s","region":"%s","instrumentKey":"%s",
                 "conversationHeldOn":"2026-02-10","updatedAt":"%s",
                 "improvements":{"strengths":2,"shortTerm":%d,"longTerm":1},
                 "actions":{"planned":%d,"doing":%d,"done":%d,"dropped":%d},
                 "dimensions":[%s]}
                """.formatted(scanId, org, sector, region, instrument, updatedAt, dimensions.length, actions[0], actions[1],
                actions[2], actions[3], String.join(",", dimensions));
    }

    /** Publishes a plan (checked against the contract first, so a test never passes on an event survey-service cannot send). */
    public static void publish(String org, String data) {
        assertEquals(List.of(), EventSchemas.violations(EventTypes.ACTION_PLAN_UPDATED, data), "the test event follows the contract");
        publishUnchecked(org, data);
    }

    /** Publishes data as it is, also when it breaks the contract. */
    public static void publishUnchecked(String org, String data) {
        TestKafka.send(CloudEventKafka.toRecord(EventTypes.ACTION_PLAN_UPDATED, org, new CloudEvent(UUID.randomUUID().toString(),
                "/leercultuur/survey-service", EventTypes.ACTION_PLAN_UPDATED, null, OffsetDateTime.now(), "application/json", data)));
    }
}
