package dev.scopegate.keys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The hash of one secret of a key; an old secret expires at the end of a rotation's grace. */
@Entity
@Table(name = "sg_api_key_secret")
public class KeySecret {

    @Id
    @Column(name = "secret_hash", length = 64)
    private String hash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "key_id")
    private ApiKey apiKey;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected KeySecret() {
    }

    KeySecret(ApiKey apiKey, String hash, Instant now) {
        this.apiKey = apiKey;
        this.hash = hash;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public String hash() {
        return hash;
    }

    public ApiKey apiKey() {
        return apiKey;
    }

    /** The end of this secret's grace period, or null while it is the key's current secret. */
    public Instant expiresAt() {
        return expiresAt == null ? null : expiresAt.toInstant();
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt.toInstant());
    }

    void expireAt(Instant end) {
        expiresAt = end.atOffset(ZoneOffset.UTC);
    }
}
