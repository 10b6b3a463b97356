package dev.scopegate.scopes.api;

import dev.scopegate.scopes.security.EndpointTable;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Every endpoint of the deployment with the scopes it accepts, as enforced. */
@Path("/api/v1/endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RequiresScope("scopegate:scopes:read")
@RequestScoped
public class EndpointResource {

    @Inject
    EndpointTable endpointTable;

    @GET
    public Page<EndpointRepresentation> list(@QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageRequest.of(page, size).slice(endpointTable.endpoints().stream()
                .map(EndpointRepresentation::of)
                .toList());
    }
}
