package dev.scopegate.web.support;

import dev.scopegate.scopes.audit.AuditTrail;
import dev.scopegate.scopes.problem.ConflictException;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A stand-in for the endpoints that change things, which record their changes in the audit
 * trail within their own transaction. The body names the record:
 * {@code {"type": ..., "target": ..., "changes": {...}}}.
 */
@Path("/test/audit-probe")
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScope("scopegate:manage")
@RequestScoped
public class AuditProbeResource {

    @Inject
    AuditTrail auditTrail;

    @POST
    @Transactional
    public Response change(JsonObject record) {
        auditTrail.record(record.getString("type"), record.getString("target"),
                record.getJsonObject("changes"));
        return Response.noContent().build();
    }

    /** Records the change, then refuses it: the transaction, record included, rolls back. */
    @POST
    @Path("/refused")
    @Transactional
    public Response changeThenRefuse(JsonObject record) {
        auditTrail.record(record.getString("type"), record.getString("target"),
                record.getJsonObject("changes"));
        throw new ConflictException("The change was refused after it had been recorded.");
    }
}
