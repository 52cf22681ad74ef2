package nl.leercultuur.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regional registry and the demo network against what the seeds name ({@code tools/seed-fidelity.json}, the data
 * file beside the catalogue generator): the organisations, the six sessions of the learning network Leercultuur with
 * their titles, speakers and action-learning phases, and what the sessions produced (the quotes, the vote on four
 * themes). Prints a table per category; fails on anything missing or wrong. The catalogue: resource-catalog-service's
 * SeedFidelityTest.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "network"), @ResourceArg(name = "kafka", value = "true")})
class SeedFidelityTest {

    /** The demo network of seed 000 and its theme vote (db/demo). */
    static final String NETWORK = "5e1d0000-0000-4000-8000-000000000001";
    static final String THEME_VOTE = "5e1d0000-0000-4000-8000-000000000301";

    record Tally(String category, int inSeed, int present, int factsChecked, int factsRight, List<String> problems) {
    }

    static JsonNode data() throws IOException {
        Path file = Path.of(System.getProperty("seed.fidelity", "../tools/seed-fidelity.json"));
        assertTrue(Files.exists(file), "seed fidelity data missing: " + file.toAbsolutePath());
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void theRegistryAndTheDemoNetworkCarryWhatTheSeedsName() throws IOException {
        JsonNode c = data().path("categories");
        List<Tally> tallies = List.of(organisations(c.path("organisations")), sessions(c.path("network-sessions")),
                outputs(c.path("session-outputs")));
        StringBuilder out = new StringBuilder("\nRegistry and demo network against the seeds (tools/seed-fidelity.json)\n");
        out.append(String.format(Locale.ROOT, "%-20s %8s %8s %8s %12s%n", "category", "in seed", "present", "missing", "facts right"));
        List<String> problems = new ArrayList<>();
        for (Tally t : tallies) {
            out.append(String.format(Locale.ROOT, "%-20s %8d %8d %8d %12s%n", t.category(), t.inSeed(), t.present(),
                    t.inSeed() - t.present(), t.factsRight() + "/" + t.factsChecked()));
            t.problems().forEach(p -> problems.add(t.category() + ": " + p));
        }
        problems.forEach(p -> out.append("  ").append(p).append('\n'));
        System.out.println(out);
        assertEquals(List.of(), problems, problems.size() + " problems");
    }

    static Tally organisations(JsonNode items) {
        int present = 0, checked = 0, right = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode item : items) {
            String id = item.path("id").asText();
            Response r = given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations/" + id);
            if (r.statusCode() != 200) {
                problems.add("missing " + id + " (" + item.path("facts").path("name").asText() + ", seed "
                        + item.path("seed").asText() + " line " + item.path("line").asInt() + ")");
                continue;
            }
            present++;
            var facts = item.path("facts").fields();
            while (facts.hasNext()) {
                var f = facts.next();
                checked++;
                Object actual = r.jsonPath().get(f.getKey());
                if (Objects.equals(f.getValue().asText(), actual)) {
                    right++;
                } else {
                    problems.add(id + ": " + f.getKey() + " is '" + actual + "', the seed gives '" + f.getValue().asText() + "'");
                }
            }
        }
        return new Tally("organisations", items.size(), present, checked, right, problems);
    }

    static Tally sessions(JsonNode items) {
        List<Map<String, Object>> sessions = given().auth().oauth2(TestTokens.admin()).when()
                .get("/api/v1/networks/" + NETWORK + "/sessions").then().statusCode(200).extract().jsonPath().getList("$");
        int present = 0, checked = 0, right = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode item : items) {
            int number = item.path("number").asInt();
            Map<String, Object> s = sessions.stream().filter(x -> ((Number) x.get("number")).intValue() == number).findFirst().orElse(null);
            if (s == null) {
                problems.add("missing session " + number);
                continue;
            }
            present++;
            var facts = item.path("facts").fields();
            while (facts.hasNext()) {
                var f = facts.next();
                checked++;
                String actual = s.get(f.getKey()) == null ? "" : s.get(f.getKey()).toString();
                boolean ok;
                if (f.getValue().isArray()) {
                    ok = true;
                    for (JsonNode name : f.getValue()) {
                        ok &= actual.contains(name.asText());
                    }
                } else {
                    ok = actual.equals(f.getValue().asText());
                }
                if (ok) {
                    right++;
                } else {
                    problems.add("session " + number + ": " + f.getKey() + " is '" + actual + "', the seed gives " + f.getValue());
                }
            }
        }
        return new Tally("network-sessions", items.size(), present, checked, right, problems);
    }

    static Tally outputs(JsonNode items) {
        List<Map<String, Object>> sessions = given().auth().oauth2(TestTokens.admin()).when()
                .get("/api/v1/networks/" + NETWORK + "/sessions").then().statusCode(200).extract().jsonPath().getList("$");
        int present = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode item : items) {
            int number = item.path("session").asInt();
            String sessionId = sessions.stream().filter(x -> ((Number) x.get("number")).intValue() == number)
                    .map(x -> x.get("id").toString()).findFirst().orElse(null);
            if ("theme-vote".equals(item.path("kind").asText())) {
                Response r = given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/networks/" + NETWORK + "/theme-votes/" + THEME_VOTE);
                List<String> expected = new ArrayList<>();
                item.path("themes").forEach(t -> expected.add(t.asText()));
                if (r.statusCode() != 200) {
                    problems.add("the vote on the themes of session " + number + " is missing");
                } else if (!expected.equals(r.jsonPath().getList("options.theme")) || !"CLOSED".equals(r.jsonPath().get("status"))) {
                    problems.add("the vote of session " + number + " holds " + r.jsonPath().getList("options.theme") + " ("
                            + r.jsonPath().get("status") + "), the seed gives " + expected);
                } else {
                    present++;
                }
                continue;
            }
            List<Map<String, Object>> reflections = sessionId == null ? List.of()
                    : given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/networks/" + NETWORK + "/sessions/" + sessionId + "/outputs")
                    .then().statusCode(200).extract().jsonPath().getList("reflections");
            String text = item.path("text").asText();
            String kind = item.path("kind").asText();
            boolean found = reflections.stream().anyMatch(r -> kind.equals(r.get("kind")) && String.valueOf(r.get("text")).contains(text));
            if (found) {
                present++;
            } else {
                problems.add("session " + number + " lacks the " + kind + " '" + text + "' (seed line " + item.path("line").asInt() + ")");
            }
        }
        return new Tally("session-outputs", items.size(), present, items.size(), present, problems);
    }
}
