package dev.scopegate.web.api;

import dev.scopegate.scopes.security.Authenticated;
import dev.scopegate.scopes.security.CallerContext;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Connectivity checks: {@code /api/v1/ping} answers anyone; {@code /api/v1/ping/authenticated}
 * answers the same only to valid credentials, so an integration can test its key or token
 * without touching anything.
 */
@Path("/api/v1/ping")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PingResource {

    @Inject
    CallerContext callerContext;

    @GET
    @PermitAll
    public Pong ping() {
        return new Pong(true, null);
    }

    @GET
    @Path("/authenticated")
    @Authenticated
    public Pong pingAuthenticated() {
        return new Pong(true, callerContext.requireCaller().scheme());
    }

    /** @param authentication the scheme the caller used, absent on the public ping */
    public record Pong(boolean pong, String authentication) {
    }
}
