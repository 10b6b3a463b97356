package dev.scopegate.roles.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A named set of scopes that users are given. Built-in roles ship with Scopegate and only the
 * start-up synchronisation changes them.
 */
@Entity
@Table(name = "sg_role")
public class Role {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 500;

    @Id
    @Column(length = 36)
    private String guid;

    private String name;
    private String description;

    @Column(name = "built_in")
    private boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sg_role_scope", joinColumns = @JoinColumn(name = "role_guid"))
    @Column(name = "scope_guid", length = 36)
    private Set<String> scopeGuids = new TreeSet<>();

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Role() {
    }

    private Role(UUID guid, String name, String description, boolean builtIn,
            Collection<UUID> scopes, Instant now) {
        this.guid = guid.toString();
        this.name = name;
        this.description = description;
        this.builtIn = builtIn;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        replaceScopes(scopes);
    }

    public static Role custom(String name, String description, Collection<UUID> scopes,
            Instant now) {
        return new Role(UUID.randomUUID(), name, description, false, scopes, now);
    }

    public static Role builtIn(UUID guid, String name, String description,
            Collection<UUID> scopes, Instant now) {
        return new Role(guid, name, description, true, scopes, now);
    }

    public void rename(String newName, Instant now) {
        name = newName;
        touch(now);
    }

    public void describe(String newDescription, Instant now) {
        description = newDescription;
        touch(now);
    }

    /** The role now grants exactly these scopes; a present list replaces, never merges. */
    public void grantExactly(Collection<UUID> scopes, Instant now) {
        replaceScopes(scopes);
        touch(now);
    }

    public UUID guid() {
        return UUID.fromString(guid);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    /** The GUIDs of the scopes this role grants, as stored; some may have been retired since. */
    public Set<String> scopeGuids() {
        return Set.copyOf(scopeGuids);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    private void replaceScopes(Collection<UUID> scopes) {
        scopeGuids.clear();
        scopes.forEach(scope -> scopeGuids.add(scope.toString()));
    }

    private void touch(Instant now) {
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }
}
