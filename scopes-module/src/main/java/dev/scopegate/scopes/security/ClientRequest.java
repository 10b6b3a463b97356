package dev.scopegate.scopes.security;

/**
 * What an authenticator may know of the request besides the credentials.
 *
 * @param clientAddress the client's address: the connection's, or the forwarded one when the
 *                      connection comes from a trusted proxy
 */
public record ClientRequest(String clientAddress) {
}
