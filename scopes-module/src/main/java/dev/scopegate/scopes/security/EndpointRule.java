package dev.scopegate.scopes.security;

import jakarta.annotation.security.PermitAll;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call one endpoint: anyone, any authenticated caller, or a caller holding any one of a
 * set of scopes. Read from the resource method's annotations, or else its class's.
 */
public record EndpointRule(Access access, Set<String> scopes) {

    public EndpointRule(Access access, List<String> scopes) {
        this(access, new TreeSet<>(scopes));
    }

    /** The rule of an endpoint that declares none: nobody may call it. */
    public static final EndpointRule DENY_ALL = new EndpointRule(Access.SCOPES, List.of());

    public enum Access { PUBLIC, AUTHENTICATED, SCOPES }

    public EndpointRule {
        scopes = Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
    }

    /**
     * The rule a resource method declares.
     *
     * @throws IllegalStateException when the method or class combines conflicting annotations
     */
    public static Optional<EndpointRule> of(Class<?> resourceClass, Method method) {
        return declaredOn(method).or(() -> declaredOn(resourceClass));
    }

    public boolean isPublic() {
        return access == Access.PUBLIC;
    }

    /** Whether an authenticated caller may call the endpoint. */
    public boolean allows(Caller caller) {
        return access != Access.SCOPES || caller.holdsAnyOf(scopes);
    }

    private static Optional<EndpointRule> declaredOn(AnnotatedElement element) {
        List<EndpointRule> declared = new ArrayList<>();
        if (element.isAnnotationPresent(PermitAll.class)) {
            declared.add(new EndpointRule(Access.PUBLIC, List.of()));
        }
        if (element.isAnnotationPresent(Authenticated.class)) {
            declared.add(new EndpointRule(Access.AUTHENTICATED, List.of()));
        }
        RequiresScope required = element.getAnnotation(RequiresScope.class);
        if (required != null) {
            declared.add(new EndpointRule(Access.SCOPES, List.of(required.value())));
        }
        if (declared.size() > 1) {
            throw new IllegalStateException("combines @PermitAll, @Authenticated and"
                    + " @RequiresScope; choose one");
        }
        return declared.stream().findFirst();
    }
}
