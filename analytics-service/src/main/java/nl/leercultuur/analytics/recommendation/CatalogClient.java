package nl.leercultuur.analytics.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
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
    JsonNode recommend(@QueryParam("dimension") List<String> dimensions, @QueryParam("limit") int limit);
}
