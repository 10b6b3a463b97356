package dev.scopegate.keys.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An API key: a secret that acts for its owner with at most the owner's scopes. It holds an
 * explicit list of scopes, or inherits its owner's role scopes and follows them as they change.
 */
@Entity
@Table(name = "sg_api_key")
public class ApiKey {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @Column(length = 36)
    private String id;

    private String name;

    @Column(name = "owner_guid", length = 36)
    private String ownerGuid;

    @Column(name = "valid_from")
    private OffsetDateTime validFrom;

    @Column(name = "valid_to")
    private OffsetDateTime validTo;

    @Column(name = "allowed_ips")
    private String allowedIps;

    @Column(name = "inherits_role_scopes")
    private boolean inheritsRoleScopes;

    private boolean enabled;
    private String hint;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sg_api_key_scope", joinColumns = @JoinColumn(name = "key_id"))
    @Column(name = "scope_guid", length = 36)
    private Set<String> scopeGuids = new TreeSet<>();

    @OneToMany(mappedBy = "apiKey", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<KeySecret> secrets = new ArrayList<>();

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    private long version;

    protected ApiKey() {
    }

    /**
     * A new key and its first secret; the secret itself is returned once by the caller and
     * never kept.
     *
     * @param scopes the key's own scopes, or null to inherit the owner's role scopes
     */
    public ApiKey(String name, UUID owner, Validity validity, List<String> allowedIps,
            Collection<UUID> scopes, String secret, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.ownerGuid = owner.toString();
        this.enabled = true;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        changeValidity(validity, now);
        restrictTo(allowedIps, now);
        if (scopes == null) {
            inheritRoleScopes(now);
        } else {
            grantExactly(scopes, now);
        }
        addSecret(secret, now);
    }

    public void rename(String newName, Instant now) {
        name = newName;
        touch(now);
    }

    public void changeValidity(Validity validity, Instant now) {
        validFrom = validity.from().atOffset(ZoneOffset.UTC);
        validTo = validity.to().atOffset(ZoneOffset.UTC);
        touch(now);
    }

    /** @param addresses addresses and CIDR ranges; empty allows every address */
    public void restrictTo(List<String> addresses, Instant now) {
        allowedIps = String.join(" ", addresses);
        touch(now);
    }

    /** The key now holds exactly these scopes and no longer follows its owner's roles. */
    public void grantExactly(Collection<UUID> scopes, Instant now) {
        scopeGuids.clear();
        scopes.forEach(scope -> scopeGuids.add(scope.toString()));
        inheritsRoleScopes = false;
        touch(now);
    }

    public void inheritRoleScopes(Instant now) {
        scopeGuids.clear();
        inheritsRoleScopes = true;
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

    /**
     * Issues a new secret. The current ones keep working until the grace period ends; with no
     * grace they stop at once.
     */
    public void rotate(String newSecret, long graceSeconds, Instant now) {
        Instant end = now.plusSeconds(graceSeconds);
        secrets.removeIf(secret -> graceSeconds == 0 || secret.isExpiredAt(now));
        for (KeySecret current : secrets) {
            if (current.expiresAt() == null || current.expiresAt().isAfter(end)) {
                current.expireAt(end);
            }
        }
        addSecret(newSecret, now);
    }

    public void recordUse(Instant at) {
        if (lastUsedAt == null || at.isAfter(lastUsedAt.toInstant())) {
            lastUsedAt = at.atOffset(ZoneOffset.UTC);
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID ownerGuid() {
        return UUID.fromString(ownerGuid);
    }

    public Validity validity() {
        return new Validity(validFrom.toInstant(), validTo.toInstant());
    }

    public List<String> allowedIps() {
        return allowedIps.isBlank() ? List.of() : Arrays.asList(allowedIps.split(" "));
    }

    public boolean inheritsRoleScopes() {
        return inheritsRoleScopes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String hint() {
        return hint;
    }

    /** The key's own scope GUIDs; empty when it inherits its owner's role scopes. */
    public Set<String> scopeGuids() {
        return Set.copyOf(scopeGuids);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public Instant lastUsedAt() {
        return lastUsedAt == null ? null : lastUsedAt.toInstant();
    }

    private void addSecret(String secret, Instant now) {
        secrets.add(new KeySecret(this, SecretFormat.hash(secret), now));
        hint = SecretFormat.API_KEY.hint(secret);
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }
}
