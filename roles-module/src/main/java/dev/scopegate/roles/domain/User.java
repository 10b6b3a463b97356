package dev.scopegate.roles.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Someone who signs in with a username and password. A user holds no scopes directly: the
 * roles do. Only the password's slow salted hash is kept.
 */
@Entity
@Table(name = "sg_user")
public class User {

    public static final int MAX_USERNAME_LENGTH = 100;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    @Id
    @Column(length = 36)
    private String guid;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "sg_user_role",
            joinColumns = @JoinColumn(name = "user_guid"),
            inverseJoinColumns = @JoinColumn(name = "role_guid"))
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash,
            Collection<Role> roles, Instant now) {
        this.guid = UUID.randomUUID().toString();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.roles.addAll(roles);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    public void rename(String newUsername, Instant now) {
        username = newUsername;
        touch(now);
    }

    public void changeDisplayName(String newDisplayName, Instant now) {
        displayName = newDisplayName;
        touch(now);
    }

    public void changePasswordHash(String newHash, Instant now) {
        passwordHash = newHash;
        touch(now);
    }

    public void enable(Instant now) {
        enabled = true;
        touch(now);
    }

    public void disable(Instant now) {
        enabled = false;
        touch(now);
    }

    /** The user now has exactly these roles; a present list replaces, never merges. */
    public void assignExactly(Collection<Role> newRoles, Instant now) {
        roles.clear();
        roles.addAll(newRoles);
        touch(now);
    }

    public UUID guid() {
        return UUID.fromString(guid);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** The GUIDs of every scope the user's roles grant. */
    public Set<String> grantedScopeGuids() {
        Set<String> scopes = new TreeSet<>();
        roles.forEach(role -> scopes.addAll(role.scopeGuids()));
        return scopes;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    private void touch(Instant now) {
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }
}
