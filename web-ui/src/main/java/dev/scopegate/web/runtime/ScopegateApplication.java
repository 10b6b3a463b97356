package dev.scopegate.web.runtime;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JAX-RS application at the root of the context: the REST API, the OAuth2 endpoints and the
 * admin pages are all resources, so every one of them passes the same scope enforcement.
 */
@ApplicationPath("/")
public class ScopegateApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // The generated WADL document would be an endpoint outside the scope rules.
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
