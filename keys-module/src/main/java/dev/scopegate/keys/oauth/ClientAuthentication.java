package dev.scopegate.keys.oauth;

import dev.scopegate.roles.application.UserAccounts;
import dev.scopegate.roles.application.UserAccounts.Account;
import dev.scopegate.roles.application.UserAccounts.PasswordResult;
import dev.scopegate.scopes.security.Authentication.AuthenticationListener;
import dev.scopegate.scopes.security.CallerContext;
import dev.scopegate.scopes.security.ClientRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates the OAuth2 client of a token or revocation request: a user, with the username
 * as client id and the password as client secret, sent either with HTTP Basic (RFC 6749,
 * 2.3.1: form-encoded, then Base64) or as the form fields {@code client_id} and
 * {@code client_secret}, never both.
 */
@RequestScoped
public class ClientAuthentication {

    static final String CLIENT_SCHEME = "OAuth2 client";

    @Inject
    UserAccounts accounts;

    @Inject
    CallerContext callerContext;

    @Inject
    Instance<AuthenticationListener> listeners;

    /**
     * @return the client's account
     * @throws ClientRefusedException with the OAuth2 error to answer
     */
    public Account authenticate(String authorization, MultivaluedMap<String, String> form) {
        boolean basic = authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean inForm = form.containsKey("client_id") || form.containsKey("client_secret");
        if (basic && inForm) {
            throw new ClientRefusedException(OAuthErrors.invalidRequest(
                    "Authenticate the client one way only: HTTP Basic or form fields"));
        }
        Optional<String[]> credentials = basic
                ? fromBasic(authorization.substring(6).strip())
                : fromForm(form);
        if (credentials.isEmpty()) {
            throw refused("no or malformed client credentials");
        }
        String clientId = credentials.get()[0];
        String secret = credentials.get()[1];

        PasswordResult first = accounts.checkPassword(clientId, secret);
        PasswordResult result = first.account().isEmpty() && basic
                ? retryWithoutFormDecoding(authorization, first) : first;
        return result.account().orElseThrow(() -> refused(resultReason(result)));
    }

    /** Clients that skip RFC 6749's form encoding of Basic credentials still get in. */
    private PasswordResult retryWithoutFormDecoding(String authorization, PasswordResult first) {
        Optional<String[]> raw = decodeBasic(authorization.substring(6).strip(), false);
        Optional<String[]> decoded = decodeBasic(authorization.substring(6).strip(), true);
        if (raw.isEmpty() || decoded.isEmpty()
                || (raw.get()[0].equals(decoded.get()[0])
                        && raw.get()[1].equals(decoded.get()[1]))) {
            return first;
        }
        return accounts.checkPassword(raw.get()[0], raw.get()[1]);
    }

    private ClientRefusedException refused(String reason) {
        ClientRequest request = new ClientRequest(callerContext.clientAddress());
        for (AuthenticationListener listener : listeners) {
            listener.refused(CLIENT_SCHEME, reason, request);
        }
        return new ClientRefusedException(OAuthErrors.invalidClient(
                "Client authentication failed"));
    }

    private static String resultReason(PasswordResult result) {
        return result.refusal() == null ? "client refused" : result.refusal();
    }

    private static Optional<String[]> fromBasic(String encoded) {
        return decodeBasic(encoded, true);
    }

    private static Optional<String[]> decodeBasic(String encoded, boolean formDecode) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String id = decoded.substring(0, colon);
            String secret = decoded.substring(colon + 1);
            return Optional.of(formDecode
                    ? new String[] {formDecoded(id), formDecoded(secret)}
                    : new String[] {id, secret});
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String[]> fromForm(MultivaluedMap<String, String> form) {
        String id = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        if (id == null || id.isBlank() || secret == null) {
            return Optional.empty();
        }
        return Optional.of(new String[] {id, secret});
    }

    private static String formDecoded(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** A client that may not go on; carries the RFC 6749 answer. */
    public static class ClientRefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Response response;

        ClientRefusedException(Response response) {
            super("OAuth2 client refused");
            this.response = response;
        }

        public Response response() {
            return response;
        }
    }
}
