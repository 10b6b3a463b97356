package dev.scopegate.scopes.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the scope catalog.
 *
 * @param guid        stable identity; a name may change, the GUID never does
 * @param category    the group an admin expands in the UI
 * @param clientSide  an SDK scope for keys used in browsers and mobile apps: it covers nothing
 *                    and nothing covers it
 * @param covers      patterns of the scopes this one covers besides the {@code :manage} rule
 */
public record Scope(UUID guid, ScopeName name, String category, String description,
        boolean clientSide, List<ScopePattern> covers) {

    public Scope {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        description = description == null ? "" : description;
        covers = List.copyOf(covers);
        if (clientSide && !covers.isEmpty()) {
            throw new IllegalArgumentException(
                    "client-side scope " + name + " can't declare what it covers");
        }
    }

    public String product() {
        return name.product();
    }

    /** Whether this scope covers the other directly, by the {@code :manage} rule or a pattern. */
    boolean coversDirectly(Scope other) {
        if (clientSide || other.clientSide || other.name.equals(name)) {
            return false;
        }
        if (name.isManagement() && other.name.value().startsWith(name.managedPrefix())) {
            return true;
        }
        return covers.stream().anyMatch(pattern -> pattern.matches(other.name));
    }
}
