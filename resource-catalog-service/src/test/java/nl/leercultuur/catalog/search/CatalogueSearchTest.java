package nl.leercultuur.catalog.search;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.leercultuur.testkit.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search over the seeded catalogue (the curation tests only add instrument descriptions, never counted here; the one
 * shared practice they publish is archived again at the end of its test).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class CatalogueSearchTest {

    @jakarta.inject.Inject
    ResourceSearch resourceSearch;

    /** Every search here was answered by the index, not by the database's fallback. */
    @org.junit.jupiter.api.AfterEach
    void answeredByTheIndex() {
        assertEquals(0, resourceSearch.fallbacks());
    }

    static JsonPath search(String query) {
        return given().when().get("/api/v1/catalog/resources?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everySeedEntryIsThereWithItsFacts() {
        // the seeds' items (tools/seed-fidelity.json; SeedFidelityTest checks them one by one): 23 books (seed 000 and the
        // reading list of 001), 16 articles and reports, 13 videos (with 001's talk and 002's videos on the carriers),
        // 5 websites (the AWVN scan is an instrument description), and the 39 ways to develop of the poster; the 15
        // instrument descriptions are counted in InstrumentGuideTest (the curation tests add some of their own)
        Map<String, Integer> perKind = Map.of("book", 23, "article", 16, "podcast", 7, "video", 13, "website", 5,
                "good-practice", 19, "toolkit", 1, "learning-activity", 39);
        perKind.forEach((kind, n) -> assertEquals(n, search("kind=" + kind + "&size=100").getInt("total"), kind));
        given().when().get("/api/v1/catalog/resources?kind=podcast&size=100").then()
                .body("items.find { it.title == 'Behouden van studenten voor de zorg' }.durationMinutes", equalTo(27))
                .body("items.find { it.title == 'Diversiteit en dynamiek voor een bloeiende leercultuur' }.authors", equalTo("Jeanine Jansen"));
        given().when().get("/api/v1/catalog/resources?kind=book&size=100").then()
                .body("items.find { it.title == 'Van weerstand naar veranderbereidheid' }.authors",
                        equalTo("Erwin Metselaar, Anton Cozijnsen & Peter van Delft"))
                .body("items.find { it.title == 'In de leerstand' }.authors", equalTo("Isolde Kolkhuis Tanke"));
        JsonPath practices = search("kind=good-practice&size=100");
        List<String> orgs = practices.getList("items.organisation");
        for (String org : List.of("Laurens", "Erasmus MC", "sTimul", "Menzis", "Havenbedrijf Rotterdam", "Cello", "Aafje",
                "Wageningen University & Research", "Unilever", "Avans Hogeschool", "Stichting Dichterbij", "'s Heeren Loo",
                "Politie Rotterdam", "Academie van de Stad", "IQ Healthcare (Radboudumc)")) {
            assertTrue(orgs.contains(org), org + " missing among " + orgs);
        }
        given().when().get("/api/v1/catalog/resources?kind=good-practice&size=100").then()
                .body("items.find { it.organisation == 'Aafje' }.category", equalTo("practice-based"))
                .body("items.find { it.organisation == 'Unilever' }.category", equalTo("digital"))
                .body("items.find { it.organisation == 'sTimul' }.category", equalTo("experience-based"))
                .body("items.find { it.organisation == 'Laurens' }.successFactors", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/v1/catalog/resources?kind=learning-activity&q=intervisie").then()
                .body("items[0].title", equalTo("Intervisie met je collega's of anderen"));
    }

    @Test
    void dutchStemmingAccentFoldingAndTypos() {
        // stemming: the query "lerende organisatie" finds "Lerend organiseren"
        given().when().get("/api/v1/catalog/resources?q=lerende organisatie").then()
                .body("match", equalTo("words")).body("items.title", hasItem("Lerend organiseren"));
        // "leert" and "leren" share a stem
        given().when().get("/api/v1/catalog/resources?q=leert&size=100").then()
                .body("items.title", hasItem("Liefde voor Leren"));
        // accents folded both ways: "creeren" finds "creëert"/"Creëer", "ideeen" finds "ideeën"
        given().when().get("/api/v1/catalog/resources?q=creeer leercultuur").then()
                .body("items.title", hasItem("Creëer een leercultuur en vergroot je innovaties en creativiteit in het aannemen van personeel"));
        given().when().get("/api/v1/catalog/resources?q=Creëer leercultuur").then()
                .body("items.title", hasItem("Creëer een leercultuur en vergroot je innovaties en creativiteit in het aannemen van personeel"));
        // a misspelled word matches nothing as a word, then by similarity
        given().when().get("/api/v1/catalog/resources?q=veranderbereidhied").then()
                .body("match", equalTo("similar")).body("items[0].title", equalTo("Van weerstand naar veranderbereidheid"));
        given().when().get("/api/v1/catalog/resources?q=Kolkhuis Tanke").then()
                .body("items[0].title", equalTo("In de leerstand"));
        // the title weighs more than the summary: an entry named after the words comes first
        given().when().get("/api/v1/catalog/resources?q=opleidingskunde").then()
                .body("items[0].title", equalTo("Opleidingskunde"));
        given().when().get("/api/v1/catalog/resources?q=zzqxw").then().body("total", equalTo(0)).body("items", hasSize(0));
        // the start of a word finds it when the words find nothing
        given().when().get("/api/v1/catalog/resources?q=veranderbere").then()
                .body("match", equalTo("similar")).body("items.title", hasItem("Van weerstand naar veranderbereidheid"));
        // most typed words must be near an entry's: a long title nobody published finds nothing similar
        given().when().get("/api/v1/catalog/resources?q=Samen leren aan de koffietafel qzxv desktop").then()
                .body("total", equalTo(0));
        // several words, one misspelled, with a filter: all words cannot match, the similarity fallback answers
        given().when().get("/api/v1/catalog/resources?q=weerstand veranderbereidhied&kind=book").then().statusCode(200)
                .body("match", equalTo("similar")).body("items[0].title", equalTo("Van weerstand naar veranderbereidheid"))
                .body("items[0].rank", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void eachFilterNarrowsAndFacetsCountTheWholeResult() {
        given().when().get("/api/v1/catalog/resources?theme=psychological-safety&size=100").then()
                .body("items.themes", everyItem(hasItem("psychological-safety")));
        given().when().get("/api/v1/catalog/resources?dimension=role-of-mentors&size=100").then()
                .body("items.dimensionKeys", everyItem(hasItem("role-of-mentors")));
        given().when().get("/api/v1/catalog/resources?audience=student&size=100").then()
                .body("items.audience", everyItem(hasItem("student")));
        given().when().get("/api/v1/catalog/resources?language=en&size=100").then()
                .body("total", equalTo(4)).body("items.language", everyItem(equalTo("en")));
        given().when().get("/api/v1/catalog/resources?minDuration=20&maxDuration=40&size=100").then()
                .body("items.durationMinutes", everyItem(org.hamcrest.Matchers.allOf(greaterThanOrEqualTo(20), lessThanOrEqualTo(40))))
                .body("items.title", hasItems("Behouden van studenten voor de zorg", "No more boring learning"));
        given().when().get("/api/v1/catalog/resources?kind=podcast&kind=video&size=100").then()
                .body("total", equalTo(20));
        // facets: counts over the whole query, not the page
        JsonPath all = search("size=1");
        int total = all.getInt("total");
        int kindSum = all.getList("facets.kind.count", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(total, kindSum);
        given().when().get("/api/v1/catalog/resources?q=studenten&size=1").then()
                .body("facets.kind.value", hasItem("podcast"))
                .body("facets.theme.find { it.value == 'students-and-placements' }.count", greaterThanOrEqualTo(2));
        given().when().get("/api/v1/catalog/resources?kind=podcast&size=1").then()
                .body("facets.kind", hasSize(1)).body("facets.kind[0].count", equalTo(7))
                .body("facets.language.find { it.value == 'en' }.count", equalTo(1));
    }

    @Test
    void sortOrdersAndPaginationEdges() {
        List<String> titles = search("kind=podcast&sort=title&size=100").getList("items.title");
        List<String> sorted = titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertEquals(sorted, titles);
        // pages follow each other without gaps or repeats, in a stable order
        List<String> p0 = search("kind=podcast&sort=title&size=3&page=0").getList("items.title");
        List<String> p1 = search("kind=podcast&sort=title&size=3&page=1").getList("items.title");
        List<String> p2 = search("kind=podcast&sort=title&size=3&page=2").getList("items.title");
        assertEquals(titles, java.util.stream.Stream.of(p0, p1, p2).flatMap(List::stream).toList());
        assertEquals(1, p2.size(), "last page holds the remainder");
        given().when().get("/api/v1/catalog/resources?kind=podcast&size=3&page=9").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(7));
        given().when().get("/api/v1/catalog/resources?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().when().get("/api/v1/catalog/resources?size=500").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().when().get("/api/v1/catalog/resources?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().when().get("/api/v1/catalog/resources?kind=cd-rom").then().statusCode(400);
        given().when().get("/api/v1/catalog/resources?sort=random").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().when().get("/api/v1/catalog/resources?status=DRAFT").then().statusCode(403);
    }

    @Test
    void recommendationsPutTheBestMatchFirst() {
        // entries helping with both dimensions come before those helping with one
        JsonPath r = given().when().get("/api/v1/catalog/recommendations?dimension=role-of-mentors&dimension=ward-atmosphere&limit=10")
                .then().statusCode(200).extract().jsonPath();
        List<List<String>> dims = r.getList("items.dimensionKeys");
        assertTrue(dims.size() >= 5);
        int lastMatches = 2;
        for (List<String> d : dims) {
            int matches = (d.contains("role-of-mentors") ? 1 : 0) + (d.contains("ward-atmosphere") ? 1 : 0);
            assertTrue(matches >= 1 && matches <= lastMatches, "ordered by number of matching dimensions: " + dims);
            lastMatches = matches;
        }
        assertTrue(dims.get(0).containsAll(List.of("role-of-mentors", "ward-atmosphere")));
        given().when().get("/api/v1/catalog/recommendations?dimension=urgency&limit=1").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].title", equalTo("Van weerstand naar veranderbereidheid"));
        given().when().get("/api/v1/catalog/recommendations").then().statusCode(400);
        given().when().get("/api/v1/catalog/recommendations?dimension=Bad Key").then().statusCode(400);
        given().when().get("/api/v1/catalog/recommendations?dimension=no-such-dimension").then().statusCode(200)
                .body("items", hasSize(0));
        given().when().get("/api/v1/catalog/recommendations?dimension=formal&theme=learning-technology&limit=3").then()
                .body("items[0].themes", hasItem("learning-technology"));
    }

    @Test
    void oneEntryAndUnknownIds() {
        String id = search("q=opleidingskunde").getString("items[0].id");
        given().when().get("/api/v1/catalog/resources/" + id).then().statusCode(200)
                .body("authors", equalTo("Erik Deen en Mariel Rondeel")).body("curation", org.hamcrest.Matchers.nullValue());
        given().when().get("/api/v1/catalog/resources/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/catalog/resources/not-a-uuid").then().statusCode(404);
        given().when().get("/api/v1/catalog/resources?kind=podcast&sort=newest&size=2").then().statusCode(200)
                .body("items", hasSize(2));
        given().when().get("/api/v1/catalog/resources?q=studenten&kind=podcast").then()
                .body("items.title", contains("Behouden van studenten voor de zorg"));
    }

    @Test
    void badQueryInputIsAProblemNamingTheParameterNever500() {
        given().when().get("/api/v1/catalog/resources?q=a%00b").then().statusCode(org.hamcrest.Matchers.lessThan(500));
        given().when().get("/api/v1/catalog/resources?status=AAA").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().when().get("/api/v1/catalog/resources?minDuration=99999999999").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("minDuration"));
    }
}
