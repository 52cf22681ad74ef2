package nl.leercultuur.analytics.recommendation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * resource-catalog-service's recommendations endpoint (public: published entries only). Asked by dimension key and by
 * the concept of the shared vocabulary each dimension measures: a catalogue that knows concepts recommends by them,
 * one that does not ignores the parameter and goes by the dimension keys.
 */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1/catalog/recommendations")
public interface CatalogClient {

    @GET
    Recommendations recommend(@QueryParam("dimension") List<String> dimensions, @QueryParam("concept") List<String> concepts,
                              @QueryParam("limit") int limit);

    /** The catalogue's answer: the dimensions asked for and the entries, best first. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Recommendations(List<String> dimensions, List<CatalogResource> items) {
    }
}
