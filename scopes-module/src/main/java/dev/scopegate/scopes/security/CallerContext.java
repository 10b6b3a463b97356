package dev.scopegate.scopes.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The caller of the current request, as the enforcement filter established it. */
@RequestScoped
public class CallerContext {

    @Inject
    HttpServletRequest request;

    /** The caller, or empty on a public endpoint. */
    public Optional<Caller> caller() {
        return Optional.ofNullable((Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE));
    }

    /** The caller of an endpoint that requires authentication. */
    public Caller requireCaller() {
        return caller().orElseThrow(() -> new IllegalStateException(
                "no authenticated caller; is the endpoint public?"));
    }

    /** The client's address as the enforcement filter resolved it. */
    public String clientAddress() {
        Object resolved = request.getAttribute(ScopeEnforcementFilter.CLIENT_ADDRESS_ATTRIBUTE);
        return resolved == null ? request.getRemoteAddr() : (String) resolved;
    }
}
