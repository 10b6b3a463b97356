package dev.scopegate.web.ui;

import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopeCatalog;
import dev.scopegate.scopes.security.Endpoint;
import dev.scopegate.scopes.security.EndpointRule;
import dev.scopegate.scopes.security.EndpointTable;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read-only pages of the scope catalog and of the endpoint table, behind the same scope as
 * their API twins {@code /api/v1/scopes} and {@code /api/v1/endpoints}.
 */
@Path("/ui/scopes")
@Produces(MediaType.TEXT_HTML)
@RequiresScope("scopegate:scopes:read")
@RequestScoped
public class ScopePages {

    private static final String SECTION = "scopes";

    @Inject
    CatalogService catalogService;

    @Inject
    EndpointTable endpointTable;

    @Inject
    UiPages pages;

    @Context
    HttpServletResponse servletResponse;

    /**
     * The active catalog, filtered as the API filters it.
     *
     * @param text     a part of the name, category or description, in any case
     * @param category one category, in any case
     */
    @GET
    public Response catalog(@QueryParam("q") String text,
            @QueryParam("category") String category) {
        ScopeCatalog catalog = catalogService.catalog();
        String needle = strip(text);
        List<String> categories = catalog.scopes().stream()
                .map(Scope::category)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        String chosen = categories.stream()
                .filter(known -> known.equalsIgnoreCase(strip(category)))
                .findFirst()
                .orElse(strip(category));

        List<ScopeRow> rows = catalog.scopes().stream()
                .filter(scope -> chosen.isEmpty() || scope.category().equals(chosen))
                .map(scope -> ScopeRow.of(scope, catalog))
                .filter(row -> row.searchText().contains(needle.toLowerCase(Locale.ROOT)))
                .toList();

        Map<String, Object> model = new HashMap<>();
        model.put("scopes", rows);
        model.put("total", catalog.size());
        model.put("q", needle);
        model.put("category", chosen);
        model.put("categories", categories);
        model.put("unknownCategory", !chosen.isEmpty() && !categories.contains(chosen));
        return pages.render(servletResponse, SECTION, "scopes", model);
    }

    /** Every endpoint of the deployment and who may call it, as enforced. */
    @GET
    @Path("/endpoints")
    public Response endpoints() {
        List<EndpointRow> rows = endpointTable.endpoints().stream()
                .map(EndpointRow::of)
                .toList();

        Map<String, Object> model = new HashMap<>();
        model.put("endpoints", rows);
        return pages.render(servletResponse, SECTION, "endpoints", model);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * One scope as the catalog page shows it.
     *
     * @param covers the names of the scopes it covers, transitively, in order
     */
    public record ScopeRow(String name, String category, String description,
            boolean clientSide, List<String> covers) {

        static ScopeRow of(Scope scope, ScopeCatalog catalog) {
            return new ScopeRow(scope.name().value(), scope.category(), scope.description(),
                    scope.clientSide(), List.copyOf(catalog.coveredBy(scope)));
        }

        /** What both searches match: the name, category and description, as the API's. */
        public String searchText() {
            return (name + " " + category + " " + description).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One endpoint as the endpoint page shows it.
     *
     * @param access {@code public}, {@code authenticated} (any signed-in caller) or
     *               {@code scopes} (any one of {@code scopes})
     */
    public record EndpointRow(String method, String path, String access, List<String> scopes) {

        static EndpointRow of(Endpoint endpoint) {
            EndpointRule rule = endpoint.rule();
            String access = switch (rule.access()) {
                case PUBLIC -> "public";
                case AUTHENTICATED -> "authenticated";
                case SCOPES -> "scopes";
            };
            return new EndpointRow(endpoint.method(), endpoint.path(), access,
                    List.copyOf(rule.scopes()));
        }

        /** What the filter box matches: method, path and who may call, as shown. */
        public String searchText() {
            String callers = switch (access) {
                case "public" -> "public";
                case "authenticated" -> "any signed-in caller";
                default -> String.join(" ", scopes);
            };
            return (method + " " + path + " " + callers).toLowerCase(Locale.ROOT);
        }
    }
}
