package dev.scopegate.web.ui;

import dev.scopegate.roles.application.GrantPolicy;
import dev.scopegate.roles.application.RoleService;
import dev.scopegate.roles.application.UserChanges;
import dev.scopegate.roles.application.UserService;
import dev.scopegate.roles.domain.Credentials;
import dev.scopegate.roles.domain.Role;
import dev.scopegate.roles.domain.User;
import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.problem.AccessDeniedException;
import dev.scopegate.scopes.problem.ConflictException;
import dev.scopegate.scopes.problem.InvalidInputException;
import dev.scopegate.scopes.problem.ProblemException;
import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.RequiresScope;
import dev.scopegate.web.ui.RolePages.RoleRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The user pages: the same service and the same scopes as {@code /api/v1/users}. Passwords are
 * set in their own form and never written back into a page, not even a refused one.
 */
@Path("/ui/users")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class UserPages {

    static final String READ = "scopegate:users:read";
    static final String WRITE = "scopegate:users:write";

    private static final String SECTION = "users";
    private static final Set<String> ACTIONS = Set.of("disable", "enable", "delete");
    private static final Map<String, String> NOTICES = Map.of(
            "created", "User created.",
            "password", "Password changed. It counts from the user's next request.",
            "disable", "User disabled: they can't sign in, and their keys and tokens stop working.",
            "enable", "User enabled.");

    @Inject
    UserService users;

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
     * @param username a part of the username, case-sensitive as in the API
     * @param status   {@code enabled} or {@code disabled}; anything else lists both
     */
    @GET
    @RequiresScope(READ)
    public Response list(@QueryParam("username") String username,
            @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("deleted") String deleted) {
        Boolean enabled = "enabled".equals(status) ? Boolean.TRUE
                : "disabled".equals(status) ? Boolean.FALSE : null;
        Page<User> found = users.list(username, enabled, PageRequest.of(page, "20"));

        Map<String, Object> model = new HashMap<>();
        model.put("users", found.results().stream().map(this::row).toList());
        model.put("paging", found.paging());
        model.put("usernameFilter", username == null ? "" : username);
        model.put("status", status == null ? "" : status);
        model.put("deleted", deleted != null);
        model.put("canWrite", pages.caller().holds(WRITE));
        return pages.render(servletResponse, SECTION, "users", model);
    }

    @GET
    @Path("/new")
    @RequiresScope(WRITE)
    public Response newUser() {
        return form(200, null, new UserForm("", "", true, Set.of()), Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresScope(WRITE)
    public Response create(MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        UserForm values = UserForm.of(form);
        Map<String, String> errors = new LinkedHashMap<>();
        String username = values.checkedUsername(errors);
        String password = checkedPassword(form, errors);
        List<UUID> roleGuids = values.roleGuids(errors);
        values.checkDisplayName(errors);
        if (!errors.isEmpty()) {
            return form(400, null, values, errors, Map.of());
        }

        User user;
        try {
            user = users.create(pages.caller(), username, values.displayNameOr(username),
                    password, values.enabled(), roleGuids);
        } catch (InvalidInputException | AccessDeniedException | ConflictException refused) {
            return form(refused.status(), null, values, errorsOf(refused), Map.of());
        }

        return pages.redirect("/ui/users/" + user.guid() + "?saved=created");
    }

    @GET
    @Path("/{guid}")
    @RequiresScope(WRITE)
    public Response edit(@PathParam("guid") String guid, @QueryParam("saved") String saved) {
        User user = users.get(RolePages.parseGuid(guid, "user"));
        UserForm values = new UserForm(user.username(), user.displayName(), user.isEnabled(),
                user.roles().stream().map(role -> role.guid().toString())
                        .collect(Collectors.toSet()));
        Map<String, Object> extra = new HashMap<>();
        extra.put("notice", saved == null ? null : NOTICES.getOrDefault(saved, "Saved."));
        return form(200, user, values, Map.of(), extra);
    }

    /** Saves display name, enabled flag and roles; username and password stay as they are. */
    @POST
    @Path("/{guid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresScope(WRITE)
    public Response save(@PathParam("guid") String guid, MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        User user = users.get(RolePages.parseGuid(guid, "user"));
        UserForm values = UserForm.of(form).withUsername(user.username());
        Map<String, String> errors = new LinkedHashMap<>();
        List<UUID> roleGuids = values.roleGuids(errors);
        values.checkDisplayName(errors);
        if (!errors.isEmpty()) {
            return form(400, user, values, errors, Map.of());
        }

        try {
            users.update(pages.caller(), user.guid(), new UserChanges(Optional.empty(),
                    Optional.of(values.displayNameOr(user.username())), Optional.empty(),
                    Optional.of(values.enabled()), Optional.of(roleGuids)));
        } catch (InvalidInputException | AccessDeniedException | ConflictException refused) {
            return form(refused.status(), user, values, errorsOf(refused), Map.of());
        }

        return pages.redirect("/ui/users/" + user.guid() + "?saved=1");
    }

    @GET
    @Path("/{guid}/password")
    @RequiresScope(WRITE)
    public Response passwordForm(@PathParam("guid") String guid) {
        User user = users.get(RolePages.parseGuid(guid, "user"));
        return passwordPage(200, user, Map.of());
    }

    /** Sets a new password; what was typed is never shown again, whatever the outcome. */
    @POST
    @Path("/{guid}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresScope(WRITE)
    public Response resetPassword(@PathParam("guid") String guid,
            MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        User user = users.get(RolePages.parseGuid(guid, "user"));
        Map<String, String> errors = new LinkedHashMap<>();
        String password = checkedPassword(form, errors);
        if (!errors.isEmpty()) {
            return passwordPage(400, user, errors);
        }

        try {
            users.update(pages.caller(), user.guid(), new UserChanges(Optional.empty(),
                    Optional.empty(), Optional.of(password), Optional.empty(), Optional.empty()));
        } catch (InvalidInputException | AccessDeniedException refused) {
            Map<String, String> refusal = refused instanceof InvalidInputException invalid
                    ? invalid.errors() : Map.of(RolePages.WHOLE_FORM, refused.getMessage());
            return passwordPage(refused.status(), user, refusal);
        }

        return pages.redirect("/ui/users/" + user.guid() + "?saved=password");
    }

    @GET
    @Path("/{guid}/{action}")
    @RequiresScope(WRITE)
    public Response confirm(@PathParam("guid") String guid, @PathParam("action") String action) {
        requireAction(action);
        User user = users.get(RolePages.parseGuid(guid, "user"));
        return confirmPage(200, user, action, null);
    }

    /** Disables, enables or deletes; a refusal, such as acting on oneself, stays on the page. */
    @POST
    @Path("/{guid}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresScope(WRITE)
    public Response act(@PathParam("guid") String guid, @PathParam("action") String action,
            MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        requireAction(action);
        User user = users.get(RolePages.parseGuid(guid, "user"));

        try {
            if (action.equals("delete")) {
                users.delete(pages.caller(), user.guid());
            } else {
                users.update(pages.caller(), user.guid(), new UserChanges(Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(action.equals("enable")),
                        Optional.empty()));
            }
        } catch (AccessDeniedException | ConflictException refused) {
            return confirmPage(refused.status(), user, action, refused.getMessage());
        }

        return action.equals("delete") ? pages.redirect("/ui/users?deleted=1")
                : pages.redirect("/ui/users/" + user.guid() + "?saved=" + action);
    }

    /** The new password from its two fields; problems go to {@code errors}, by field. */
    private static String checkedPassword(MultivaluedMap<String, String> form,
            Map<String, String> errors) {
        String password = form.getFirst("password") == null ? "" : form.getFirst("password");
        String repeated = form.getFirst("passwordRepeat");
        Optional<String> problem = Credentials.passwordProblem(password);
        if (problem.isPresent()) {
            errors.put("password", "The password " + problem.get() + ".");
        } else if (!password.equals(repeated)) {
            errors.put("passwordRepeat", "The two passwords differ.");
        }
        return password;
    }

    private Response form(int status, User user, UserForm values, Map<String, String> errors,
            Map<String, Object> extra) {
        Caller caller = pages.caller();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("user", user == null ? null : row(user));
        model.put("values", values);
        model.put("errors", errors);
        model.put("roleChoices", roleChoices(caller, values.roles()));
        model.put("notHeld", user == null ? Set.of()
                : grants.notHeld(caller, grants.scopesOf(user.roles())));
        return pages.render(servletResponse, status, SECTION, "user-form", model);
    }

    private Response passwordPage(int status, User user, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", row(user));
        model.put("errors", errors);
        return pages.render(servletResponse, status, SECTION, "user-password", model);
    }

    private Response confirmPage(int status, User user, String action, String refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", row(user));
        model.put("action", action);
        model.put("refusal", refusal);
        return pages.render(servletResponse, status, SECTION, "user-confirm", model);
    }

    /** Every role, each marked with the scopes the caller lacks to give it. */
    private List<RoleChoice> roleChoices(Caller caller, Set<String> selected) {
        List<RoleChoice> choices = new ArrayList<>();
        for (Role role : RolePages.everyRole(roles)) {
            RoleRow row = RoleRow.of(role, catalog);
            choices.add(new RoleChoice(row, selected.contains(row.guid().toString()),
                    grants.notHeld(caller, row.scopes())));
        }
        return choices;
    }

    private UserRow row(User user) {
        List<String> roleNames = user.roles().stream().map(Role::name).sorted()
                .toList();
        return new UserRow(user.guid(), user.username(), user.displayName(), user.isEnabled(),
                roleNames, user.createdAt(), user.updatedAt(),
                user.guid().equals(pages.caller().userGuid()));
    }

    private static void requireAction(String action) {
        if (!ACTIONS.contains(action)) {
            throw new NotFoundException();
        }
    }

    /** The service's refusal by form field: the API's {@code roleGuids} is the role list. */
    private static Map<String, String> errorsOf(ProblemException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused instanceof InvalidInputException invalid) {
            invalid.errors().forEach((property, message) ->
                    errors.put(property.equals("roleGuids") ? "roles" : property, message));
        } else if (refused instanceof AccessDeniedException) {
            errors.put("roles", refused.getMessage());
        } else {
            errors.put(RolePages.propertyOf(refused).orElse(RolePages.WHOLE_FORM),
                    refused.getMessage());
        }
        return errors;
    }

    /**
     * One user as the pages show them.
     *
     * @param self whether this is the signed-in user, who can't disable or delete themselves
     */
    public record UserRow(UUID guid, String username, String displayName, boolean enabled,
            List<String> roles, Instant createdAt, Instant updatedAt, boolean self) {
    }

    /**
     * A role offered in the user form.
     *
     * @param notHeld the scopes of the role that the caller lacks; giving it is refused
     */
    public record RoleChoice(RoleRow role, boolean selected, Set<String> notHeld) {
    }

    /**
     * What the user form holds, as typed, so that a refused form keeps it; never the password.
     *
     * @param roles the GUIDs of the roles ticked, as sent
     */
    public record UserForm(String username, String displayName, boolean enabled,
            Set<String> roles) {

        static UserForm of(MultivaluedMap<String, String> form) {
            List<String> roles = form.get("role") == null ? List.of() : form.get("role");
            return new UserForm(text(form, "username"), text(form, "displayName"),
                    form.getFirst("enabled") != null, Set.copyOf(roles));
        }

        UserForm withUsername(String fixed) {
            return new UserForm(fixed, displayName, enabled, roles);
        }

        /** The display name, or the username when none is given, as the API defaults it. */
        String displayNameOr(String username) {
            return displayName.isBlank() ? username : displayName.strip();
        }

        /** The username, stripped as the API strips it; a problem goes to {@code errors}. */
        String checkedUsername(Map<String, String> errors) {
            String stripped = username.strip();
            Optional<String> problem = stripped.isEmpty()
                    ? Optional.of("Give the user a username.")
                    : Credentials.usernameProblem(stripped).map(why -> "The username " + why + ".");
            problem.ifPresent(message -> errors.put("username", message));
            return stripped;
        }

        void checkDisplayName(Map<String, String> errors) {
            if (displayName.strip().length() > User.MAX_DISPLAY_NAME_LENGTH) {
                errors.put("displayName",
                        "At most " + User.MAX_DISPLAY_NAME_LENGTH + " characters.");
            }
        }

        /** The ticked roles as GUIDs; what is not a GUID came from no list this page offered. */
        List<UUID> roleGuids(Map<String, String> errors) {
            List<UUID> guids = new ArrayList<>();
            for (String role : roles) {
                try {
                    guids.add(UUID.fromString(role));
                } catch (IllegalArgumentException notAGuid) {
                    errors.put("roles", "Choose roles from the list.");
                }
            }
            return guids;
        }

        private static String text(MultivaluedMap<String, String> form, String field) {
            String value = form.getFirst(field);
            return value == null ? "" : value;
        }
    }
}
