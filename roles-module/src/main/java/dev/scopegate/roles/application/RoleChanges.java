package dev.scopegate.roles.application;

import java.util.List;
import java.util.Optional;

/**
 * What a client asked to set on a role; an empty optional leaves the property as it is.
 *
 * @param scopes scope GUIDs or names; a present list replaces the role's scopes
 */
public record RoleChanges(Optional<String> name, Optional<String> description,
        Optional<List<String>> scopes) {
}
