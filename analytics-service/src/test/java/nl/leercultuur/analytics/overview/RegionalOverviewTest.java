package nl.leercultuur.analytics.overview;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.analytics.CatalogStub;
import nl.leercultuur.analytics.ingest.ActionPlanEvents;
import nl.leercultuur.analytics.ingest.ScanEvents;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.testkit.EventSchemas;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestTokens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.analytics.ingest.ActionPlanEvents.plan;
import static nl.leercultuur.analytics.ingest.ActionPlanEvents.work;
import static nl.leercultuur.analytics.ingest.ScanEvents.dim;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.awaitStored;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regional overview: spreads only from five organisations, nobody named, participation by role, follow-up counted. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(CatalogStub.class)
class RegionalOverviewTest {

    static final String OVERVIEW = "/api/v1/analytics/region/overview";
    static final String INSTRUMENT = "overview-tps";

    static String safety(double mean) {
        return dim("psychological-safety", mean, 0.8, 30);
    }

    static String ambition(double mean) {
        return dim("team-ambition", mean, 0.9, 30);
    }

    static String attendance(String org, int registered, int present, int absent, int excused) {
        return "{\"organisationId\":\"%s\",\"registered\":%d,\"present\":%d,\"absent\":%d,\"excused\":%d}"
                .formatted(org, registered, present, absent, excused);
    }

    static String heldSession(String network, int number, String startsAt, String... attendance) {
        String session = UUID.randomUUID().toString();
        String data = """
                {"networkId":"%s","networkName":"Lerend netwerk Regio","networkTheme":"Leercultuur","region":"Rotterdam-Rijnmond",
                 "sessionId":"%s","sessionNumber":%d,"sessionTitle":"Bijeenkomst %d","sessionTheme":"Veiligheid","phase":"explore-problem",
                 "startsAt":"%s","endsAt":"%s","heldAt":"%s","attendance":[%s]}
                """.formatted(network, session, number, number, startsAt, startsAt, startsAt, String.join(",", attendance));
        assertEquals(List.of(), EventSchemas.violations(EventTypes.SESSION_HELD, data), "the test event follows the contract");
        TestKafka.send(CloudEventKafka.toRecord(EventTypes.SESSION_HELD, network, new CloudEvent(UUID.randomUUID().toString(),
                "/leercultuur/network-service", EventTypes.SESSION_HELD, session, OffsetDateTime.now(), "application/json", data)));
        return session;
    }

    static String get(String token, String query) {
        return given().auth().oauth2(token).when().get(OVERVIEW + query).then().statusCode(200).extract().asString();
    }

    static void assertNamesNobody(String body, List<String> orgs) {
        for (String org : orgs) {
            assertFalse(body.contains(org), "names " + org + ": " + body);
            assertFalse(body.contains(ScanEvents.nameOf(org)), "names " + ScanEvents.nameOf(org) + ": " + body);
        }
    }

    /** A dimension on a 1–5 scale, naming its concept when given. */
    static String dim5(String key, double mean, String concept) {
        return "{\"key\":\"%s\",\"name\":\"%s\",\"n\":30,\"mean\":%s,\"sd\":0.8,\"scaleMin\":1,\"scaleMax\":5%s}"
                .formatted(key, key, mean, concept == null ? "" : ",\"concept\":\"" + concept + "\"");
    }

    /**
     * Two instruments measuring psychological safety: the concepts section puts them on one 0–100 scale, one value per
     * organisation (the mean over the instruments it ran); the per-instrument figures stay as they are. The events of
     * team-psychological-safety name no concept (as before the vocabulary): analytics takes it from the vocabulary.
     */
    @Test
    void conceptsMeasuredByTwoInstrumentsAreGroupedOnOneScale() {
        String region = "concept-region-" + UUID.randomUUID();
        double[] safety = {4.0, 5.5, 7.0, 2.5, 4.0}; // 1..7: positions 50, 75, 100, 25, 50
        List<String> scans = new ArrayList<>();
        for (int i = 0; i < safety.length; i++) {
            scans.add(ScanEvents.publish("cpt-" + i, "hospital", region, "team-psychological-safety", 1, "Team A",
                    "2026-02-0" + (i + 1) + "T10:00:00Z", null, 0.6, false, safety(safety[i]), ambition(4.0)));
        }
        double[] room = {3.0, 4.0, 5.0}; // 1..5: positions 50, 75, 100 for cpt-0, cpt-1 and cpt-5
        String[] roomOrgs = {"cpt-0", "cpt-1", "cpt-5"};
        for (int i = 0; i < room.length; i++) {
            scans.add(ScanEvents.publish(roomOrgs[i], "hospital", region, "learning-culture-carriers", 2, null,
                    "2026-02-1" + i + "T10:00:00Z", null, 0.6, false,
                    dim5("room-and-safety", room[i], i == 0 ? "psychological-safety" : null), dim5("leadership", 3.0, null)));
        }
        scans.forEach(s -> awaitStored(s));
        // per organisation: 50, 75, 100, 25, 50, 100 -> median 62.5, q1 50, q3 93.75
        String body = given().auth().oauth2(TestTokens.partner()).when().get(OVERVIEW + "?region=" + region).then().statusCode(200)
                .body("instruments", hasSize(2))
                .body("instruments.find { it.instrumentKey == 'team-psychological-safety' }.organisations", equalTo(5))
                .body("instruments.find { it.instrumentKey == 'learning-culture-carriers' }.dimensions", hasSize(2))
                .body("concepts.concept", equalTo(List.of("psychological-safety")))
                .body("concepts[0].name.nl", equalTo("Psychologische veiligheid"))
                .body("concepts[0].measuredBy.instrumentKey", equalTo(List.of("learning-culture-carriers", "team-psychological-safety")))
                .body("concepts[0].measuredBy.dimensionKey", equalTo(List.of("room-and-safety", "psychological-safety")))
                .body("concepts[0].measuredBy.organisations", equalTo(List.of(3, 5)))
                .body("concepts[0].organisations", equalTo(6))
                .body("concepts[0].spread.status", equalTo("ok"))
                .body("concepts[0].spread.median", is(62.5f))
                .body("concepts[0].spread.q1", is(50.0f))
                .body("concepts[0].spread.q3", is(93.75f))
                .extract().asString();
        assertNamesNobody(body, List.of("cpt-0", "cpt-1", "cpt-2", "cpt-3", "cpt-4", "cpt-5"));
        // the scan profile carries each dimension's concept
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + scans.get(0) + "/profile").then()
                .statusCode(200).body("dimensions.find { it.key == 'psychological-safety' }.concept", equalTo("psychological-safety"))
                .body("dimensions.find { it.key == 'team-ambition' }.concept", equalTo("learning-ambition"));
        // fewer than five organisations: the concept is listed, its spread is not
        String few = "concept-few-" + UUID.randomUUID();
        awaitStored(ScanEvents.publish("cpf-a", "hospital", few, "team-psychological-safety", 1, null, "2026-02-01T10:00:00Z",
                null, 0.6, false, safety(4.0), ambition(4.0)));
        awaitStored(ScanEvents.publish("cpf-a", "hospital", few, "psychological-safety-quick-test", 1, null, "2026-02-02T10:00:00Z",
                null, 0.6, false, dim5("psychological-safety", 4.0, "psychological-safety")));
        given().auth().oauth2(TestTokens.admin()).when().get(OVERVIEW + "?region=" + few).then().statusCode(200)
                .body("concepts[0].concept", equalTo("psychological-safety"))
                .body("concepts[0].organisations", equalTo(1))
                .body("concepts[0].spread.status", equalTo("insufficient-data"))
                .body("concepts[0].spread.median", nullValue());
        String csv = given().auth().oauth2(TestTokens.admin()).when().get(OVERVIEW + ".csv?region=" + region).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("concept,,psychological-safety,Psychologische veiligheid,ok,6,"), csv);
        assertTrue(csv.contains("concept-dimension,learning-culture-carriers,room-and-safety,psychological-safety,,3,"), csv);
    }

    @Test
    void withFewerThanFiveOrganisationsItSaysInsufficientDataAndNamesNobody() {
        String region = "few-region-" + UUID.randomUUID();
        List<String> orgs = List.of("few-a", "few-b", "few-c");
        List<String> scans = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            scans.add(ScanEvents.publish(orgs.get(i), "hospital", region, INSTRUMENT, 1, "Team A", "2026-03-0" + (i + 1) + "T10:00:00Z",
                    null, 0.5 + i / 10.0, false, safety(3.0 + i), ambition(5.0 - i)));
        }
        scans.forEach(s -> awaitStored(s));
        ActionPlanEvents.publish("few-a", plan(scans.get(0), "few-a", "hospital", region, INSTRUMENT, "2026-03-10T09:00:00Z",
                new int[]{1, 1, 1, 0}, work("psychological-safety", 1, 1, 1, 1, 0)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get(OVERVIEW + "?region=" + region).then().statusCode(200).body("followUp.scansWithPlan", equalTo(1)));

        String admin = given().auth().oauth2(TestTokens.admin()).when().get(OVERVIEW + "?region=" + region).then().statusCode(200)
                .body("minimumOrganisations", equalTo(5))
                .body("organisations", equalTo(3))
                .body("scansClosed", equalTo(3))
                .body("instruments", hasSize(1))
                .body("instruments[0].instrumentKey", equalTo(INSTRUMENT))
                .body("instruments[0].organisations", equalTo(3))
                .body("instruments[0].scansClosed", equalTo(3))
                .body("instruments[0].responseRate.status", equalTo("insufficient-data"))
                .body("instruments[0].responseRate.median", nullValue())
                .body("instruments[0].dimensions", hasSize(2))
                .body("instruments[0].dimensions.spread.status", equalTo(List.of("insufficient-data", "insufficient-data")))
                .body("instruments[0].dimensions.spread.organisations", equalTo(List.of(3, 3)))
                .body("instruments[0].dimensions[0].spread.median", nullValue())
                .body("instruments[0].dimensions[0].spread.q1", nullValue())
                .body("learningZones.status", equalTo("insufficient-data"))
                .body("learningZones.organisations", equalTo(3))
                .body("learningZones.teams", nullValue())
                .body("learningZones.learning", nullValue())
                // the coordinator sees the follow-up counts
                .body("followUp.status", equalTo("ok"))
                .body("followUp.actions.done", equalTo(1))
                .extract().asString();
        assertNamesNobody(admin, orgs);
        // a partner: the same, and no totals over so few organisations
        String partner = given().auth().oauth2(TestTokens.partner()).when().get(OVERVIEW + "?region=" + region).then().statusCode(200)
                .body("instruments[0].dimensions[0].spread.status", equalTo("insufficient-data"))
                .body("learningZones.status", equalTo("insufficient-data"))
                .body("participation.byOrganisation", nullValue())
                .body("followUp.status", equalTo("insufficient-data"))
                .body("followUp.actions", nullValue())
                .extract().asString();
        assertNamesNobody(partner, orgs);
        String csv = given().auth().oauth2(TestTokens.partner()).when().get(OVERVIEW + ".csv?region=" + region).then().statusCode(200)
                .extract().asString();
        assertNamesNobody(csv, orgs);
        assertTrue(csv.contains("insufficient-data"), csv);
    }

    @Test
    void withFiveOrMoreOrganisationsItShowsSpreadsZonesParticipationAndFollowUp() throws Exception {
        String region = "many-region-" + UUID.randomUUID();
        String p = "many-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> orgs = List.of(p + "1", p + "2", p + "3", p + "4", p + "5", p + "6");
        // org: safety, ambition (zone with cut-off 4), response rate
        double[][] figures = {{5.0, 5.0, 0.5}, {5.5, 3.0, 0.6}, {3.0, 5.0, 0.7}, {3.5, 3.5, 0.4}, {4.5, 4.2, 0.8}, {2.0, 6.0, 0.3}};
        List<String> scans = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            scans.add(ScanEvents.publish(orgs.get(i), i < 4 ? "elderly-care" : "hospital", region, INSTRUMENT, 1, "Team A",
                    "2026-03-0" + (i + 1) + "T10:00:00Z", null, figures[i][2], false, safety(figures[i][0]), ambition(figures[i][1])));
        }
        // the first organisation's second team, its latest scan (comfort zone)
        String teamB = ScanEvents.publish(orgs.get(0), "elderly-care", region, INSTRUMENT, 1, "Team B", "2026-03-20T10:00:00Z", null,
                0.9, false, safety(4.0), ambition(2.0));
        // a scan below the threshold: closed, counted, without figures or response rate
        String suppressed = ScanEvents.publish(orgs.get(5), "hospital", region, INSTRUMENT, 1, "Team C", "2026-03-25T10:00:00Z", null,
                null, true);
        // before the period
        String old = ScanEvents.publish(orgs.get(0), "elderly-care", region, INSTRUMENT, 1, "Team A", "2025-12-01T10:00:00Z", null,
                0.2, false, safety(1.0), ambition(1.0));
        scans.add(teamB);
        scans.add(suppressed);
        scans.add(old);
        scans.forEach(s -> awaitStored(s));

        ActionPlanEvents.publish(orgs.get(1), plan(scans.get(1), orgs.get(1), "elderly-care", region, INSTRUMENT, "2026-03-10T09:00:00Z",
                new int[]{2, 1, 3, 0}, work("psychological-safety", 1, 2, 1, 3, 0)));
        ActionPlanEvents.publish(orgs.get(4), plan(scans.get(4), orgs.get(4), "hospital", region, INSTRUMENT, "2026-03-10T09:00:00Z",
                new int[]{1, 1, 1, 1}, work("psychological-safety", 1, 1, 0, 1, 0), work("team-ambition", 1, 0, 1, 0, 1)));
        ActionPlanEvents.publish(orgs.get(0), plan(old, orgs.get(0), "elderly-care", region, INSTRUMENT, "2025-12-10T09:00:00Z",
                new int[]{0, 0, 10, 0}, work("team-ambition", 1, 0, 0, 10, 0)));

        String network = UUID.randomUUID().toString();
        heldSession(network, 1, "2026-02-10T11:30:00Z", attendance(orgs.get(0), 4, 3, 1, 0), attendance(orgs.get(1), 2, 2, 0, 0),
                attendance(orgs.get(2), 3, 0, 3, 0), attendance(orgs.get(3), 1, 1, 0, 0), attendance(orgs.get(4), 2, 1, 0, 1),
                attendance("outside-" + p, 5, 5, 0, 0));
        heldSession(network, 2, "2026-03-10T11:30:00Z", attendance(orgs.get(0), 4, 4, 0, 0), attendance(orgs.get(1), 2, 1, 1, 0));
        heldSession(network, 3, "2025-11-01T11:30:00Z", attendance(orgs.get(0), 4, 0, 4, 0));

        String period = "?region=" + region + "&from=2026-01-01&to=2026-06-30";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get(OVERVIEW + "?region=" + region).then().statusCode(200)
                .body("followUp.scansWithPlan", equalTo(3)).body("participation.sessions", equalTo(3)));

        // latest scan with results per organisation: safety 4.0 5.5 3.0 3.5 4.5 2.0, ambition 2.0 3.0 5.0 3.5 4.2 6.0
        String facilitator = given().auth().oauth2(TestTokens.facilitator()).when().get(OVERVIEW + period).then().statusCode(200)
                .body("selection.region", equalTo(region))
                .body("selection.from", equalTo("2026-01-01"))
                .body("selection.to", equalTo("2026-06-30"))
                .body("organisations", equalTo(6))
                .body("scansClosed", equalTo(8))
                .body("instruments[0].organisations", equalTo(6))
                .body("instruments[0].scansClosed", equalTo(8))
                // response rates of the seven scans that have one: 0.3 0.4 0.5 0.6 0.7 0.8 0.9
                .body("instruments[0].responseRate.status", equalTo("ok"))
                .body("instruments[0].responseRate.median", is(0.6f))
                .body("instruments[0].responseRate.q1", is(0.45f))
                .body("instruments[0].responseRate.q3", is(0.75f))
                .body("instruments[0].dimensions.find { it.key == 'psychological-safety' }.spread.status", equalTo("ok"))
                .body("instruments[0].dimensions.find { it.key == 'psychological-safety' }.spread.organisations", equalTo(6))
                .body("instruments[0].dimensions.find { it.key == 'psychological-safety' }.spread.median", is(3.75f))
                .body("instruments[0].dimensions.find { it.key == 'psychological-safety' }.spread.q1", is(3.125f))
                .body("instruments[0].dimensions.find { it.key == 'psychological-safety' }.spread.q3", is(4.375f))
                .body("instruments[0].dimensions.find { it.key == 'psychological-safety' }.spread.percentileRank", nullValue())
                .body("instruments[0].dimensions.find { it.key == 'team-ambition' }.spread.median", is(3.85f))
                .body("instruments[0].dimensions.find { it.key == 'team-ambition' }.spread.q3", is(4.8f))
                // seven teams, each once: learning 2, comfort 2, anxiety 2, apathy 1
                .body("learningZones.status", equalTo("ok"))
                .body("learningZones.organisations", equalTo(6))
                .body("learningZones.teams", equalTo(7))
                .body("learningZones.learning", equalTo(2))
                .body("learningZones.comfort", equalTo(2))
                .body("learningZones.anxiety", equalTo(2))
                .body("learningZones.apathy", equalTo(1))
                // two sessions in the period, five of the region's organisations there (one from elsewhere not counted)
                .body("participation.status", equalTo("ok"))
                .body("participation.organisations", equalTo(5))
                .body("participation.sessions", equalTo(2))
                .body("participation.attendanceRate", is(0.667f))
                .body("participation.byOrganisation", hasSize(5))
                .body("participation.byOrganisation.find { it.organisationId == '" + orgs.get(0) + "' }.sessions", equalTo(2))
                .body("participation.byOrganisation.find { it.organisationId == '" + orgs.get(0) + "' }.sessionsAttended", equalTo(2))
                .body("participation.byOrganisation.find { it.organisationId == '" + orgs.get(0) + "' }.attendanceRate", is(0.875f))
                .body("participation.byOrganisation.find { it.organisationId == '" + orgs.get(2) + "' }.sessionsAttended", equalTo(0))
                .body("participation.byOrganisation.organisationId", hasItem(orgs.get(4)))
                // the plans on two of the eight scans in the period (the one on the older scan is outside it)
                .body("followUp.status", equalTo("ok"))
                .body("followUp.scansClosed", equalTo(8))
                .body("followUp.scansWithPlan", equalTo(2))
                .body("followUp.shareWithPlan", is(0.25f))
                .body("followUp.actions.planned", equalTo(3))
                .body("followUp.actions.doing", equalTo(2))
                .body("followUp.actions.done", equalTo(4))
                .body("followUp.actions.dropped", equalTo(1))
                .body("followUp.improvements.strengths", equalTo(4))
                .body("followUp.improvements.shortTerm", equalTo(3))
                .extract().asString();
        assertFalse(facilitator.contains("outside-" + p), facilitator);
        for (String org : orgs) {
            assertFalse(facilitator.contains(ScanEvents.nameOf(org)), "no organisation's name: " + facilitator);
        }

        // the partner: totals only
        String partner = given().auth().oauth2(TestTokens.partner()).when().get(OVERVIEW + period).then().statusCode(200)
                .body("instruments[0].dimensions.find { it.key == 'psychological-safety' }.spread.median", is(3.75f))
                .body("learningZones.learning", equalTo(2))
                .body("participation.status", equalTo("ok"))
                .body("participation.organisations", equalTo(5))
                .body("participation.attendanceRate", is(0.667f))
                .body("participation.byOrganisation", nullValue())
                .body("followUp.actions.done", equalTo(4))
                .extract().asString();
        for (String org : orgs) {
            assertFalse(partner.contains(org), "a partner sees no organisation: " + partner);
        }

        // the admin without a period: the older scan, its plan and the older session count as well
        given().auth().oauth2(TestTokens.admin()).when().get(OVERVIEW + "?region=" + region).then().statusCode(200)
                .body("scansClosed", equalTo(9))
                .body("followUp.scansWithPlan", equalTo(3))
                .body("followUp.actions.done", equalTo(14))
                .body("participation.sessions", equalTo(3))
                .body("participation.byOrganisation.find { it.organisationId == '" + orgs.get(0) + "' }.sessions", equalTo(3));
        // a sector within the region: four organisations, too few
        given().auth().oauth2(TestTokens.admin()).when().get(OVERVIEW + period + "&sector=elderly-care").then().statusCode(200)
                .body("organisations", equalTo(4))
                .body("instruments[0].dimensions[0].spread.status", equalTo("insufficient-data"))
                .body("participation.organisations", equalTo(4));

        // CSV: the same figures, one per row
        String csv = given().auth().oauth2(TestTokens.partner()).when().get(OVERVIEW + ".csv" + period).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            rows = parser.getRecords();
        }
        CSVRecord spread = rows.stream().filter(r -> r.get("section").equals("dimension") && r.get("key").equals("psychological-safety"))
                .findFirst().orElseThrow();
        assertEquals("3.75", spread.get("median"));
        assertEquals("6", spread.get("organisations"));
        CSVRecord learning = rows.stream().filter(r -> r.get("section").equals("learning-zone") && r.get("key").equals("learning"))
                .findFirst().orElseThrow();
        assertEquals("2", learning.get("count"));
        assertTrue(rows.stream().noneMatch(r -> r.get("section").equals("participation-organisation")), "a partner gets totals only");
        for (String org : orgs) {
            assertFalse(csv.contains(org), csv);
        }
        String adminCsv = given().auth().oauth2(TestTokens.admin()).when().get(OVERVIEW + ".csv" + period).then().statusCode(200)
                .extract().asString();
        List<CSVRecord> adminRows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(adminCsv))) {
            adminRows = parser.getRecords();
        }
        CSVRecord first = adminRows.stream().filter(r -> r.get("section").equals("participation-organisation")
                && r.get("key").equals(orgs.get(0))).findFirst().orElseThrow(() -> new AssertionError(adminCsv));
        assertEquals("2", first.get("sessions_attended"));
        assertEquals("0.875", first.get("rate"));

        // SVG: well-formed, an image with a title, the dimensions and the zone counts drawn
        String svg = given().auth().oauth2(TestTokens.facilitator()).when().get(OVERVIEW + ".svg" + period).then().statusCode(200)
                .contentType(containsString("image/svg+xml")).extract().asString();
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
        org.w3c.dom.NodeList titles = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
        assertTrue(titles.getLength() > 0 && titles.item(0).getTextContent().startsWith("Regio-overzicht"), svg);
        org.w3c.dom.NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent());
        }
        assertTrue(labels.contains("psychological-safety") && labels.contains("team-ambition") && labels.contains("Leerzone"), labels.toString());
        for (String org : orgs) {
            assertFalse(svg.contains(org), svg);
        }
    }

    @Test
    void onlyTheCoordinatorFacilitatorsAndPartnersReadItAndBadDatesAreNamed() {
        for (String path : List.of(OVERVIEW, OVERVIEW + ".csv", OVERVIEW + ".svg")) {
            given().when().get(path).then().statusCode(401);
            given().auth().oauth2(TestTokens.orgManager("laurens")).when().get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(TestTokens.participant()).when().get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(TestTokens.curator()).when().get(path).then().statusCode(403);
            given().auth().oauth2(TestTokens.partner()).when().get(path + "?from=2026-07-01&to=2026-01-01").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("from"));
            given().auth().oauth2(TestTokens.admin()).when().get(path + "?to=31-12-2026").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("to")))
                    .body("detail", containsString("31-12-2026"));
            given().auth().oauth2(TestTokens.facilitator()).when().get(path + "?from=2026-02-30").then().statusCode(422)
                    .body("errors.field", equalTo(List.of("from")));
        }
        // a day with nothing in it is an empty overview, not an error
        given().auth().oauth2(TestTokens.facilitator()).when().get(OVERVIEW + "?region=nowhere&from=2026-01-01&to=2026-01-01")
                .then().statusCode(200).body("organisations", equalTo(0)).body("instruments", hasSize(0))
                .body("learningZones.status", equalTo("insufficient-data"))
                .body("followUp.scansClosed", equalTo(0)).body("followUp.shareWithPlan", nullValue());
    }
}
