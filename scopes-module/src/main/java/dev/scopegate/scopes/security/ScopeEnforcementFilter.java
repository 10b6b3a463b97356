package dev.scopegate.scopes.security;

import dev.scopegate.scopes.problem.Problems;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Enforces one endpoint's rule after JAX-RS has matched the request to it: 401 with a challenge
 * per enabled scheme when the credentials are missing or refused, 403 naming the accepted scopes
 * when the caller holds none of them.
 */
public class ScopeEnforcementFilter implements ContainerRequestFilter {

    static final String CLIENT_ADDRESS_ATTRIBUTE =
            ScopeEnforcementFilter.class.getName() + ".clientAddress";

    private static final Logger LOG = Logger.getLogger(ScopeEnforcementFilter.class.getName());

    private final EndpointRule rule;
    private final Authentication authentication;
    private final ClientAddressResolver addresses;
    private final HttpServletRequest servletRequest;

    /** @param servletRequest a proxy that reaches the current request, for the peer address */
    ScopeEnforcementFilter(EndpointRule rule, Authentication authentication,
            ClientAddressResolver addresses, HttpServletRequest servletRequest) {
        this.rule = rule;
        this.authentication = authentication;
        this.addresses = addresses;
        this.servletRequest = servletRequest;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (rule.isPublic()) {
            return;
        }
        String clientAddress = addresses.resolve(servletRequest.getRemoteAddr(),
                request.getHeaderString("X-Forwarded-For"));
        request.setProperty(CLIENT_ADDRESS_ATTRIBUTE, clientAddress);

        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Caller caller;
        try {
            caller = authorization == null
                    ? authentication.fromSession(request).orElseThrow(() ->
                            new AuthenticationFailedException("no credentials"))
                    : authentication.authenticate(authorization,
                            new ClientRequest(clientAddress));
        } catch (AuthenticationFailedException refused) {
            LOG.log(Level.FINE, "Refused credentials from {0}: {1}",
                    new Object[] {clientAddress, refused.getMessage()});
            request.abortWith(unauthorized(refused));
            return;
        }

        if (!rule.allows(caller)) {
            LOG.log(Level.FINE, "{0} lacks the scopes of {1}",
                    new Object[] {caller.username(), request.getUriInfo().getPath()});
            request.abortWith(forbidden(caller));
            return;
        }
        request.setProperty(Caller.REQUEST_ATTRIBUTE, caller);
    }

    private Response unauthorized(AuthenticationFailedException refused) {
        Response.ResponseBuilder response = Response.fromResponse(Problems.response(401,
                "about:blank", "Unauthorized",
                "Valid credentials are required: send an Authorization header.", body -> { }));
        List<String> challenges = refused.challenge() == null
                ? authentication.challenges()
                : replaceChallenge(refused.challenge());
        challenges.forEach(challenge -> response.header(HttpHeaders.WWW_AUTHENTICATE, challenge));
        return response.build();
    }

    private List<String> replaceChallenge(String specific) {
        String scheme = specific.split(" ", 2)[0];
        return authentication.challenges().stream()
                .map(challenge -> challenge.split(" ", 2)[0].equalsIgnoreCase(scheme)
                        ? specific : challenge)
                .toList();
    }

    private Response forbidden(Caller caller) {
        JsonArrayBuilder accepted = Json.createArrayBuilder(rule.scopes());
        String detail = rule.scopes().isEmpty()
                ? "This endpoint is not open to any scope."
                : "This call needs one of these scopes: " + String.join(", ", rule.scopes());
        Response.ResponseBuilder response = Response.fromResponse(Problems.response(403,
                "urn:scopegate:problem:insufficient-scope", "Insufficient scope", detail,
                body -> body.add("requiredScopes", accepted)));
        Optional<String> challenge = authentication.authenticatorFor(caller.scheme())
                .flatMap(authenticator -> authenticator.insufficientScopeChallenge(rule.scopes()));
        challenge.ifPresent(value -> response.header(HttpHeaders.WWW_AUTHENTICATE, value));
        return response.build();
    }
}
