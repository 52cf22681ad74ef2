package nl.leercultuur.catalog.resource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.testkit.PlatformTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class CatalogueSearchTest {

    @Test
    void anonymousSearchWithDutchStemming() {
        // "lerende" in the query and "leren"/"lerend" in the entries share the Dutch stem
        given().when().get("/api/v1/catalog/resources?q=lerende organisatie").then().statusCode(200)
                .body("items.title", hasItem("Lerend organiseren"));
        given().when().get("/api/v1/catalog/resources?q=studenten").then().statusCode(200)
                .body("items[0].title", equalTo("Behouden van studenten voor de zorg"))
                .body("items[0].durationMinutes", equalTo(27));
    }

    @Test
    void filtersAndPagination() {
        given().when().get("/api/v1/catalog/resources?kind=podcast&size=100").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("podcast"))).body("total", equalTo(5));
        given().when().get("/api/v1/catalog/resources?kind=podcast&size=2&page=2").then().statusCode(200)
                .body("items", hasSize(1));
        given().when().get("/api/v1/catalog/resources?size=500").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().when().get("/api/v1/catalog/resources?kind=cd-rom").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void readOne() {
        given().when().get("/api/v1/catalog/resources/00000000-0000-4000-a000-000000000004").then().statusCode(200)
                .body("authors", equalTo("Isolde Kolkhuis Tanke"));
        given().when().get("/api/v1/catalog/resources/00000000-0000-4000-a000-0000000000ff").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
