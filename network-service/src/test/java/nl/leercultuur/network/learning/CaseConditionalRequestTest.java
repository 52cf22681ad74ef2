package nl.leercultuur.network.learning;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.createNetwork;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.participant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Conditional requests on a case, as on catalogue entries, organisations and follow-up plans: reads carry the
 * case's version as ETag; the canvas and the measurements take If-Match beside the version in the body (412
 * problem+json on a stale one, nothing written); without If-Match the body's version alone decides.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "network"), @ResourceArg(name = "kafka", value = "true")})
class CaseConditionalRequestTest {

    record Case(String base, String token) {
    }

    static Case openCase() {
        String network = createNetwork("Netwerk etag " + System.nanoTime());
        String subject = "etag-" + System.nanoTime();
        String p = participant(network, "Anna Etag", "laurens", subject);
        String token = TestTokens.token(subject, null, "participant");
        String base = "/api/v1/networks/" + network + "/participants/" + p + "/case";
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("question", "Hoe leren we van de overdracht?"))
                .when().post(base).then().statusCode(201).header("ETag", "\"0\"");
        return new Case(base, token);
    }

    static String etag(Case c) {
        return given().auth().oauth2(c.token()).when().get(c.base()).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void theCanvasTakesIfMatch() {
        Case c = openCase();
        String first = etag(c);
        assertTag(first, 0);
        // fresh: written, the answer carries the next tag
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).header("If-Match", first)
                .body(Map.of("hypothesis", "Vijf minuten per overdracht", "progressNote", "gestart", "version", 0))
                .when().put(c.base() + "/canvas").then().statusCode(200).header("ETag", "\"1\"")
                .body("hypothesis", equalTo("Vijf minuten per overdracht"));
        // stale (the body's version is the current one, the tag is not): 412, nothing written
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).header("If-Match", first)
                .body(Map.of("hypothesis", "overschreven", "progressNote", "mag niet in het logboek", "version", 1))
                .when().put(c.base() + "/canvas").then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412)).body("type", containsString("precondition-failed"));
        given().auth().oauth2(c.token()).when().get(c.base()).then().statusCode(200).header("ETag", "\"1\"")
                .body("hypothesis", equalTo("Vijf minuten per overdracht")).body("log", hasSize(2));
        // without If-Match the body's version still locks
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).body(Map.of("result", "beter", "version", 1))
                .when().put(c.base() + "/canvas").then().statusCode(200).header("ETag", "\"2\"").body("result", equalTo("beter"));
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).body(Map.of("result", "oud", "version", 1))
                .when().put(c.base() + "/canvas").then().statusCode(409);
    }

    @Test
    void theMeasurementsTakeIfMatch() {
        Case c = openCase();
        String first = etag(c);
        Map<String, Object> none = new HashMap<>();
        none.put("baselineScanId", null);
        none.put("evaluationScanId", null);
        none.put("dimensions", List.of());
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).header("If-Match", first).body(none)
                .when().put(c.base() + "/measurements").then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).header("If-Match", first).body(none)
                .when().put(c.base() + "/measurements").then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("\"1\""));
        given().auth().oauth2(c.token()).when().get(c.base()).then().header("ETag", "\"1\"").body("measurements", nullValue());
        // a weak tag never matches an update
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).header("If-Match", "W/\"1\"").body(none)
                .when().put(c.base() + "/measurements").then().statusCode(412);
        // without If-Match: the body's version when sent, and no version at all still accepted (a full replacement)
        Map<String, Object> stale = new HashMap<>(none);
        stale.put("version", 0);
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).body(stale)
                .when().put(c.base() + "/measurements").then().statusCode(409);
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).body(none)
                .when().put(c.base() + "/measurements").then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(none)
                .when().put(c.base() + "/measurements").then().statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    void theDocumentSaysSo() {
        io.restassured.path.json.JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (String path : List.of("/case", "/case/canvas", "/case/measurements")) {
            String op = "paths.'/api/v1/networks/{id}/participants/{participantId}" + path + "'." + (path.equals("/case") ? "get" : "put");
            org.junit.jupiter.api.Assertions.assertNotNull(doc.get(op + ".responses.'200'.headers.ETag"), op + ": the ETag answer header");
            if (!path.equals("/case")) {
                org.junit.jupiter.api.Assertions.assertEquals(List.of("If-Match"),
                        doc.getList(op + ".parameters.findAll { it.in == 'header' }.name"), op + ": If-Match");
                org.junit.jupiter.api.Assertions.assertEquals("#/components/schemas/Problem",
                        doc.get(op + ".responses.'412'.content.'application/problem+json'.schema.$ref"), op + ": 412");
            }
        }
    }

    private static void assertTag(String tag, long version) {
        org.junit.jupiter.api.Assertions.assertEquals("\"" + version + "\"", tag, "the case's version as a strong ETag");
    }
}
