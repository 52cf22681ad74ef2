package nl.leercultuur.analytics.trend;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.analytics.CatalogStub;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Trends with effect sizes across instrument versions, benchmarks with suppression, recommendations with the catalogue up and down. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(CatalogStub.class)
public class TrendBenchmarkRecommendationTest {

    /** One dimension as the producer writes it: key, mean, sd, n, favourable share, on a 1–5 scale. */
    public static String dim(String key, double mean, double sd, int n, double fav) {
        return "{\"key\":\"%s\",\"name\":\"%s\",\"n\":%d,\"mean\":%s,\"sd\":%s,\"favourableShare\":%s,\"scaleMin\":1,\"scaleMax\":5}"
                .formatted(key, key, n, mean, sd, fav);
    }

    public static String publish(String org, String sector, String instrument, int version, String unit, String closedAt,
                          String mapping, boolean suppressed, String... dims) {
        return publishScan(org, sector, instrument, version, unit, closedAt, mapping, suppressed, 45, 5,
                suppressed ? new String[0] : dims);
    }

    /** A scan-completed event as given: response count, threshold and dimensions are sent as they are. */
    public static String publishScan(String org, String sector, String instrument, int version, String unit, String closedAt,
                                     String mapping, boolean suppressed, int responses, int threshold, String... dims) {
        String scanId = UUID.randomUUID().toString();
        String data = """
                {"scanId":"%s","organisationId":"%s","organisationName":"%s","sector":"%s","region":"Rotterdam-Rijnmond",
                 "unitLabel":%s,"title":"Scan","instrument":{"key":"%s","version":%d%s},
                 "closedAt":"%s","responseCount":%d,"anonymityThreshold":%d,"suppressed":%s,"dimensions":[%s]}
                """.formatted(scanId, org, org, sector, unit == null ? "null" : "\"" + unit + "\"", instrument, version,
                mapping == null ? "" : ",\"dimensionMapping\":" + mapping, closedAt, responses, threshold, suppressed,
                String.join(",", dims));
        TestKafka.send(CloudEventKafka.toRecord(EventTypes.SCAN_COMPLETED, org, new CloudEvent(UUID.randomUUID().toString(),
                "/leercultuur/survey-service", EventTypes.SCAN_COMPLETED, scanId, OffsetDateTime.now(), "application/json", data)));
        return scanId;
    }

    public static void awaitStored(String scanId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/analytics/scans/" + scanId + "/profile").then().statusCode(200));
    }

    @Test
    void trendAcrossVersionsWithHandComputedEffectSize() {
        String org = "trend-org";
        publish(org, "elderly-care", "team-psychological-safety", 1, "Team A", "2025-01-15T10:00:00Z", null, false,
                dim("psychological-safety", 3.2, 0.8, 40, 0.3), dim("team-ambition", 4.0, 1.0, 40, 0.6));
        publish(org, "elderly-care", "team-psychological-safety", 1, "Team A", "2025-06-15T10:00:00Z", null, true);
        String latest = publish(org, "elderly-care", "team-psychological-safety", 2, "Team A", "2026-01-15T10:00:00Z",
                "{\"safety\":\"psychological-safety\"}", false,
                dim("safety", 3.6, 0.7, 45, 0.45), dim("ambition", 4.1, 1.0, 45, 0.6));
        awaitStored(latest);
        // safety vs psychological-safety: d = 0.5343, 95% CI [0.1009, 0.9677] -> meaningful
        given().auth().oauth2(TestTokens.orgManager(org))
                .when().get("/api/v1/analytics/organisations/" + org + "/trend?instrument=team-psychological-safety&unit=Team A")
                .then().statusCode(200)
                .body("series", hasSize(3))
                .body("series[1].suppressed", equalTo(true)).body("series[1].means", nullValue())
                .body("latestScanId", equalTo(latest))
                .body("changes.find { it.key == 'safety' }.baselineKey", equalTo("psychological-safety"))
                .body("changes.find { it.key == 'safety' }.difference", is(0.4f))
                .body("changes.find { it.key == 'safety' }.cohensD", is(0.5343f))
                .body("changes.find { it.key == 'safety' }.ciLow", is(0.1009f))
                .body("changes.find { it.key == 'safety' }.ciHigh", is(0.9677f))
                .body("changes.find { it.key == 'safety' }.meaningful", equalTo(true))
                // no mapping for ambition in version 2: not compared
                .body("changes.find { it.key == 'ambition' }.compared", equalTo(false))
                .body("changes.find { it.key == 'ambition' }.cohensD", nullValue());
        given().auth().oauth2(TestTokens.orgManager("other-org"))
                .when().get("/api/v1/analytics/organisations/" + org + "/trend?instrument=team-psychological-safety&unit=Team A")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/analytics/organisations/" + org + "/trend?instrument=no-such").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/analytics/organisations/" + org + "/trend").then().statusCode(400);
    }

    @Test
    void benchmarkShowsOnlyWithFiveOrganisationsAndCountsEachOnce() {
        String instrument = "bench-carriers";
        // elderly care: four organisations (too few for a sector benchmark); the region has six
        publish("b-laurens", "elderly-care", instrument, 1, null, "2025-03-01T10:00:00Z", null, false, dim("leadership", 2.0, 0.9, 30, 0.2));
        String own = publish("b-laurens", "elderly-care", instrument, 1, null, "2026-03-01T10:00:00Z", null, false, dim("leadership", 3.5, 0.9, 30, 0.5));
        publish("b-aafje", "elderly-care", instrument, 1, null, "2026-02-01T10:00:00Z", null, false, dim("leadership", 3.0, 0.9, 30, 0.3));
        publish("b-humanitas", "elderly-care", instrument, 1, null, "2026-02-01T10:00:00Z", null, false, dim("leadership", 3.2, 0.9, 30, 0.4));
        publish("b-lelie", "elderly-care", instrument, 1, null, "2026-02-01T10:00:00Z", null, false, dim("leadership", 3.8, 0.9, 30, 0.6));
        publish("b-erasmus", "hospital", instrument, 1, null, "2026-02-01T10:00:00Z", null, false, dim("leadership", 4.1, 0.9, 30, 0.7));
        publish("b-ikazia", "hospital", instrument, 1, null, "2026-02-01T10:00:00Z", null, false, dim("leadership", 2.9, 0.9, 30, 0.2));
        String last = publish("b-franciscus", "hospital", instrument, 1, null, "2026-02-01T10:00:00Z", null, true);
        awaitStored(own);
        awaitStored(last);
        // region: 2.9 3.0 3.2 3.5 3.8 4.1 -> q1 3.05, median 3.35, q3 3.725; 3.5 has 3 below and itself: 58.3
        given().auth().oauth2(TestTokens.orgManager("b-laurens"))
                .when().get("/api/v1/analytics/organisations/b-laurens/benchmark?instrument=" + instrument).then().statusCode(200)
                .body("scanId", equalTo(own))
                .body("dimensions[0].mean", is(3.5f))
                .body("dimensions[0].region.status", equalTo("ok"))
                .body("dimensions[0].region.organisations", equalTo(6))
                .body("dimensions[0].region.median", is(3.35f))
                .body("dimensions[0].region.q1", is(3.05f))
                .body("dimensions[0].region.q3", is(3.725f))
                .body("dimensions[0].region.percentileRank", is(58.3f))
                .body("dimensions[0].sector.status", equalTo("insufficient-data"))
                .body("dimensions[0].sector.organisations", equalTo(4))
                .body("dimensions[0].sector.median", nullValue());
        // a partner without a grant reads no organisation's figures, only the region's and the sectors'
        given().auth().oauth2(TestTokens.partner())
                .when().get("/api/v1/analytics/organisations/b-laurens/benchmark?instrument=" + instrument).then().statusCode(403)
                .body("detail", containsString("has not granted you access"));
        given().auth().oauth2(TestTokens.partner())
                .when().get("/api/v1/analytics/region/benchmark?instrument=" + instrument).then().statusCode(200)
                .body("minimumOrganisations", equalTo(5))
                .body("dimensions[0].key", equalTo("leadership"))
                .body("dimensions[0].region.organisations", equalTo(6))
                .body("dimensions[0].region.median", is(3.35f))
                .body("dimensions[0].region.q1", is(3.05f))
                .body("dimensions[0].region.percentileRank", nullValue())
                .body("dimensions[0].sectors['elderly-care'].status", equalTo("insufficient-data"))
                .body("dimensions[0].sectors['elderly-care'].organisations", equalTo(4))
                .body("dimensions[0].sectors['elderly-care'].median", nullValue())
                .body("dimensions[0].sectors.hospital.organisations", equalTo(2));
        given().auth().oauth2(TestTokens.participant())
                .when().get("/api/v1/analytics/region/benchmark?instrument=" + instrument).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner())
                .when().get("/api/v1/analytics/region/benchmark").then().statusCode(400).body("errors[0].field", equalTo("instrument"));
        given().auth().oauth2(TestTokens.orgManager("b-aafje"))
                .when().get("/api/v1/analytics/organisations/b-laurens/benchmark?instrument=" + instrument).then().statusCode(403);
        // the scan profile carries the same benchmark beside each dimension
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + own + "/profile").then()
                .body("benchmark[0].region.median", is(3.35f));
    }

    @Test
    void recommendationsForTheTwoWeakestWithTheCatalogueUpAndDown() {
        String scan = publish("rec-org", "hospital", "rec-carriers", 1, null, "2026-04-01T10:00:00Z", null, false,
                dim("work-content", 4.2, 0.7, 30, 0.8), dim("leadership", 2.8, 0.9, 30, 0.25),
                dim("room-and-safety", 2.8, 0.9, 30, 0.2), dim("collaboration", 3.9, 0.8, 30, 0.7));
        awaitStored(scan);
        CatalogStub.server.failWith(null);
        // leadership and room-and-safety tie on the mean; the lower favourable share (room-and-safety) comes first
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + scan + "/recommendations").then()
                .statusCode(200).body("partial", equalTo(false))
                .body("weakest.key", equalTo(java.util.List.of("room-and-safety", "leadership")))
                .body("resources", hasSize(2)).body("resources[0].title", equalTo("In de leerstand"));
        CatalogStub.server.failWith(503);
        try {
            given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + scan + "/recommendations").then()
                    .statusCode(200).body("partial", equalTo(true)).body("resources", nullValue())
                    .body("weakest", hasSize(2));
        } finally {
            CatalogStub.server.failWith(null);
        }
    }

    /** The catalogue is asked by the weakest dimensions' keys and by the concepts they measure (from the vocabulary here). */
    @Test
    void theCatalogueIsAskedByDimensionAndByConcept() {
        String scan = publish("rec-concept-org", "hospital", "learning-culture-carriers", 2, null, "2026-04-03T10:00:00Z", null, false,
                dim("work-content", 4.2, 0.7, 30, 0.8), dim("leadership", 2.8, 0.9, 30, 0.25),
                dim("room-and-safety", 2.8, 0.9, 30, 0.2));
        awaitStored(scan);
        CatalogStub.server.reset();
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + scan + "/recommendations").then()
                .statusCode(200).body("partial", equalTo(false))
                .body("weakest.key", equalTo(java.util.List.of("room-and-safety", "leadership")))
                .body("weakest.concept", equalTo(java.util.List.of("psychological-safety", "leadership-for-learning")));
        java.util.List<String> asked = CatalogStub.server.seen().stream().map(nl.leercultuur.testkit.StubHttpServer.Seen::path)
                .filter(p -> p.startsWith("/api/v1/catalog/recommendations")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, asked.size(), asked.toString());
        for (String part : java.util.List.of("dimension=room-and-safety", "dimension=leadership", "concept=psychological-safety",
                "concept=leadership-for-learning", "limit=5")) {
            org.junit.jupiter.api.Assertions.assertTrue(asked.get(0).contains(part), asked.get(0));
        }
    }

    @Test
    void aUnitLabelASpreadsheetWouldRunIsWrittenAsText() throws Exception {
        String orgId = "csv-org";
        String scan = publish(orgId, "hospital", "csv-carriers", 1, "=HYPERLINK(\\\"http://x\\\")", "2026-05-01T10:00:00Z", null, false,
                dim("leadership", 3.0, 0.8, 30, 0.3));
        awaitStored(scan);
        String csv = given().auth().oauth2(TestTokens.orgManager(orgId)).when().get("/api/v1/analytics/scans/" + scan + "/profile.csv")
                .then().statusCode(200).extract().asString();
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))) {
            org.apache.commons.csv.CSVRecord row = p.getRecords().get(0);
            org.junit.jupiter.api.Assertions.assertEquals("'=HYPERLINK(\"http://x\")", row.get("unit"));
            org.junit.jupiter.api.Assertions.assertEquals("3.000", row.get("mean"), "numbers stay numbers");
        }
    }

    @Test
    void exportsParseBackAndChartsAreWellFormedWithTheirLabels() throws Exception {
        String orgId = "export-org";
        publish(orgId, "hospital", "export-carriers", 1, null, "2025-05-01T10:00:00Z", null, false,
                dim("leadership", 3.0, 0.8, 30, 0.3), dim("work-content", 3.9, 0.6, 30, 0.7));
        String latest = publish(orgId, "hospital", "export-carriers", 1, null, "2026-05-01T10:00:00Z", null, false,
                dim("leadership", 3.6, 0.8, 32, 0.5), dim("work-content", 3.8, 0.6, 32, 0.65));
        awaitStored(latest);
        String token = TestTokens.orgManager(orgId);
        String csv = given().auth().oauth2(token).when().get("/api/v1/analytics/organisations/" + orgId + "/trend.csv?instrument=export-carriers")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")).extract().asString();
        java.util.List<org.apache.commons.csv.CSVRecord> rows;
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))) {
            rows = p.getRecords();
        }
        org.junit.jupiter.api.Assertions.assertEquals(2, rows.size());
        org.apache.commons.csv.CSVRecord lead = rows.stream().filter(r -> r.get("dimension_key").equals("leadership")).findFirst().orElseThrow();
        // d = 0.6 / 0.8 = 0.75
        org.junit.jupiter.api.Assertions.assertEquals(0.75, Double.parseDouble(lead.get("cohens_d")), 1e-4);
        org.junit.jupiter.api.Assertions.assertEquals("true", lead.get("meaningful"));

        String profileCsv = given().auth().oauth2(token).when().get("/api/v1/analytics/scans/" + latest + "/profile.csv")
                .then().statusCode(200).extract().asString();
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(profileCsv))) {
            java.util.List<org.apache.commons.csv.CSVRecord> r = p.getRecords();
            org.junit.jupiter.api.Assertions.assertEquals(2, r.size());
            org.junit.jupiter.api.Assertions.assertEquals("3.600", r.get(0).get("mean"));
        }
        given().auth().oauth2(token).when().get("/api/v1/analytics/organisations/" + orgId + "/benchmark.csv?instrument=export-carriers")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("insufficient-data"));
        // each read and export is in the organisation's audit log, which its manager can read
        given().auth().oauth2(token).when().get("/api/v1/analytics/audit?organisationId=" + orgId).then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("export"))
                .body("items.resource", org.hamcrest.Matchers.hasItem("/api/v1/analytics/organisations/" + orgId + "/benchmark.csv"))
                .body("items.resource", org.hamcrest.Matchers.hasItem("/api/v1/analytics/scans/" + latest + "/profile.csv"));
        given().auth().oauth2(TestTokens.orgManager("someone-else")).when().get("/api/v1/analytics/audit?organisationId=" + orgId)
                .then().statusCode(403);

        for (String url : java.util.List.of("/api/v1/analytics/scans/" + latest + "/profile.svg",
                "/api/v1/analytics/organisations/" + orgId + "/trend.svg?instrument=export-carriers")) {
            String svg = given().auth().oauth2(token).when().get(url).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.containsString("image/svg+xml")).extract().asString();
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
            org.junit.jupiter.api.Assertions.assertEquals("svg", doc.getDocumentElement().getLocalName());
            org.w3c.dom.NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            java.util.List<String> labels = new java.util.ArrayList<>();
            for (int i = 0; i < texts.getLength(); i++) {
                labels.add(texts.item(i).getTextContent());
            }
            org.junit.jupiter.api.Assertions.assertTrue(labels.contains("leadership") && labels.contains("work-content"), labels.toString());
        }
        given().auth().oauth2(TestTokens.orgManager("someone-else")).when().get("/api/v1/analytics/scans/" + latest + "/profile.svg")
                .then().statusCode(403);
    }

    @Test
    void replayFromTheTopicsRebuildsIdenticalReadModels() {
        String orgId = "replay-org";
        publish(orgId, "hospital", "replay-carriers", 1, null, "2025-02-01T10:00:00Z", null, false,
                dim("leadership", 3.1, 0.8, 30, 0.35), dim("collaboration", 3.7, 0.7, 30, 0.6));
        String latest = publish(orgId, "hospital", "replay-carriers", 1, null, "2026-02-01T10:00:00Z", null, false,
                dim("leadership", 3.5, 0.8, 34, 0.5), dim("collaboration", 3.6, 0.7, 34, 0.55));
        awaitStored(latest);
        String admin = TestTokens.admin();
        String profile = given().auth().oauth2(admin).when().get("/api/v1/analytics/scans/" + latest + "/profile").then()
                .statusCode(200).extract().asString();
        String trend = given().auth().oauth2(admin).when().get("/api/v1/analytics/organisations/" + orgId + "/trend?instrument=replay-carriers")
                .then().statusCode(200).extract().asString();
        java.time.Instant storedBefore = receivedAt(latest);
        given().auth().oauth2(TestTokens.orgManager(orgId)).when().post("/api/v1/analytics/admin/replay").then().statusCode(403);
        given().auth().oauth2(admin).when().post("/api/v1/analytics/admin/replay").then().statusCode(202)
                .body("status", equalTo("replaying"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String again = given().auth().oauth2(admin).when().get("/api/v1/analytics/scans/" + latest + "/profile").then()
                    .statusCode(200).extract().asString();
            org.junit.jupiter.api.Assertions.assertEquals(profile, again);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> org.junit.jupiter.api.Assertions.assertEquals(trend,
                given().auth().oauth2(admin).when().get("/api/v1/analytics/organisations/" + orgId + "/trend?instrument=replay-carriers")
                        .then().statusCode(200).extract().asString()));
        // the read model row is a new one, written by the replay, not the old one left standing
        org.junit.jupiter.api.Assertions.assertTrue(receivedAt(latest).isAfter(storedBefore));
    }

    static java.time.Instant receivedAt(String scanId) {
        nl.leercultuur.testkit.TestPostgres.Server pg = nl.leercultuur.testkit.TestPostgres.server();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("leercultuur.testkit.jdbc-url.analytics"),
                pg.user(), pg.password());
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT received_at FROM scan_profile WHERE scan_id = ?::uuid")) {
            ps.setString(1, scanId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
