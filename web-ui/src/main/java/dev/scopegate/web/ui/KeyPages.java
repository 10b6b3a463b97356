package dev.scopegate.web.ui;

import dev.scopegate.keys.application.KeyDraft;
import dev.scopegate.keys.application.KeyService;
import dev.scopegate.keys.application.KeyService.IssuedKey;
import dev.scopegate.keys.domain.ApiKey;
import dev.scopegate.keys.persistence.ApiKeyRepository.KeyFilter;
import dev.scopegate.roles.application.UserAccounts;
import dev.scopegate.roles.application.UserAccounts.Account;
import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.problem.AccessDeniedException;
import dev.scopegate.scopes.problem.InvalidInputException;
import dev.scopegate.scopes.security.AddressRange;
import dev.scopegate.scopes.security.RequiresScope;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API key pages: the same service and the same scopes as {@code /api/v1/keys}. Every change
 * is a form with the session's CSRF token; destructive ones go through a confirmation page.
 */
@Path("/ui/keys")
@Produces(MediaType.TEXT_HTML)
@RequiresScope({KeyService.OWN_KEYS, KeyService.ALL_KEYS})
@RequestScoped
public class KeyPages {

    private static final String SECTION = "keys";
    private static final Set<String> ACTIONS = Set.of("rotate", "disable", "enable", "delete");

    @Inject
    KeyService keys;

    @Inject
    CatalogService catalog;

    @Inject
    UserAccounts accounts;

    @Inject
    UiPages pages;

    @Context
    HttpServletResponse servletResponse;

    @GET
    public Response list(@QueryParam("name") String name, @QueryParam("status") String status,
            @QueryParam("page") String page) {
        Optional<Boolean> enabled = "disabled".equals(status) ? Optional.of(false)
                : "enabled".equals(status) ? Optional.of(true) : Optional.empty();
        KeyFilter filter = new KeyFilter(Optional.empty(), enabled,
                Optional.ofNullable(name).map(String::strip).filter(text -> !text.isEmpty()));
        Page<ApiKey> found = keys.list(pages.caller(), filter, PageRequest.of(page, "20"));

        Map<String, Object> model = new HashMap<>();
        model.put("keys", found.results().stream().map(this::row).toList());
        model.put("paging", found.paging());
        model.put("name", name == null ? "" : name);
        model.put("status", status == null ? "" : status);
        return pages.render(servletResponse, SECTION, "keys", model);
    }

    @GET
    @Path("/new")
    public Response newKey() {
        return form(200, null, new FormValues("", "", "", true, Set.of()), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        FormValues values = FormValues.of(form);
        Map<String, String> errors = new LinkedHashMap<>();
        KeyDraft draft = values.toDraft(true, errors);
        if (!errors.isEmpty()) {
            return form(400, null, values, errors);
        }
        IssuedKey issued;
        try {
            issued = keys.create(pages.caller(), draft);
        } catch (InvalidInputException | AccessDeniedException refused) {
            return form(refused instanceof AccessDeniedException ? 403 : 400, null, values,
                    errorsOf(refused));
        }
        return secretPage(issued, "created");
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("saved") String saved) {
        ApiKey key = keys.get(pages.caller(), id);
        FormValues values = new FormValues(key.name(), validToDate(key),
                String.join("\n", key.allowedIps()), key.inheritsRoleScopes(),
                key.inheritsRoleScopes() ? Set.of() : keys.currentScopes(key));
        Map<String, Object> extra = new HashMap<>();
        extra.put("saved", saved != null);
        return form(200, key, values, Map.of(), extra);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        ApiKey key = keys.get(pages.caller(), id);
        FormValues values = FormValues.of(form);
        Map<String, String> errors = new LinkedHashMap<>();
        KeyDraft draft = values.toDraft(false, errors);
        if (!errors.isEmpty()) {
            return form(400, key, values, errors);
        }
        try {
            keys.update(pages.caller(), id, draft);
        } catch (InvalidInputException | AccessDeniedException refused) {
            return form(refused instanceof AccessDeniedException ? 403 : 400, key, values,
                    errorsOf(refused));
        }
        return pages.redirect("/ui/keys/" + id + "?saved=1");
    }

    @GET
    @Path("/{id}/{action}")
    public Response confirm(@PathParam("id") String id, @PathParam("action") String action) {
        requireAction(action);
        Map<String, Object> model = new HashMap<>();
        model.put("key", row(keys.get(pages.caller(), id)));
        model.put("action", action);
        model.put("grace", "0");
        return pages.render(servletResponse, SECTION, "key-confirm", model);
    }

    @POST
    @Path("/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, @PathParam("action") String action,
            MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        requireAction(action);
        return switch (action) {
            case "rotate" -> rotate(id, form.getFirst("grace"));
            case "delete" -> {
                keys.delete(pages.caller(), id);
                yield pages.redirect("/ui/keys");
            }
            default -> {
                boolean enable = action.equals("enable");
                keys.update(pages.caller(), id, KeyDraft.enabledOnly(enable));
                yield pages.redirect("/ui/keys/" + id + "?saved=1");
            }
        };
    }

    private Response rotate(String id, String graceText) {
        long grace;
        try {
            grace = Long.parseLong(graceText == null ? "0" : graceText.strip());
        } catch (NumberFormatException notANumber) {
            grace = -1;
        }
        if (grace < 0 || grace > KeyService.MAX_GRACE_SECONDS) {
            Map<String, Object> model = new HashMap<>();
            model.put("key", row(keys.get(pages.caller(), id)));
            model.put("action", "rotate");
            model.put("grace", graceText);
            model.put("errors", Map.of("grace", "Give a whole number of seconds from 0 to "
                    + KeyService.MAX_GRACE_SECONDS + "."));
            return pages.render(servletResponse, 400, SECTION, "key-confirm", model);
        }
        return secretPage(keys.rotate(pages.caller(), id, grace), "rotated");
    }

    private Response secretPage(IssuedKey issued, String event) {
        Map<String, Object> model = new HashMap<>();
        model.put("key", row(issued.key()));
        model.put("secret", issued.secret());
        model.put("event", event);
        return pages.render(servletResponse, SECTION, "key-secret", model);
    }

    private Response form(int status, ApiKey key, FormValues values, Map<String, String> errors) {
        return form(status, key, values, errors, Map.of());
    }

    private Response form(int status, ApiKey key, FormValues values, Map<String, String> errors,
            Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("key", key == null ? null : row(key));
        model.put("values", values);
        model.put("errors", errors);
        model.put("choices", ScopeChoices.of(catalog.catalog().scopes(), pages.caller(),
                values.scopes()));
        return pages.render(servletResponse, status, SECTION, "key-form", model);
    }

    private KeyRow row(ApiKey key) {
        String owner = accounts.find(key.ownerGuid()).map(Account::username)
                .orElse("(deleted user)");
        Instant now = Instant.now();
        String status = !key.isEnabled() ? "disabled"
                : now.isBefore(key.validity().from()) ? "not-yet-valid"
                : key.validity().contains(now) ? "active" : "expired";
        return new KeyRow(key.id(), key.name(), key.hint(), owner,
                keys.currentScopes(key).size(), key.inheritsRoleScopes(), status,
                key.validity().from(), key.validity().to(), key.lastUsedAt(), key.isEnabled(),
                key.allowedIps());
    }

    private static void requireAction(String action) {
        if (!ACTIONS.contains(action)) {
            throw new NotFoundException();
        }
    }

    private static Map<String, String> errorsOf(RuntimeException refused) {
        if (refused instanceof InvalidInputException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach((property, message) ->
                    errors.put(property.equals("scopeGuids") ? "scopes" : property, message));
            return errors;
        }
        return Map.of("scopes", refused.getMessage());
    }

    private static String validToDate(ApiKey key) {
        return key.validity().to().minusSeconds(1).atZone(ZoneOffset.UTC).toLocalDate()
                .toString();
    }

    /** One key as the pages show it. */
    public record KeyRow(String id, String name, String hint, String owner, int scopeCount,
            boolean inherits, String status, Instant validFrom, Instant validTo,
            Instant lastUsedAt, boolean enabled, List<String> allowedIps) {
    }

    /** What the key form holds, as typed, so that a refused form keeps it. */
    public record FormValues(String name, String validTo, String allowedIps, boolean inherit,
            Set<String> scopes) {

        static FormValues of(MultivaluedMap<String, String> form) {
            List<String> scopes = form.get("scope") == null ? List.of() : form.get("scope");
            return new FormValues(text(form, "name"), text(form, "validTo"),
                    text(form, "allowedIPs"), "inherit".equals(form.getFirst("scopeMode")),
                    Set.copyOf(scopes));
        }

        /** The draft for the service; problems of shape go to {@code errors}, by field. */
        KeyDraft toDraft(boolean creating, Map<String, String> errors) {
            if (name.isBlank()) {
                errors.put("name", "Give the key a name.");
            } else if (name.length() > ApiKey.MAX_NAME_LENGTH) {
                errors.put("name", "At most " + ApiKey.MAX_NAME_LENGTH + " characters.");
            }
            Optional<Instant> to = Optional.empty();
            if (!validTo.isBlank()) {
                try {
                    to = Optional.of(LocalDate.parse(validTo.strip()).plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC).toInstant());
                } catch (DateTimeParseException invalid) {
                    errors.put("validTo", "Give a date such as 2027-12-31.");
                }
            }
            List<String> addresses = Arrays.stream(allowedIps.split("[\\s,]+"))
                    .filter(entry -> !entry.isBlank()).toList();
            for (String address : addresses) {
                try {
                    AddressRange.parse(address);
                } catch (IllegalArgumentException invalid) {
                    errors.put("allowedIPs", invalid.getMessage());
                }
            }
            if (!inherit && scopes.isEmpty()) {
                errors.put("scopes", "Choose at least one scope, or let the key inherit its"
                        + " owner's role scopes.");
            }
            Optional<List<String>> chosen = inherit ? Optional.empty()
                    : Optional.of(List.copyOf(scopes));
            Optional<Boolean> inheritSwitch = !creating && inherit
                    ? Optional.of(true) : Optional.empty();
            return new KeyDraft(Optional.of(name.strip()), Optional.empty(), Optional.empty(),
                    to, Optional.of(addresses), chosen, inheritSwitch, Optional.empty());
        }

        private static String text(MultivaluedMap<String, String> form, String field) {
            String value = form.getFirst(field);
            return value == null ? "" : value;
        }
    }
}
