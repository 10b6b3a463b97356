package dev.scopegate.scopes.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The endpoints of this deployment and the scopes each accepts, as found at deployment. */
@ApplicationScoped
public class EndpointTable {

    @Inject
    EndpointDiscovery discovery;

    public List<Endpoint> endpoints() {
        return discovery.endpoints();
    }
}
