package dev.scopegate.roles.api;

import dev.scopegate.roles.domain.Role;
import dev.scopegate.roles.domain.User;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A user on the wire: never the password nor its hash. */
public record UserRepresentation(UUID guid, String username, String displayName,
        boolean enabled, List<UUID> roleGuids, List<String> roles, Instant createdAt,
        Instant updatedAt) {

    static UserRepresentation of(User user) {
        List<Role> held = user.roles().stream()
                .sorted(Comparator.comparing(Role::name))
                .toList();
        return new UserRepresentation(user.guid(), user.username(), user.displayName(),
                user.isEnabled(), held.stream().map(Role::guid).toList(),
                held.stream().map(Role::name).toList(), user.createdAt(), user.updatedAt());
    }
}
