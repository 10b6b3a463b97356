package dev.scopegate.scopes.audit;

import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit trail, read-only: entries are only ever added, by the changes they record. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequiresScope("scopegate:audit:read")
@RequestScoped
public class AuditResource {

    @Inject
    AuditRepository repository;

    @Inject
    RefusalAudit refusalAudit;

    /**
     * Entries newest first; see {@link AuditQuery} for the filters. Refusals summarised in
     * windows that have closed are recorded first, so that the answer includes them.
     */
    @GET
    public Page<AuditEntryRepresentation> list(@QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("actor") String actor,
            @QueryParam("target") String target, @QueryParam("type") String type,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        AuditQuery query = AuditQuery.of(from, to, actor, target, type);
        PageRequest request = PageRequest.of(page, size);

        refusalAudit.recordClosedWindows();
        Page<AuditEntry> entries = repository.find(query, request);

        return Page.of(entries.results().stream().map(AuditEntryRepresentation::of).toList(),
                request, entries.paging().totalCount());
    }
}
