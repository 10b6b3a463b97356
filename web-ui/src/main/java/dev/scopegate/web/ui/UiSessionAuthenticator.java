package dev.scopegate.web.ui;

import dev.scopegate.roles.application.UserAccounts;
import dev.scopegate.roles.application.UserAccounts.Account;
import dev.scopegate.scopes.catalog.CatalogService;
import dev.scopegate.scopes.security.Caller;
import dev.scopegate.scopes.security.SessionAuthenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * The admin UI's browser session as a caller, for the UI's own pages only: the REST API never
 * accepts a session cookie, so a forged cross-site request can't reach it. The user's state and
 * scopes are read on every request, so a change counts at once.
 */
@ApplicationScoped
public class UiSessionAuthenticator implements SessionAuthenticator {

    public static final String SCHEME = "Session";

    @Inject
    HttpServletRequest servletRequest;

    @Inject
    UserAccounts accounts;

    @Inject
    CatalogService catalog;

    @Override
    public Optional<Caller> authenticate(ContainerRequestContext request) {
        if (!UiPaths.isUi(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        HttpSession session = servletRequest.getSession(false);
        if (session == null
                || !(session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser
                        user)) {
            return Optional.empty();
        }
        return accounts.find(user.guid())
                .filter(Account::enabled)
                .map(account -> new Caller(SCHEME, account.guid(), account.username(), null,
                        account.grantedScopes(),
                        catalog.effectiveScopes(account.grantedScopes())));
    }
}
