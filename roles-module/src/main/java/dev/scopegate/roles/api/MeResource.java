package dev.scopegate.roles.api;

import dev.scopegate.scopes.security.Authenticated;
import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** Who is calling, however they authenticated. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequestScoped
public class MeResource {

    @Inject
    CallerContext callerContext;

    @GET
    public Me get() {
        Caller caller = callerContext.requireCaller();
        return new Me(caller.userGuid(), caller.username(), caller.scheme(),
                caller.credentialId(), caller.grantedScopes().stream().sorted().toList(),
                caller.effectiveScopes().stream().sorted().toList());
    }

    /**
     * @param authentication the scheme used: {@code Basic}, {@code App} or {@code Bearer}
     * @param credentialId   the API key or token used; absent for a password
     */
    public record Me(UUID userGuid, String username, String authentication,
            String credentialId, List<String> grantedScopes, List<String> effectiveScopes) {
    }
}
