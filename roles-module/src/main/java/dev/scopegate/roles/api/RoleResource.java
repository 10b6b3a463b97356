package dev.scopegate.roles.api;

import dev.scopegate.roles.application.RoleChanges;
import dev.scopegate.roles.application.RoleService;
import dev.scopegate.roles.domain.Role;
import dev.scopegate.scopes.api.JsonBody;
import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.problem.ResourceNotFoundException;
import dev.scopegate.scopes.security.CallerContext;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Roles and their scopes; {@code GET /api/v1/roles} is the role-to-scopes table. */
@Path("/api/v1/roles")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RoleResource {

    private static final Set<String> WRITABLE = Set.of("name", "description", "scopeGuids");
    private static final Set<String> READ_ONLY = Set.of("guid", "builtIn", "scopes");

    @Inject
    RoleService roles;

    @Inject
    CatalogService catalog;

    @Inject
    CallerContext callerContext;

    @GET
    @RequiresScope("scopegate:roles:read")
    public Page<RoleRepresentation> list(@QueryParam("name") String name,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Page<Role> found = roles.list(name, PageRequest.of(page, size));
        return new Page<>(found.results().stream()
                .map(role -> RoleRepresentation.of(role, catalog))
                .toList(), found.paging());
    }

    @GET
    @Path("/{guid}")
    @RequiresScope("scopegate:roles:read")
    public RoleRepresentation get(@PathParam("guid") String guid) {
        return RoleRepresentation.of(roles.get(parseGuid(guid, "role")), catalog);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("scopegate:roles:write")
    public Response create(JsonObject body, @Context UriInfo uri) {
        JsonBody input = JsonBody.read(body, WRITABLE, READ_ONLY);
        input.require("name", "scopeGuids");
        RoleChanges changes = readChanges(input);
        input.requireValid();

        Role role = roles.create(callerContext.requireCaller(), changes.name().orElseThrow(),
                changes.description().orElse(""), changes.scopes().orElseThrow());

        return Response.created(uri.getAbsolutePathBuilder().path(role.guid().toString()).build())
                .entity(RoleRepresentation.of(role, catalog))
                .build();
    }

    @PUT
    @Path("/{guid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("scopegate:roles:write")
    public RoleRepresentation replace(@PathParam("guid") String guid, JsonObject body) {
        return update(guid, body);
    }

    @PATCH
    @Path("/{guid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("scopegate:roles:write")
    public RoleRepresentation update(@PathParam("guid") String guid, JsonObject body) {
        UUID roleGuid = parseGuid(guid, "role");
        JsonBody input = JsonBody.read(body, WRITABLE, READ_ONLY);
        RoleChanges changes = readChanges(input);
        input.requireValid();

        Role role = roles.update(callerContext.requireCaller(), roleGuid, changes);
        return RoleRepresentation.of(role, catalog);
    }

    @DELETE
    @Path("/{guid}")
    @RequiresScope("scopegate:roles:write")
    public Response delete(@PathParam("guid") String guid) {
        roles.delete(callerContext.requireCaller(), parseGuid(guid, "role"));
        return Response.noContent().build();
    }

    private static RoleChanges readChanges(JsonBody input) {
        Optional<String> name = input.text("name", Role.MAX_NAME_LENGTH, false);
        Optional<String> description = input.text("description", Role.MAX_DESCRIPTION_LENGTH,
                true);
        Optional<List<String>> scopes = input.textList("scopeGuids");
        return new RoleChanges(name, description, scopes);
    }

    /** A GUID from the path; anything else names no resource. */
    static UUID parseGuid(String text, String kind) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAGuid) {
            throw new ResourceNotFoundException(kind, text);
        }
    }
}
