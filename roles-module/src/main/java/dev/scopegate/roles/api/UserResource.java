package dev.scopegate.roles.api;

import dev.scopegate.roles.application.UserChanges;
import dev.scopegate.roles.application.UserService;
import dev.scopegate.roles.domain.Credentials;
import dev.scopegate.roles.domain.User;
import dev.scopegate.scopes.api.JsonBody;
import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.api.QueryParameters;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Users who sign in with a password; the password is write-only. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class UserResource {

    private static final Set<String> WRITABLE =
            Set.of("username", "displayName", "password", "enabled", "roleGuids");
    private static final Set<String> READ_ONLY =
            Set.of("guid", "roles", "createdAt", "updatedAt");

    @Inject
    UserService users;

    @Inject
    CallerContext callerContext;

    /** @param enabled {@code true} or {@code false} to list only enabled or disabled users */
    @GET
    @RequiresScope("scopegate:users:read")
    public Page<UserRepresentation> list(@QueryParam("username") String username,
            @QueryParam("enabled") String enabled, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Boolean enabledOnly = QueryParameters.flag("enabled", enabled).orElse(null);
        Page<User> found = users.list(username, enabledOnly, PageRequest.of(page, size));
        return new Page<>(found.results().stream().map(UserRepresentation::of).toList(),
                found.paging());
    }

    @GET
    @Path("/{guid}")
    @RequiresScope("scopegate:users:read")
    public UserRepresentation get(@PathParam("guid") String guid) {
        return UserRepresentation.of(users.get(RoleResource.parseGuid(guid, "user")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("scopegate:users:write")
    public Response create(JsonObject body, @Context UriInfo uri) {
        JsonBody input = JsonBody.read(body, WRITABLE, READ_ONLY);
        input.require("username", "password");
        UserChanges changes = readChanges(input);
        input.requireValid();

        String username = changes.username().orElseThrow();
        User user = users.create(callerContext.requireCaller(), username,
                changes.displayName().filter(name -> !name.isEmpty()).orElse(username),
                changes.password().orElseThrow(), changes.enabled().orElse(true),
                changes.roles().orElse(List.of()));

        return Response.created(uri.getAbsolutePathBuilder().path(user.guid().toString()).build())
                .entity(UserRepresentation.of(user))
                .build();
    }

    @PUT
    @Path("/{guid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("scopegate:users:write")
    public UserRepresentation replace(@PathParam("guid") String guid, JsonObject body) {
        return update(guid, body);
    }

    @PATCH
    @Path("/{guid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("scopegate:users:write")
    public UserRepresentation update(@PathParam("guid") String guid, JsonObject body) {
        UUID userGuid = RoleResource.parseGuid(guid, "user");
        JsonBody input = JsonBody.read(body, WRITABLE, READ_ONLY);
        UserChanges changes = readChanges(input);
        input.requireValid();

        return UserRepresentation.of(users.update(callerContext.requireCaller(), userGuid,
                changes));
    }

    @DELETE
    @Path("/{guid}")
    @RequiresScope("scopegate:users:write")
    public Response delete(@PathParam("guid") String guid) {
        users.delete(callerContext.requireCaller(), RoleResource.parseGuid(guid, "user"));
        return Response.noContent().build();
    }

    private static UserChanges readChanges(JsonBody input) {
        Optional<String> username = input.text("username", User.MAX_USERNAME_LENGTH, false);
        username.flatMap(Credentials::usernameProblem)
                .ifPresent(problem -> input.reject("username", problem));
        Optional<String> displayName =
                input.text("displayName", User.MAX_DISPLAY_NAME_LENGTH, true);
        Optional<String> password = input.rawText("password");
        password.flatMap(Credentials::passwordProblem)
                .ifPresent(problem -> input.reject("password", problem));
        Optional<Boolean> enabled = input.bool("enabled");
        Optional<List<UUID>> roles = input.textList("roleGuids").map(guids -> {
            List<UUID> parsed = new ArrayList<>();
            for (String guid : guids) {
                try {
                    parsed.add(UUID.fromString(guid));
                } catch (IllegalArgumentException notAGuid) {
                    input.reject("roleGuids", "'" + guid + "' is not a role GUID");
                }
            }
            return parsed;
        });
        return new UserChanges(username, displayName, password, enabled, roles);
    }
}
