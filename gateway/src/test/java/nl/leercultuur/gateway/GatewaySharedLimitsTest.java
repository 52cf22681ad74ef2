package nl.leercultuur.gateway;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import nl.leercultuur.platform.ratelimit.PostgresRateLimiter;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.PrometheusText;
import nl.leercultuur.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * gateway.limits.store=postgres: the gateway under test and a second replica (platform's limiter on the same database,
 * as another gateway JVM would hold it) share their buckets. The database starts empty: the gateway's Flyway makes the
 * table at start.
 */
@QuarkusTest
@TestProfile(GatewaySharedLimitsTest.Postgres.class)
class GatewaySharedLimitsTest {

    public static class Postgres implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.limits.store", "postgres");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PlatformTestResource.class, Map.of("database", "gateway")));
        }
    }

    /** The answering limit per code of GatewayTestBackends, per minute. */
    static final int PER_CODE = 3;

    static AgroalDataSource otherReplicasPool;
    static PostgresRateLimiter otherReplica;

    @BeforeAll
    static void otherReplica() throws SQLException {
        otherReplicasPool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(p -> p
                .maxSize(4).connectionFactoryConfiguration(f -> f.jdbcUrl(jdbcUrl())
                        .principal(new NamePrincipal(TestPostgres.server().user()))
                        .credential(new SimplePassword(TestPostgres.server().password())))));
        otherReplica = new PostgresRateLimiter(otherReplicasPool, null);
    }

    @AfterAll
    static void closeOtherReplica() {
        otherReplica.close();
        otherReplicasPool.close();
    }

    static String jdbcUrl() {
        return System.getProperty("leercultuur.testkit.jdbc-url.gateway");
    }

    @Test
    void theTableIsMigratedAtStartIntoAnEmptyDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), TestPostgres.server().user(), TestPostgres.server().password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT relpersistence FROM pg_class WHERE relname = '" + PostgresRateLimiter.TABLE + "'")) {
            assertTrue(rs.next(), "the gateway's Flyway made " + PostgresRateLimiter.TABLE);
            assertEquals("u", rs.getString("relpersistence"), "unlogged");
        }
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rate-limits' }.data.store", org.hamcrest.Matchers.equalTo("postgres"))
                .body("checks.find { it.name == 'rate-limits' }.data.shared", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void aCodeSpentOnAnotherGatewayIsSpentHere() {
        for (int i = 0; i < PER_CODE; i++) {
            // the key the gateway's edge uses for answers per code (EdgePolicies)
            assertTrue(otherReplica.acquire("answer|ABCD-EFGH-JKMN", PER_CODE, Duration.ofMinutes(1)).allowed());
        }
        Response r = given().contentType("application/json").body("{\"answers\":{}}")
                .when().post("/api/v1/surveys/respond/ABCD-EFGH-JKMN");
        r.then().statusCode(429).contentType("application/problem+json").body("detail", containsString("one code"));
        long retryAfter = Long.parseLong(r.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
    }

    @Test
    void whatThisGatewayAdmitsCountsOnTheOthersAndNothingFellBackToLocal() {
        for (int i = 0; i < PER_CODE; i++) {
            given().contentType("application/json").body("{\"answers\":{}}")
                    .when().post("/api/v1/surveys/respond/PQRS-TUVW-XYZ2").then().statusCode(200);
        }
        given().contentType("application/json").body("{\"answers\":{}}")
                .when().post("/api/v1/surveys/respond/PQRS-TUVW-XYZ2").then().statusCode(429);
        assertFalse(otherReplica.peek("answer|PQRS-TUVW-XYZ2", PER_CODE, Duration.ofMinutes(1)).allowed(),
                "the other gateway sees the code spent");
        String metrics = PrometheusText.scrape();
        assertTrue(PrometheusText.lists(metrics, "leercultuur_ratelimit_store_fallback_total", Map.of()));
        assertEquals(0.0, PrometheusText.value(metrics, "leercultuur_ratelimit_store_fallback_total"),
                "every decision came from the shared store");
    }

    @Test
    void guessingIsCountedAcrossGatewaysToo() {
        String guesser = "203.0.113.77";
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", guesser).when().get("/api/v1/surveys/respond/GUES-SING-100" + i).then().statusCode(404);
        }
        // the 404s are charged after the answer, without anyone waiting: give the store a moment
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                !otherReplica.peek("guess|" + guesser, 3, Duration.ofMinutes(1)).allowed());
        given().header("X-Forwarded-For", guesser).when().get("/api/v1/surveys/respond/ABCD-EFGH-JKMN").then().statusCode(429)
                .body("detail", containsString("unknown codes"));
    }
}
