package nl.leercultuur.catalog.organisation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** network-service's regional organisation registry, over REST ({@code quarkus.rest-client.organisations.url}). */
@RegisterRestClient(configKey = "organisations")
@Path("/api/v1/organisations")
public interface OrganisationClient {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    OrganisationInfo get(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);
}
