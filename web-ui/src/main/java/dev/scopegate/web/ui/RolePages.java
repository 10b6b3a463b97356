package dev.scopegate.web.ui;

import dev.scopegate.roles.application.GrantPolicy;
import dev.scopegate.roles.application.RoleChanges;
import dev.scopegate.roles.application.RoleService;
import dev.scopegate.roles.domain.Role;
import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.problem.AccessDeniedException;
import dev.scopegate.scopes.problem.ConflictException;
import dev.scopegate.scopes.problem.InvalidInputException;
import dev.scopegate.scopes.problem.ProblemException;
import dev.scopegate.scopes.problem.ResourceNotFoundException;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The role pages: the role-to-scopes table, and forms for custom roles. They go through the same
 * service and need the same scopes as {@code /api/v1/roles}; every change is a form with the
 * session's CSRF token, and deleting goes through a confirmation page.
 */
@Path("/ui/roles")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class RolePages {

    static final String READ = "scopegate:roles:read";
    static final String WRITE = "scopegate:roles:write";

    /** The errors key of a refusal that belongs to no one field. */
    static final String WHOLE_FORM = "form";

    private static final String SECTION = "roles";

    @Inject
    RoleService roles;

    @Inject
    CatalogService catalog;

    @Inject
    GrantPolicy grants;

    @Inject
    UiPages pages;

    @Context
    HttpServletResponse servletResponse;

    /**
     * Every role with its scopes. Without JavaScript {@code q} filters here; with it, the same
     * text filters the rows as the admin types.
     */
    @GET
    @RequiresScope(READ)
    public Response list(@QueryParam("q") String query, @QueryParam("deleted") String deleted) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<RoleRow> rows = everyRole(roles).stream()
                .map(role -> RoleRow.of(role, catalog))
                .filter(row -> row.searchText().contains(needle))
                .toList();

        Map<String, Object> model = new HashMap<>();
        model.put("roles", rows);
        model.put("q", query == null ? "" : query);
        model.put("deleted", deleted != null);
        model.put("canWrite", pages.caller().holds(WRITE));
        return pages.render(servletResponse, SECTION, "roles", model);
    }

    @GET
    @Path("/new")
    @RequiresScope(WRITE)
    public Response newRole() {
        return form(200, null, new RoleForm("", "", Set.of()), Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresScope(WRITE)
    public Response create(MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        RoleForm values = RoleForm.of(form);
        Map<String, String> errors = values.check();
        if (!errors.isEmpty()) {
            return form(400, null, values, errors, Map.of());
        }

        Role role;
        try {
            role = roles.create(pages.caller(), values.name().strip(),
                    values.description().strip(), List.copyOf(values.scopes()));
        } catch (InvalidInputException | AccessDeniedException | ConflictException refused) {
            return form(refused.status(), null, values, errorsOf(refused), Map.of());
        }

        return pages.redirect("/ui/roles/" + role.guid() + "?saved=1");
    }

    /** The edit form of a custom role; built-in roles are only shown in the table. */
    @GET
    @Path("/{guid}")
    @RequiresScope(WRITE)
    public Response edit(@PathParam("guid") String guid, @QueryParam("saved") String saved) {
        RoleRow role = RoleRow.of(requireCustom(roles.get(parseGuid(guid, "role"))), catalog);
        RoleForm values = new RoleForm(role.name(), role.description(), Set.copyOf(role.scopes()));
        return form(200, role, values, Map.of(), Map.of("saved", saved != null));
    }

    @POST
    @Path("/{guid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresScope(WRITE)
    public Response save(@PathParam("guid") String guid, MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        UUID roleGuid = parseGuid(guid, "role");
        RoleRow role = RoleRow.of(roles.get(roleGuid), catalog);
        RoleForm values = RoleForm.of(form);
        Map<String, String> errors = values.check();
        if (!errors.isEmpty()) {
            return form(400, role, values, errors, Map.of());
        }

        try {
            roles.update(pages.caller(), roleGuid, new RoleChanges(
                    Optional.of(values.name().strip()), Optional.of(values.description().strip()),
                    Optional.of(List.copyOf(values.scopes()))));
        } catch (InvalidInputException | AccessDeniedException | ConflictException refused) {
            return form(refused.status(), role, values, errorsOf(refused), Map.of());
        }

        return pages.redirect("/ui/roles/" + roleGuid + "?saved=1");
    }

    @GET
    @Path("/{guid}/delete")
    @RequiresScope(WRITE)
    public Response confirmDelete(@PathParam("guid") String guid) {
        RoleRow role = RoleRow.of(requireCustom(roles.get(parseGuid(guid, "role"))), catalog);
        return confirmPage(200, role, null);
    }

    /** Deletes the role; a refusal, such as users still holding it, stays on the confirmation. */
    @POST
    @Path("/{guid}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresScope(WRITE)
    public Response delete(@PathParam("guid") String guid, MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        UUID roleGuid = parseGuid(guid, "role");

        try {
            roles.delete(pages.caller(), roleGuid);
        } catch (AccessDeniedException | ConflictException refused) {
            RoleRow role = RoleRow.of(roles.get(roleGuid), catalog);
            return confirmPage(refused.status(), role, refused.getMessage());
        }

        return pages.redirect("/ui/roles?deleted=1");
    }

    private Response form(int status, RoleRow role, RoleForm values, Map<String, String> errors,
            Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("role", role);
        model.put("values", values);
        model.put("errors", errors);
        model.put("choices", ScopeChoices.of(catalog.catalog().scopes(), pages.caller(),
                values.scopes()));
        model.put("notHeld", role == null ? Set.of()
                : grants.notHeld(pages.caller(), role.scopes()));
        return pages.render(servletResponse, status, SECTION, "role-form", model);
    }

    private Response confirmPage(int status, RoleRow role, String refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("role", role);
        model.put("refusal", refusal);
        return pages.render(servletResponse, status, SECTION, "role-confirm", model);
    }

    private static Role requireCustom(Role role) {
        if (role.isBuiltIn()) {
            throw new ConflictException("Role '" + role.name() + "' is built in and can't be"
                    + " changed or deleted; create a custom role instead.");
        }
        return role;
    }

    /** The service's refusal by form field: the API's {@code scopeGuids} is the scope list. */
    private static Map<String, String> errorsOf(ProblemException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused instanceof InvalidInputException invalid) {
            invalid.errors().forEach((property, message) ->
                    errors.put(property.equals("scopeGuids") ? "scopes" : property, message));
        } else if (refused instanceof AccessDeniedException) {
            errors.put("scopes", refused.getMessage());
        } else {
            errors.put(propertyOf(refused).orElse(WHOLE_FORM), refused.getMessage());
        }
        return errors;
    }

    /** The request property a refusal names, such as {@code name} for a duplicate. */
    static Optional<String> propertyOf(ProblemException refused) {
        return refused instanceof ConflictException conflict
                ? conflict.property() : Optional.empty();
    }

    /** Every role, built-in ones first; there are few, so all of them fit on one page. */
    static List<Role> everyRole(RoleService roles) {
        List<Role> all = new ArrayList<>();
        int page = 0;
        int totalPages;
        do {
            Page<Role> found = roles.list(null, new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(found.results());
            totalPages = found.paging().totalPages();
            page++;
        } while (page < totalPages);
        return all;
    }

    /** A GUID from the path; anything else names no resource, as in the API. */
    static UUID parseGuid(String text, String kind) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAGuid) {
            throw new ResourceNotFoundException(kind, text);
        }
    }

    /**
     * One role as the pages show it.
     *
     * @param scopes the names of its active scopes, sorted; retired ones grant nothing
     */
    public record RoleRow(UUID guid, String name, String description, boolean builtIn,
            List<String> scopes) {

        static RoleRow of(Role role, CatalogService catalog) {
            return new RoleRow(role.guid(), role.name(),
                    role.description() == null ? "" : role.description(), role.isBuiltIn(),
                    List.copyOf(catalog.activeNames(role.scopeGuids())));
        }

        /** What the table filter matches: name, kind, description and scope names. */
        public String searchText() {
            return String.join(" ", name, builtIn ? "built-in" : "custom", description,
                    String.join(" ", scopes)).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What the role form holds, as typed, so that a refused form keeps it.
     *
     * @param scopes the names of the scopes ticked
     */
    public record RoleForm(String name, String description, Set<String> scopes) {

        static RoleForm of(MultivaluedMap<String, String> form) {
            List<String> scopes = form.get("scope") == null ? List.of() : form.get("scope");
            return new RoleForm(text(form, "name"), text(form, "description"),
                    Set.copyOf(scopes));
        }

        /** Problems of shape, by field, before the service sees the role. */
        Map<String, String> check() {
            Map<String, String> errors = new LinkedHashMap<>();
            if (name.isBlank()) {
                errors.put("name", "Give the role a name.");
            } else if (name.strip().length() > Role.MAX_NAME_LENGTH) {
                errors.put("name", "At most " + Role.MAX_NAME_LENGTH + " characters.");
            }
            if (description.strip().length() > Role.MAX_DESCRIPTION_LENGTH) {
                errors.put("description",
                        "At most " + Role.MAX_DESCRIPTION_LENGTH + " characters.");
            }
            return errors;
        }

        private static String text(MultivaluedMap<String, String> form, String field) {
            String value = form.getFirst(field);
            return value == null ? "" : value;
        }
    }
}
