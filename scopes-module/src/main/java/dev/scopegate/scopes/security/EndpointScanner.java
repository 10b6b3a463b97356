package dev.scopegate.scopes.security;

import dev.scopegate.scopes.domain.ScopeCatalog;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the endpoints of JAX-RS resource classes and checks each rule: an endpoint without one,
 * or naming a scope that is not in the catalog, is a deployment problem.
 */
public final class EndpointScanner {

    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private EndpointScanner() {
    }

    public static EndpointScanner scan(String applicationPath, Iterable<Class<?>> resources,
            ScopeCatalog catalog) {
        EndpointScanner scanner = new EndpointScanner();
        for (Class<?> resource : resources) {
            scanner.scanClass(applicationPath, resource, catalog);
        }
        scanner.endpoints.sort(Comparator.comparing(Endpoint::path)
                .thenComparing(Endpoint::method));
        return scanner;
    }

    public List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void scanClass(String applicationPath, Class<?> resource, ScopeCatalog catalog) {
        String classPath = join(applicationPath, resource.getAnnotation(Path.class).value());
        for (Method method : resource.getMethods()) {
            Optional<String> httpMethod = httpMethodOf(method);
            Path subPath = method.getAnnotation(Path.class);
            if (httpMethod.isEmpty()) {
                if (subPath != null) {
                    problems.add(describe(resource, method) + " is a sub-resource locator;"
                            + " Scopegate can't check those at deployment, so it refuses them");
                }
                continue;
            }
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String path = subPath == null ? classPath : join(classPath, subPath.value());
            checkRule(resource, method, httpMethod.get(), path, catalog);
        }
    }

    private void checkRule(Class<?> resource, Method method, String httpMethod, String path,
            ScopeCatalog catalog) {
        String endpoint = httpMethod + " " + path + " (" + describe(resource, method) + ")";
        Optional<EndpointRule> rule;
        try {
            rule = EndpointRule.of(resource, method);
        } catch (IllegalStateException conflicting) {
            problems.add(endpoint + " " + conflicting.getMessage());
            return;
        }
        if (rule.isEmpty()) {
            problems.add(endpoint + " has neither @RequiresScope nor @PermitAll"
                    + " (nor @Authenticated); every endpoint must say who may call it");
            return;
        }
        if (rule.get().access() == EndpointRule.Access.SCOPES && rule.get().scopes().isEmpty()) {
            problems.add(endpoint + " has an empty @RequiresScope");
        }
        for (String scope : rule.get().scopes()) {
            if (!catalog.contains(scope)) {
                problems.add(endpoint + " requires scope '" + scope
                        + "', which is not in the scope catalog");
            }
        }
        endpoints.add(new Endpoint(httpMethod, path, rule.get(), describe(resource, method)));
    }

    private static Optional<String> httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static String describe(Class<?> resource, Method method) {
        return resource.getName() + "#" + method.getName();
    }

    /** Joins path segments with single slashes, always starting with one. */
    static String join(String base, String path) {
        String joined = "/" + strip(base) + "/" + strip(path);
        String normalized = joined.replaceAll("/+", "/");
        return normalized.length() > 1 && normalized.endsWith("/")
                ? normalized.substring(0, normalized.length() - 1) : normalized;
    }

    private static String strip(String segment) {
        return segment == null ? "" : segment.replaceAll("^/+|/+$", "");
    }
}
