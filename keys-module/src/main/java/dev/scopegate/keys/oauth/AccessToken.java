package dev.scopegate.keys.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * An OAuth2 access token issued to a user through the client credentials grant. It carries the
 * scopes asked for at issue, and never does more than its user's roles allow at the time of use.
 */
@Entity
@Table(name = "sg_access_token")
public class AccessToken {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "user_guid", length = 36)
    private String userGuid;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "scope_guids")
    private String scopeGuids;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected AccessToken() {
    }

    AccessToken(String tokenHash, UUID user, String clientId, Collection<UUID> scopes,
            Instant issuedAt, Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.tokenHash = tokenHash;
        this.userGuid = user.toString();
        this.clientId = clientId;
        this.scopeGuids = String.join(" ", scopes.stream().map(UUID::toString).toList());
        this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /** Whether the token may be used at this moment: neither expired nor revoked. */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt.toInstant());
    }

    public String id() {
        return id;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public UUID userGuid() {
        return UUID.fromString(userGuid);
    }

    public String clientId() {
        return clientId;
    }

    public List<String> scopeGuids() {
        return scopeGuids.isBlank() ? List.of() : Arrays.asList(scopeGuids.split(" "));
    }

    public Instant issuedAt() {
        return issuedAt.toInstant();
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
