package dev.scopegate.roles.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a client asked to set on a user; an empty optional leaves the property as it is.
 *
 * @param roles a present list replaces the user's roles
 */
public record UserChanges(Optional<String> username, Optional<String> displayName,
        Optional<String> password, Optional<Boolean> enabled, Optional<List<UUID>> roles) {

    @Override
    public String toString() {
        return "UserChanges[username=" + username + ", password="
                + (password.isPresent() ? "<hidden>" : "unchanged") + "]";
    }
}
