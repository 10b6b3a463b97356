package dev.scopegate.roles.application;

import dev.scopegate.roles.domain.Role;
import dev.scopegate.roles.domain.User;
import dev.scopegate.roles.persistence.RoleRepository;
import dev.scopegate.roles.persistence.UserRepository;
import dev.scopegate.roles.security.PasswordHasher;
import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import dev.scopegate.scopes.audit.AuditChanges;
import dev.scopegate.scopes.audit.AuditTrail;
import dev.scopegate.scopes.problem.ConflictException;
import dev.scopegate.scopes.problem.InvalidInputException;
import dev.scopegate.scopes.problem.ResourceNotFoundException;
import dev.scopegate.scopes.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creating, changing and deleting users. A caller may only touch users who hold no more than
 * they do, and give only roles whose scopes they hold.
 */
@ApplicationScoped
@Transactional
public class UserService {

    @Inject
    UserRepository users;

    @Inject
    RoleRepository roles;

    @Inject
    PasswordHasher hasher;

    @Inject
    GrantPolicy grants;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AccountsChanged> accountsChanged;

    public Page<User> list(String usernameFilter, Boolean enabled, PageRequest page) {
        return Page.of(users.page(usernameFilter, enabled, page.offset(), page.size()), page,
                users.count(usernameFilter, enabled));
    }

    public User get(UUID guid) {
        return users.findByGuid(guid)
                .orElseThrow(() -> new ResourceNotFoundException("user", guid.toString()));
    }

    /**
     * Creates a user; {@code caller} is empty only for the bootstrap administrator, whom the
     * server creates itself.
     */
    public User create(Caller caller, String username, String displayName, String password,
            boolean enabled, List<UUID> roleGuids) {
        List<Role> assigned = resolveRoles(roleGuids);
        if (caller != null) {
            grants.requireCanGrant(caller, grants.scopesOf(assigned), "give these roles");
        }
        requireUsernameFree(username);

        Instant now = Instant.now();
        User user = new User(username, displayName, hasher.hash(password), assigned, now);
        if (!enabled) {
            user.disable(now);
        }
        users.add(user);

        audit.record("user.created", describe(user), AuditChanges.create()
                .change("username", null, username)
                .change("displayName", null, displayName)
                .secretChanged("password")
                .change("enabled", null, enabled)
                .change("roles", null, roleNames(assigned))
                .build());
        accountsChanged.fire(new AccountsChanged());
        return user;
    }

    public User update(Caller caller, UUID guid, UserChanges changes) {
        User user = get(guid);
        grants.requireCanGrant(caller, grants.scopesOf(user.roles()), "change this user");
        AuditChanges recorded = AuditChanges.create();
        Instant now = Instant.now();

        if (changes.roles().isPresent()) {
            List<Role> assigned = resolveRoles(changes.roles().get());
            grants.requireCanGrant(caller, grants.scopesOf(assigned), "give these roles");
            recorded.change("roles", roleNames(user.roles()), roleNames(assigned));
            user.assignExactly(assigned, now);
        }
        if (changes.username().isPresent() && !changes.username().get().equals(user.username())) {
            requireUsernameFree(changes.username().get());
            recorded.change("username", user.username(), changes.username().get());
            user.rename(changes.username().get(), now);
        }
        if (changes.displayName().isPresent()) {
            recorded.change("displayName", user.displayName(), changes.displayName().get());
            user.changeDisplayName(changes.displayName().get(), now);
        }
        if (changes.password().isPresent()) {
            user.changePasswordHash(hasher.hash(changes.password().get()), now);
            recorded.secretChanged("password");
        }
        if (changes.enabled().isPresent() && changes.enabled().get() != user.isEnabled()) {
            changeEnabled(caller, user, changes.enabled().get(), now);
            recorded.change("enabled", !changes.enabled().get(), changes.enabled().get());
        }

        audit.record("user.updated", describe(user), recorded.build());
        accountsChanged.fire(new AccountsChanged());
        return user;
    }

    public void delete(Caller caller, UUID guid) {
        User user = get(guid);
        grants.requireCanGrant(caller, grants.scopesOf(user.roles()), "delete this user");
        if (user.guid().equals(caller.userGuid())) {
            throw new ConflictException("You can't delete yourself.");
        }

        users.remove(user);

        audit.record("user.deleted", describe(user), AuditChanges.create()
                .change("username", user.username(), null)
                .build());
        accountsChanged.fire(new AccountsChanged());
    }

    private void changeEnabled(Caller caller, User user, boolean enabled, Instant now) {
        if (enabled) {
            user.enable(now);
        } else if (user.guid().equals(caller.userGuid())) {
            throw new ConflictException("enabled", "You can't disable yourself.");
        } else {
            user.disable(now);
        }
    }

    private List<Role> resolveRoles(List<UUID> roleGuids) {
        Set<UUID> distinct = new LinkedHashSet<>(roleGuids);
        if (distinct.size() != roleGuids.size()) {
            throw new InvalidInputException("roleGuids", "names a role more than once");
        }
        List<Role> found = roles.findAllByGuid(distinct);
        if (found.size() != distinct.size()) {
            List<String> unknown = distinct.stream()
                    .filter(guid -> found.stream().noneMatch(role -> role.guid().equals(guid)))
                    .map(UUID::toString)
                    .toList();
            throw new InvalidInputException("roleGuids", "unknown roles: "
                    + String.join(", ", unknown));
        }
        return found;
    }

    private void requireUsernameFree(String username) {
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("username", "The username '" + username
                    + "' is taken.");
        }
    }


    private static List<String> roleNames(Iterable<Role> assigned) {
        List<String> names = new ArrayList<>();
        assigned.forEach(role -> names.add(role.name()));
        return names.stream().sorted().toList();
    }

    static String describe(User user) {
        return "user " + user.guid() + " (" + user.username() + ")";
    }
}
