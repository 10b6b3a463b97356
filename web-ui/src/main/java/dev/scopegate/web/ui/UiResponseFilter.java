package dev.scopegate.web.ui;

import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Security headers on every answer, and, for the admin UI, pages instead of problem documents:
 * a missing session leads to the sign-in page, any other error is shown as a page. Left to
 * JAX-RS rather than CDI, which would not give it the servlet response that rendering needs.
 */
@Provider
@Vetoed
public class UiResponseFilter implements ContainerResponseFilter {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self';"
            + " style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpServletResponse servletResponse;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (!UiPaths.isUi(request.getUriInfo().getPath())) {
            return;
        }
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        if (response.getStatus() < 400 || !(response.getEntity() instanceof JsonObject problem)) {
            return;
        }
        if (response.getStatus() == 401) {
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            String next = "/" + request.getUriInfo().getPath() + (query == null ? "" : "?" + query);
            response.setStatus(303);
            headers.remove(HttpHeaders.WWW_AUTHENTICATE);
            headers.putSingle(HttpHeaders.LOCATION, servletRequest.getContextPath()
                    + "/ui/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            response.setEntity(null);
            return;
        }
        Templates templates = CDI.current().select(Templates.class).get();
        String page = templates.render("error", Map.of(
                "status", response.getStatus(),
                "title", problem.getString("title", "Error"),
                "detail", problem.getString("detail", ""),
                "navigation", List.of(),
                "csrf", ""), servletRequest, servletResponse);
        response.setEntity(page, new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
