package dev.scopegate.web.ui;

import dev.scopegate.scopes.problem.AccessDeniedException;
import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every admin page shares: the signed-in user, a navigation that offers only the pages
 * their scopes allow, the CSRF token, and rendering.
 */
@RequestScoped
public class UiPages {

    /** The form field that carries the session's CSRF token. */
    public static final String CSRF_FIELD = "_csrf";

    private static final List<NavItem> NAVIGATION = List.of(
            new NavItem("keys", "API keys", "/ui/keys",
                    Set.of("scopegate:own-keys:manage", "scopegate:keys:manage")),
            new NavItem("scopes", "Scopes", "/ui/scopes", Set.of("scopegate:scopes:read")),
            new NavItem("roles", "Roles", "/ui/roles", Set.of("scopegate:roles:read")),
            new NavItem("users", "Users", "/ui/users", Set.of("scopegate:users:read")),
            new NavItem("audit", "Audit", "/ui/audit", Set.of("scopegate:audit:read")));

    @Inject
    HttpServletRequest request;

    @Inject
    CallerContext callerContext;

    @Inject
    Templates templates;

    /**
     * Renders a page for the signed-in user.
     *
     * @param section the navigation entry to mark as current
     */
    public Response render(HttpServletResponse response, int status, String section,
            String template, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        callerContext.caller().ifPresent(caller -> {
            page.put("signedInAs", caller.username());
            page.put("navigation", navigationFor(caller));
        });
        page.put("section", section);
        page.put("csrf", signedInUser().map(SignedInUser::csrfToken).orElse(""));
        return html(status, templates.render(template, page, request, response));
    }

    public Response render(HttpServletResponse response, String section, String template,
            Map<String, Object> model) {
        return render(response, 200, section, template, model);
    }

    /** Refuses a form whose CSRF token is not this session's. */
    public void requireCsrf(MultivaluedMap<String, String> form) {
        String sent = form == null ? null : form.getFirst(CSRF_FIELD);
        String expected = signedInUser().map(SignedInUser::csrfToken).orElse(null);
        if (sent == null || expected == null || !MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new AccessDeniedException("This form's security token is missing or stale."
                    + " Reload the page and try again.");
        }
    }

    /** A redirect after a successful change (303, so the browser follows with a GET). */
    public Response redirect(String path) {
        return Response.seeOther(URI.create(request.getContextPath() + path)).build();
    }

    public Caller caller() {
        return callerContext.requireCaller();
    }

    public Optional<SignedInUser> signedInUser() {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The first page the caller may see, where signing in and the root lead. */
    public String homePath(Caller caller) {
        return navigationFor(caller).stream().findFirst().map(NavItem::href)
                .orElse("/ui/welcome");
    }

    static Response html(int status, String body) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }

    private static List<NavItem> navigationFor(Caller caller) {
        List<NavItem> allowed = new ArrayList<>();
        for (NavItem item : NAVIGATION) {
            if (caller.holdsAnyOf(item.scopes())) {
                allowed.add(item);
            }
        }
        return allowed;
    }

    /** One entry of the navigation and the scopes, any of which, show it. */
    public record NavItem(String id, String label, String href, Set<String> scopes) {
    }
}
