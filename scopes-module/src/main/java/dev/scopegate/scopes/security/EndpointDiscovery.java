package dev.scopegate.scopes.security;

import dev.scopegate.scopes.catalog.CatalogFiles;
import dev.scopegate.scopes.domain.InvalidCatalogException;
import dev.scopegate.scopes.domain.ScopeCatalog;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Finds every JAX-RS resource of the deployment while CDI boots and fails the deployment, naming
 * each offending endpoint, when one declares no rule or a scope the catalog lacks. The default is
 * deny, and it is caught before the server serves anything.
 */
public class EndpointDiscovery implements Extension {

    private static final Logger LOG = Logger.getLogger(EndpointDiscovery.class.getName());

    /**
     * The table as last validated, for readers that live outside this application's CDI
     * container, such as the OpenAPI filter that Payara runs in its own thread. Each application
     * loads its own copy of this class, so the field is per deployment.
     */
    private static volatile List<Endpoint> published = List.of();

    private final Set<Class<?>> resources = new LinkedHashSet<>();
    private String applicationPath = "";
    private List<Endpoint> endpoints = List.of();

    void collectResource(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<?> type) {
        Class<?> candidate = type.getAnnotatedType().getJavaClass();
        boolean concrete = !candidate.isInterface()
                && !Modifier.isAbstract(candidate.getModifiers());
        if (concrete && candidate.isAnnotationPresent(Path.class)) {
            resources.add(candidate);
        }
    }

    void collectApplication(
            @Observes @WithAnnotations(ApplicationPath.class) ProcessAnnotatedType<?> type) {
        ApplicationPath path = type.getAnnotatedType().getAnnotation(ApplicationPath.class);
        if (path != null) {
            applicationPath = path.value();
        }
    }

    void checkEndpoints(@Observes AfterDeploymentValidation validation) {
        ScopeCatalog catalog;
        try {
            catalog = CatalogFiles.loadConfigured(ConfigProvider.getConfig());
        } catch (InvalidCatalogException invalid) {
            validation.addDeploymentProblem(invalid);
            return;
        }
        EndpointScanner scanner = EndpointScanner.scan(applicationPath, resources, catalog);
        for (String problem : scanner.problems()) {
            validation.addDeploymentProblem(new UnprotectedEndpointException(problem));
        }
        endpoints = scanner.endpoints();
        published = endpoints;
        LOG.info(() -> "Scope enforcement covers " + endpoints.size() + " endpoints");
    }

    /** The endpoints found, each with its rule; empty until the deployment is validated. */
    public List<Endpoint> endpoints() {
        return new ArrayList<>(endpoints);
    }

    /** The endpoints of the deployment that loaded this class; empty before validation. */
    public static List<Endpoint> publishedEndpoints() {
        return published;
    }

    /** An endpoint that would be served without a valid rule. */
    public static class UnprotectedEndpointException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UnprotectedEndpointException(String message) {
            super(message);
        }
    }
}
