package nl.leercultuur.analytics.recommendation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** resource-catalog-service's recommendations endpoint (public: published entries only). */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1/catalog/recommendations")
public interface CatalogClient {

    @GET
    Recommendations recommend(@QueryParam("dimension") List<String> dimensions, @QueryParam("limit") int limit);

    /** The catalogue's answer: the dimensions asked for and the entries, best first. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Recommendations(List<String> dimensions, List<CatalogResource> items) {
    }
}
