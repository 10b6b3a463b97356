package dev.scopegate.web.support;

import dev.scopegate.scopes.security.CallerContext;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Endpoints that tests add to the deployment to exercise the kernel. */
@Path("/test/probe")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProbeResource {

    /** Text that must never reach a client, to prove that failures hide their internals. */
    public static final String INTERNAL_DETAIL = "internal-detail-that-must-not-leak";

    @Inject
    CallerContext callerContext;

    @GET
    @RequiresScope("sms:message:send")
    public JsonObject protectedProbe() {
        return Json.createObjectBuilder()
                .add("caller", callerContext.requireCaller().username())
                .add("clientAddress", callerContext.clientAddress())
                .build();
    }

    @GET
    @Path("/public")
    @PermitAll
    public JsonObject publicProbe() {
        return Json.createObjectBuilder().add("public", true).build();
    }

    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("sms:message:send")
    public JsonObject echo(JsonObject body) {
        return body;
    }

    @GET
    @Path("/failure")
    @PermitAll
    public JsonObject failure() {
        throw new IllegalStateException(INTERNAL_DETAIL);
    }
}
