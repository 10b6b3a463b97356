package dev.scopegate.web.ui;

import dev.scopegate.roles.application.UserAccounts;
import dev.scopegate.roles.application.UserAccounts.Account;
import dev.scopegate.roles.application.UserAccounts.PasswordResult;
import dev.scopegate.scopes.security.Authenticated;
import dev.scopegate.scopes.security.Authentication.AuthenticationListener;
import dev.scopegate.scopes.security.CallerContext;
import dev.scopegate.scopes.security.ClientRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Signing in and out of the admin UI. The sign-in form is itself protected by a token kept in
 * a pre-login session, and a successful sign-in changes the session id, so that nobody can fix
 * a session for someone else.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class SignInResource {

    static final String SIGN_IN_SCHEME = "UI sign-in";
    private static final String LOGIN_TOKEN = SignInResource.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    UserAccounts accounts;

    @Inject
    UiPages pages;

    @Inject
    CallerContext callerContext;

    @Inject
    Instance<AuthenticationListener> listeners;

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpServletResponse servletResponse;

    @GET
    @Path("/login")
    @PermitAll
    public Response loginForm(@QueryParam("next") String next) {
        return loginPage(200, "", next, null);
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response login(MultivaluedMap<String, String> form) {
        String username = form.getFirst("username") == null ? "" : form.getFirst("username");
        String next = form.getFirst("next");
        HttpSession session = servletRequest.getSession(false);
        Object expected = session == null ? null : session.getAttribute(LOGIN_TOKEN);
        if (expected == null || !expected.equals(form.getFirst(UiPages.CSRF_FIELD))) {
            return loginPage(403, username, next, "The sign-in form expired. Please try again.");
        }
        PasswordResult result = accounts.checkPassword(username,
                form.getFirst("password") == null ? "" : form.getFirst("password"));
        if (result.account().isEmpty()) {
            notifyRefused(result.refusal());
            return loginPage(401, username, next, "Wrong username or password.");
        }

        Account account = result.account().get();
        servletRequest.changeSessionId();
        session.removeAttribute(LOGIN_TOKEN);
        session.setAttribute(SignedInUser.SESSION_ATTRIBUTE,
                new SignedInUser(account.guid(), account.username(), newToken()));

        return pages.redirect(safeNext(next));
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response logout(MultivaluedMap<String, String> form) {
        pages.requireCsrf(form);
        HttpSession session = servletRequest.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return pages.redirect("/ui/login");
    }

    /** The UI's entry: the first page the signed-in user may see. */
    @GET
    @Authenticated
    public Response home() {
        return pages.redirect(pages.homePath(callerContext.requireCaller()));
    }

    /** Where a user lands whose roles open no admin page. */
    @GET
    @Path("/welcome")
    @Authenticated
    public Response welcome() {
        Map<String, Object> model = new HashMap<>();
        model.put("status", 200);
        model.put("title", "Nothing to manage here");
        model.put("detail", "You are signed in, but your roles give you no admin pages."
                + " Your API keys and tokens work as your scopes allow.");
        return pages.render(servletResponse, "welcome", "error", model);
    }

    private Response loginPage(int status, String username, String next, String error) {
        String token = newToken();
        servletRequest.getSession(true).setAttribute(LOGIN_TOKEN, token);
        Map<String, Object> model = new HashMap<>();
        model.put("loginToken", token);
        model.put("username", username);
        model.put("next", next == null ? "" : next);
        model.put("error", error);
        return pages.render(servletResponse, status, "login", "login", model);
    }

    private void notifyRefused(String reason) {
        ClientRequest request = new ClientRequest(callerContext.clientAddress());
        for (AuthenticationListener listener : listeners) {
            listener.refused(SIGN_IN_SCHEME, reason, request);
        }
    }

    /** Only a path inside the UI, never another site, is followed after signing in. */
    private static String safeNext(String next) {
        if (next != null && next.startsWith("/ui/") && !next.startsWith("//")
                && !next.contains("\\") && !next.contains("://")) {
            return next;
        }
        return "/ui";
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
