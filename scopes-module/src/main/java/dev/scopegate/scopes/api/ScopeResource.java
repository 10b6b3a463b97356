package dev.scopegate.scopes.api;

import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopeCatalog;
import dev.scopegate.scopes.problem.ResourceNotFoundException;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The scope catalog, read-only: scopes change through the catalog file. */
@Path("/api/v1/scopes")
@Produces(MediaType.APPLICATION_JSON)
@RequiresScope("scopegate:scopes:read")
@RequestScoped
public class ScopeResource {

    @Inject
    CatalogService catalogService;

    /**
     * Active scopes, ordered by name.
     *
     * @param text a case-insensitive part of the name, category or description
     */
    @GET
    public Page<ScopeRepresentation> list(@QueryParam("product") String product,
            @QueryParam("category") String category, @QueryParam("q") String text,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        ScopeCatalog catalog = catalogService.catalog();
        List<ScopeRepresentation> matching = catalog.scopes().stream()
                .filter(matches(product, category, text))
                .map(scope -> ScopeRepresentation.of(scope, catalog))
                .toList();
        return request.slice(matching);
    }

    /** One scope by GUID or name; a retired scope is found by its GUID and marked retired. */
    @GET
    @Path("/{guidOrName}")
    public ScopeRepresentation get(@PathParam("guidOrName") String guidOrName) {
        ScopeCatalog catalog = catalogService.catalog();
        return catalog.find(guidOrName)
                .map(scope -> ScopeRepresentation.of(scope, catalog))
                .or(() -> catalogService.findRetired(guidOrName)
                        .map(ScopeRepresentation::ofRetired))
                .orElseThrow(() -> new ResourceNotFoundException("scope", guidOrName));
    }

    private static Predicate<Scope> matches(String product, String category, String text) {
        Predicate<Scope> filter = scope -> true;
        if (product != null && !product.isBlank()) {
            filter = filter.and(scope -> scope.product().equals(product.strip()));
        }
        if (category != null && !category.isBlank()) {
            filter = filter.and(scope -> scope.category().equalsIgnoreCase(category.strip()));
        }
        if (text != null && !text.isBlank()) {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            filter = filter.and(scope -> (scope.name().value() + " " + scope.category() + " "
                    + scope.description()).toLowerCase(Locale.ROOT).contains(needle));
        }
        return filter;
    }
}
