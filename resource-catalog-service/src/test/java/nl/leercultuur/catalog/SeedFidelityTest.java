package nl.leercultuur.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.leercultuur.testkit.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue against what the seeds name, item by item ({@code tools/seed-fidelity.json}, the one data file beside
 * the catalogue generator): per category the items the seeds name, how many the catalogue serves, and every named
 * fact (title, authors, organisation, year, duration, kind, language, url, category, what a practice is and what it
 * needs, the instrument a description leads to) checked against what the service answers. Prints a table per
 * category; fails on any item missing or any fact wrong. The registry and the demo network: network-service's
 * SeedFidelityTest.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
public class SeedFidelityTest {

    static final List<String> CATALOGUE = List.of("books", "articles", "podcasts", "videos", "websites", "good-practices",
            "best-practices", "instruments-described", "ways-to-develop");

    /** The data file: {@code -Dseed.fidelity=...}, else {@code ../tools/seed-fidelity.json} from the module. */
    static JsonNode data() throws IOException {
        Path file = Path.of(System.getProperty("seed.fidelity", "../tools/seed-fidelity.json"));
        assertTrue(Files.exists(file), "seed fidelity data missing: " + file.toAbsolutePath());
        return new ObjectMapper().readTree(file.toFile());
    }

    /** One category's counts and what is wrong. */
    record Tally(String category, int inSeed, int present, int factsChecked, int factsRight, int itemsRight, List<String> problems) {
    }

    @Test
    void everyItemTheSeedsNameIsThereWithItsFacts() throws IOException {
        JsonNode data = data();
        List<Map<String, Object>> entries = allPublished();
        Map<String, Map<String, Object>> guide = instrumentGuide();
        List<Tally> tallies = new ArrayList<>();
        for (String category : CATALOGUE) {
            Tally t = tally(category, data.path("categories").path(category), entries, guide);
            tallies.add(extra(t, data.path("closedKinds").path(category).asText(null), data.path("categories").path(category), entries));
        }
        Tally queries = queries(data.path("queries"));
        tallies.add(queries);
        List<String> seedProblems = SeedLines.check(data);
        System.out.println(table("Catalogue against the seeds (tools/seed-fidelity.json)", tallies));
        seedProblems.forEach(p -> System.out.println("  seed line: " + p));
        List<String> problems = new ArrayList<>(seedProblems);
        tallies.forEach(t -> t.problems().forEach(p -> problems.add(t.category() + ": " + p)));
        assertEquals(List.of(), problems, problems.size() + " problems");
    }

    static String table(String heading, List<Tally> tallies) {
        StringBuilder out = new StringBuilder("\n" + heading + "\n");
        out.append(String.format(Locale.ROOT, "%-24s %8s %8s %8s %12s %12s%n", "category", "in seed", "present", "missing",
                "facts right", "items right"));
        int seed = 0, present = 0, checked = 0, right = 0, items = 0;
        for (Tally t : tallies) {
            out.append(String.format(Locale.ROOT, "%-24s %8d %8d %8d %12s %12s%n", t.category(), t.inSeed(), t.present(),
                    t.inSeed() - t.present(), t.factsRight() + "/" + t.factsChecked(), t.itemsRight() + "/" + t.inSeed()));
            seed += t.inSeed();
            present += t.present();
            checked += t.factsChecked();
            right += t.factsRight();
            items += t.itemsRight();
        }
        out.append(String.format(Locale.ROOT, "%-24s %8d %8d %8d %12s %12s%n", "total", seed, present, seed - present,
                right + "/" + checked, items + "/" + seed));
        for (Tally t : tallies) {
            t.problems().forEach(p -> out.append("  ").append(t.category()).append(": ").append(p).append('\n'));
        }
        return out.toString();
    }

    static Tally tally(String category, JsonNode items, List<Map<String, Object>> entries, Map<String, Map<String, Object>> guide) {
        int present = 0, checked = 0, right = 0, itemsRight = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode item : items) {
            String title = item.path("title").asText();
            Map<String, Object> e = find(entries, item);
            if (e == null) {
                problems.add("missing '" + title + "' (seed " + item.path("seed").asText() + " line " + item.path("line").asInt() + ")");
                continue;
            }
            present++;
            List<String> wrong = new ArrayList<>();
            int n = 0;
            if (item.path("titleFromSeed").asBoolean(false)) {
                n++;
                if (!title.equals(e.get("title"))) {
                    wrong.add("title is '" + e.get("title") + "', the seed gives '" + title + "'");
                }
            }
            var facts = item.path("facts").fields();
            while (facts.hasNext()) {
                var f = facts.next();
                n++;
                String problem = checkFact(f.getKey(), f.getValue(), e, guide);
                if (problem != null) {
                    wrong.add(problem);
                }
            }
            checked += n;
            right += n - wrong.size();
            if (wrong.isEmpty()) {
                itemsRight++;
            } else {
                problems.add("'" + title + "': " + String.join("; ", wrong));
            }
        }
        return new Tally(category, items.size(), present, checked, right, itemsRight, problems);
    }

    /**
     * A category the seed lists completely (closedKinds: the ways to develop of the poster): an entry of its kind the
     * list does not hold claims to come from the seed without doing so.
     */
    static Tally extra(Tally t, String closedKind, JsonNode items, List<Map<String, Object>> entries) {
        if (closedKind == null) {
            return t;
        }
        List<String> titles = new ArrayList<>();
        items.forEach(i -> titles.add(i.path("title").asText()));
        List<String> problems = new ArrayList<>(t.problems());
        entries.stream().filter(e -> closedKind.equals(e.get("kind")) && !titles.contains(String.valueOf(e.get("title"))))
                .forEach(e -> problems.add("'" + e.get("title") + "' is not in the seed"));
        return new Tally(t.category(), t.inSeed(), t.present(), t.factsChecked(), t.factsRight(), t.itemsRight(), problems);
    }

    /** By title, else by an earlier title (aka), so that an entry under a wrong title counts as present but wrong. */
    static Map<String, Object> find(List<Map<String, Object>> entries, JsonNode item) {
        List<String> titles = new ArrayList<>();
        titles.add(item.path("title").asText());
        item.path("aka").forEach(a -> titles.add(a.asText()));
        String kind = item.path("facts").path("kind").asText(null);
        for (String t : titles) {
            for (Map<String, Object> e : entries) {
                if (t.equals(e.get("title"))) {
                    return e;
                }
            }
        }
        // a practice is known by its organisation too (a good practice of 004 whose title was never the seed's)
        if ("good-practice".equals(kind) && item.path("facts").has("organisation")) {
            String org = item.path("facts").path("organisation").get(0).asText().toLowerCase(Locale.ROOT);
            for (Map<String, Object> e : entries) {
                if ("good-practice".equals(e.get("kind")) && e.get("organisation") != null
                        && e.get("organisation").toString().toLowerCase(Locale.ROOT).contains(org)
                        && fold(e.get("title").toString()).contains(fold(item.path("title").asText()).split(" ")[0])) {
                    return e;
                }
            }
        }
        return null;
    }

    static String checkFact(String fact, JsonNode expected, Map<String, Object> e, Map<String, Map<String, Object>> guide) {
        switch (fact) {
            case "kind", "language", "category" -> {
                return Objects.equals(expected.asText(), e.get(fact)) ? null : fact + " is " + e.get(fact) + ", expected " + expected.asText();
            }
            case "year", "durationMinutes" -> {
                Object actual = e.get(fact);
                return actual instanceof Number num && num.intValue() == expected.asInt() ? null
                        : fact + " is " + actual + ", the seed gives " + expected.asInt();
            }
            case "authors", "organisation" -> {
                String actual = e.get(fact) == null ? "" : e.get(fact).toString();
                List<String> absent = new ArrayList<>();
                expected.forEach(name -> {
                    if (!fold(actual).contains(fold(name.asText()))) {
                        absent.add(name.asText());
                    }
                });
                return absent.isEmpty() ? null : fact + " '" + actual + "' lacks " + absent;
            }
            case "url" -> {
                String actual = e.get("url") == null ? "" : e.get("url").toString();
                return actual.contains(expected.asText()) ? null : "url is '" + actual + "', the seed gives " + expected.asText();
            }
            case "summaryMentions" -> {
                String summary = fold(String.valueOf(e.get("summary")));
                List<String> absent = new ArrayList<>();
                expected.forEach(w -> {
                    if (!summary.contains(fold(w.asText()))) {
                        absent.add(w.asText());
                    }
                });
                return absent.isEmpty() ? null : "summary does not say what the seed says it is: lacks " + absent;
            }
            case "preconditionsMention" -> {
                StringBuilder text = new StringBuilder(String.valueOf(e.get("successFactors")));
                if (e.get("practice") instanceof Map<?, ?> p) {
                    text.append(' ').append(p.get("whatMadeItWork")).append(' ').append(p.get("preconditions"));
                }
                List<String> absent = new ArrayList<>();
                expected.forEach(w -> {
                    if (!fold(text.toString()).contains(fold(w.asText()))) {
                        absent.add(w.asText());
                    }
                });
                return absent.isEmpty() ? null : "what made it work ignores the seed's preconditions: lacks " + absent;
            }
            case "instrumentKey", "lengthMentions" -> {
                Map<String, Object> g = guide.get(String.valueOf(e.get("id")));
                if (g == null) {
                    return "not in the instrument guide";
                }
                if (fact.equals("instrumentKey")) {
                    Object key = g.get("instrumentKey");
                    String want = expected.isNull() ? null : expected.asText();
                    return Objects.equals(want, key) ? null : "instrumentKey is " + key + ", expected " + want;
                }
                String length = fold(String.valueOf(g.get("lengthText")));
                List<String> absent = new ArrayList<>();
                expected.forEach(w -> {
                    if (!length.contains(fold(w.asText()))) {
                        absent.add(w.asText());
                    }
                });
                return absent.isEmpty() ? null : "length '" + g.get("lengthText") + "' lacks " + absent;
            }
            default -> {
                return "unknown fact " + fact;
            }
        }
    }

    /** The queries the seed content must answer (psychological safety, Edmondson, team ambition). */
    static Tally queries(JsonNode queries) {
        int right = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode q : queries) {
            String path = ("recommendations".equals(q.path("what").asText()) ? "/api/v1/catalog/recommendations?" : "/api/v1/catalog/resources?")
                    + q.path("query").asText();
            Response r = given().when().get(path);
            if (r.statusCode() != 200) {
                problems.add(path + " answered " + r.statusCode());
                continue;
            }
            List<String> titles = r.jsonPath().getList("items.title");
            List<String> absent = new ArrayList<>();
            q.path("expectTitles").forEach(t -> {
                if (!titles.contains(t.asText())) {
                    absent.add(t.asText());
                }
            });
            int atLeast = q.path("expectAtLeast").asInt(0);
            if (!absent.isEmpty()) {
                problems.add(path + " does not find " + absent);
            } else if (titles.size() < atLeast) {
                problems.add(path + " finds " + titles.size() + ", expected at least " + atLeast);
            } else {
                right++;
            }
        }
        return new Tally("queries", queries.size(), queries.size(), queries.size(), right, right, problems);
    }

    static List<Map<String, Object>> allPublished() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < 20; page++) {
            JsonPath p = given().when().get("/api/v1/catalog/resources?size=100&sort=title&page=" + page).then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            all.addAll(items);
            if (items.size() < 100) {
                break;
            }
        }
        return all;
    }

    /** The guide's entries by resource id (empty when the service has no guide). */
    static Map<String, Map<String, Object>> instrumentGuide() {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        Response r = given().when().get("/api/v1/catalog/instrument-guide?limit=50");
        if (r.statusCode() == 200) {
            List<Map<String, Object>> items = r.jsonPath().getList("items");
            items.forEach(i -> byId.put(String.valueOf(i.get("id")), i));
        }
        return byId;
    }

    static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Checks each item's quote against its seed file and line, when the seed files are at hand (not in CI). */
    static final class SeedLines {
        static List<String> check(JsonNode data) throws IOException {
            Path dir = Path.of(System.getProperty("seeds.dir", "../../shared/seeds"));
            List<String> problems = new ArrayList<>();
            if (!Files.isDirectory(dir)) {
                System.out.println("(seed files not at " + dir.toAbsolutePath() + ": quotes and lines not checked)");
                return problems;
            }
            Map<String, List<String>> lines = new LinkedHashMap<>();
            var files = data.path("seeds").fields();
            while (files.hasNext()) {
                var f = files.next();
                lines.put(f.getKey(), Files.readAllLines(dir.resolve(f.getValue().asText()), StandardCharsets.UTF_8));
            }
            data.path("categories").forEach(items -> items.forEach(item -> {
                check(item, lines, problems);
                item.path("also").forEach(a -> check(a, lines, problems));
            }));
            return problems;
        }

        private static void check(JsonNode item, Map<String, List<String>> lines, List<String> problems) {
            List<String> seed = lines.get(item.path("seed").asText());
            int line = item.path("line").asInt();
            String quote = norm(item.path("quote").asText());
            boolean found = false;
            for (int i = Math.max(1, line - 2); seed != null && i <= Math.min(seed.size(), line + 2); i++) {
                found |= norm(seed.get(i - 1)).contains(quote);
            }
            if (!found) {
                problems.add("seed " + item.path("seed").asText() + " line " + line + " does not say '" + item.path("quote").asText() + "'");
            }
        }

        private static String norm(String s) {
            return s.replaceAll("[\\s\\u00a0\\u2000-\\u200b]+", " ");
        }
    }
}
