package nl.leercultuur.survey.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.leercultuur.survey.SurveyApi;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner retrying a create with the same Idempotency-Key gets the first answer and no second scan; a key is kept
 * for 24 hours.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class IdempotencyKeyTest {

    static Map<String, Object> scan(String title) {
        Map<String, Object> m = new HashMap<>(SurveyApi.scanRequest(SurveyApi.ORG_A, "team-psychological-safety", 5));
        m.put("title", title);
        return m;
    }

    static io.restassured.response.Response create(String token, String key, Map<String, Object> body) {
        var r = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            r = r.header("Idempotency-Key", key);
        }
        return r.when().post("/api/v1/surveys/scans");
    }

    static long scansTitled(String title) {
        List<String> titles = given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.title");
        return titles.stream().filter(title::equals).count();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String title = "Idempotent " + UUID.randomUUID();
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> body = scan(title); // the very same request each time (its times are fixed once)
        var first = create(managerA(), key, body);
        first.then().statusCode(201);
        String id = first.path("id");
        var again = create(managerA(), key, body);
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .header("Location", first.header("Location"));
        assertEquals(1, scansTitled(title));

        // the same key for a different request: refused, naming the header
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("title", title + " (changed)");
        create(managerA(), key, changed).then().statusCode(422)
                .body("errors.field", hasItem("Idempotency-Key"));
        // keys are per caller: another caller's same key is another request
        String other = create(TestTokens.admin(), key, body).then().statusCode(201).extract().path("id");
        assertTrue(!other.equals(id));
        // without the header nothing changes: a second scan
        create(managerA(), null, body).then().statusCode(201);
        assertEquals(3, scansTitled(title));
    }

    @Inject
    AgroalDataSource db;

    /** Moves the key's first use back in time, as if it had been stored that long ago. */
    void age(String key, Duration age) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE idempotency_key SET created_at = ? WHERE key = ?")) {
            ps.setObject(1, OffsetDateTime.now().minus(age));
            ps.setString(2, key);
            assertEquals(1, ps.executeUpdate());
        }
    }

    @Test
    void aKeyIsKeptFor24HoursOnly() throws Exception {
        String title = "Expiring " + UUID.randomUUID();
        String key = "expiring-" + UUID.randomUUID();
        Map<String, Object> body = scan(title);
        String first = create(managerA(), key, body).then().statusCode(201).extract().path("id");
        age(key, Duration.ofHours(24).minusMinutes(1));
        create(managerA(), key, body).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(1, scansTitled(title));
        age(key, Duration.ofHours(24).plusMinutes(1));
        var late = create(managerA(), key, body);
        late.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertNotEquals(first, late.path("id"));
        assertEquals(2, scansTitled(title));
        // the key now stands for the new scan, for another 24 hours
        create(managerA(), key, body).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(late.path("id")));
        assertEquals(2, scansTitled(title));
    }

    @Test
    void aFailedRequestIsNotKeptAndBadKeysAreRefused() {
        String key = "fix-and-retry-" + UUID.randomUUID();
        Map<String, Object> broken = scan("Broken " + UUID.randomUUID());
        broken.remove("opensAt");
        create(managerA(), key, broken).then().statusCode(400);
        create(managerA(), key, scan("Fixed " + UUID.randomUUID())).then().statusCode(201);
        create(managerA(), "with space", scan("x")).then().statusCode(400).body("type", equalTo("https://leercultuur.nl/problems/invalid-header"));
        create(managerA(), "k".repeat(201), scan("x")).then().statusCode(400);
    }

    @Test
    void concurrentRetriesCreateOneScan() throws Exception {
        String title = "Concurrent " + UUID.randomUUID();
        String key = "concurrent-" + UUID.randomUUID();
        Map<String, Object> body = scan(title);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit((Callable<Integer>) () -> create(managerA(), key, body).statusCode()));
        }
        Set<Integer> statuses = new HashSet<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertTrue(Set.of(201, 409).containsAll(statuses), statuses.toString());
        assertTrue(statuses.contains(201));
        assertEquals(1, scansTitled(title));
    }
}
