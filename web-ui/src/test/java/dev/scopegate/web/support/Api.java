package dev.scopegate.web.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Real HTTP against the deployment under test, always on 127.0.0.1 whatever host name the
 * container reports.
 */
public final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Api(URI base) {
        this.base = base;
    }

    /** @param deployment the URL Arquillian injects, ending with the context root */
    public static Api at(URL deployment) {
        return at(URI.create("http://127.0.0.1:" + deployment.getPort() + deployment.getPath()));
    }

    public static Api at(URI deployment) {
        String text = deployment.toString();
        return new Api(URI.create(text.endsWith("/") ? text : text + "/"));
    }

    /** The server's root, where Payara serves {@code /health} and {@code /openapi}. */
    public Api serverRoot() {
        return new Api(URI.create("http://127.0.0.1:" + base.getPort() + "/"));
    }

    public URI base() {
        return base;
    }

    /** The address of a path below the context root, such as {@code api/v1/scopes}. */
    public URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    public ApiResponse get(String path, String authorization) {
        return send(request(path, authorization).GET().build());
    }

    public ApiResponse get(String path) {
        return get(path, null);
    }

    public ApiResponse send(String method, String path, String authorization, String contentType,
            String body) {
        HttpRequest.Builder request = request(path, authorization);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public ApiResponse postJson(String path, String authorization, String json) {
        return send("POST", path, authorization, "application/json", json);
    }

    /** A JSON POST whose length is not declared, so that it travels in chunks. */
    public ApiResponse postChunked(String path, String authorization, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return send(request(path, authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(bytes)))
                .build());
    }

    /** A form POST, as OAuth2 endpoints take it; values are form-encoded here. */
    public ApiResponse postForm(String path, String authorization, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return send("POST", path, authorization, "application/x-www-form-urlencoded",
                form.toString());
    }

    /** A GET with one extra header, such as {@code X-Forwarded-For}. */
    public ApiResponse sendWithHeader(String path, String authorization, String name,
            String value) {
        return send(request(path, authorization).header(name, value).GET().build());
    }

    /**
     * A GET whose request line carries the path exactly as given, byte for byte, for the path
     * tricks that HTTP client libraries would normalise away.
     */
    public ApiResponse getRaw(String path, String authorization) {
        return RawHttp.get(base.getPort(), base.getPath() + path, authorization);
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private ApiResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
