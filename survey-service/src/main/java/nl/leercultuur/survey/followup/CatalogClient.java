package nl.leercultuur.survey.followup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * resource-catalog-service's recommendations endpoint (public: published entries only), asked by dimension key and by
 * the concept each dimension measures: a catalogue that does not know concepts ignores that parameter.
 */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1/catalog/recommendations")
public interface CatalogClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Recommendations recommend(@QueryParam("dimension") List<String> dimensions, @QueryParam("concept") List<String> concepts,
                              @QueryParam("limit") int limit);

    /** The catalogue's answer: the dimensions asked for and the entries, best first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Recommendations(List<String> dimensions, List<CatalogEntry> items) {
    }
}
