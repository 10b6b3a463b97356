package dev.scopegate.scopes.persistence;

import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopePattern;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;

/** A catalog scope as the database knows it, retired once it leaves the catalog file. */
@Entity
@Table(name = "sg_scope")
public class StoredScope {

    @Id
    @Column(name = "guid", length = 36)
    private String guid;

    private String name;
    private String category;
    private String description;

    @Column(name = "client_side")
    private boolean clientSide;

    private String covers;
    private boolean retired;

    @Column(name = "synced_at")
    private OffsetDateTime syncedAt;

    protected StoredScope() {
    }

    public StoredScope(Scope scope, Instant now) {
        this.guid = scope.guid().toString();
        refreshFrom(scope, now);
    }

    /** Takes the catalog file's current definition; a scope back in the file is active again. */
    public final void refreshFrom(Scope scope, Instant now) {
        name = scope.name().value();
        category = scope.category();
        description = scope.description();
        clientSide = scope.clientSide();
        covers = scope.covers().stream().map(ScopePattern::value)
                .collect(Collectors.joining(" "));
        retired = false;
        syncedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void retire(Instant now) {
        retired = true;
        syncedAt = now.atOffset(ZoneOffset.UTC);
    }

    public UUID guid() {
        return UUID.fromString(guid);
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public String description() {
        return description;
    }

    public boolean clientSide() {
        return clientSide;
    }

    public boolean isRetired() {
        return retired;
    }
}
