package dev.scopegate.web.support;

import dev.scopegate.scopes.security.RequiresScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Endpoints that must never be served: one says nothing, one names a scope nobody defined. */
@Path("/test/unguarded")
public class UnguardedResource {

    @GET
    public String forgotten() {
        return "served without a check";
    }

    @GET
    @Path("/teleport")
    @RequiresScope("sms:teleport")
    public String unknownScope() {
        return "served with a scope the catalog lacks";
    }
}
