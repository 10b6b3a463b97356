package dev.scopegate.scopes.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Binds an enforcement filter to every resource method when JAX-RS builds its model, with the
 * rule read once from the method's annotations. A method without a rule gets the deny-all rule,
 * so that nothing is served unchecked even where the deployment check could not see it.
 */
@Provider
public class ScopeEnforcementFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> resourceClass = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        EndpointRule rule = resourceClass == null || method == null
                ? EndpointRule.DENY_ALL
                : ruleOf(resourceClass, method);
        CDI<Object> cdi = CDI.current();
        context.register(new ScopeEnforcementFilter(rule,
                cdi.select(Authentication.class).get(),
                cdi.select(ClientAddressResolver.class).get(),
                cdi.select(HttpServletRequest.class).get()), Priorities.AUTHENTICATION);
    }

    private static EndpointRule ruleOf(Class<?> resourceClass, Method method) {
        try {
            return EndpointRule.of(resourceClass, method).orElse(EndpointRule.DENY_ALL);
        } catch (IllegalStateException conflicting) {
            return EndpointRule.DENY_ALL;
        }
    }
}
