package dev.scopegate.scopes.security;

/**
 * One REST endpoint and its rule.
 *
 * @param method   the HTTP method
 * @param path     the path template below the application root, such as
 *                 {@code /api/v1/scopes/{guidOrName}}
 * @param javaName the Java method that serves it, for deployment messages
 */
public record Endpoint(String method, String path, EndpointRule rule, String javaName) {
}
