package dev.scopegate.keys.persistence;

import dev.scopegate.keys.domain.ApiKey;
import dev.scopegate.keys.domain.KeySecret;
import dev.scopegate.scopes.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** API keys and their secret hashes, in the keys module's own tables. */
@ApplicationScoped
public class ApiKeyRepository {

    @PersistenceContext(unitName = "keys")
    EntityManager entityManager;

    public Optional<ApiKey> findById(String id) {
        return Optional.ofNullable(entityManager.find(ApiKey.class, id));
    }

    /** The secret with this hash, with its key. */
    public Optional<KeySecret> findSecret(String hash) {
        return Optional.ofNullable(entityManager.find(KeySecret.class, hash));
    }

    public long count(KeyFilter filter) {
        return query("SELECT COUNT(k)", "", Long.class, filter).getSingleResult();
    }

    /** Newest first. */
    public List<ApiKey> page(KeyFilter filter, int offset, int limit) {
        return query("SELECT k", " ORDER BY k.createdAt DESC, k.id", ApiKey.class, filter)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public void add(ApiKey key) {
        entityManager.persist(key);
    }

    public void remove(ApiKey key) {
        entityManager.remove(key);
    }

    /** Moves a key's last-used time forward, never back; one statement, no version bump. */
    public void recordUse(String keyId, Instant usedAt) {
        entityManager.createQuery("UPDATE ApiKey k SET k.lastUsedAt = :at WHERE k.id = :id"
                        + " AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :at)")
                .setHint(Database.BIND_PARAMETERS, "TRUE")
                .setParameter("at", usedAt.atOffset(ZoneOffset.UTC))
                .setParameter("id", keyId)
                .executeUpdate();
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type,
            KeyFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" FROM ApiKey k WHERE 1 = 1");
        filter.owner().ifPresent(owner -> {
            where.append(" AND k.ownerGuid = :owner");
            parameters.put("owner", owner.toString());
        });
        filter.enabled().ifPresent(enabled -> {
            where.append(" AND k.enabled = :enabled");
            parameters.put("enabled", enabled);
        });
        filter.nameContains().ifPresent(name -> {
            where.append(" AND k.name LIKE :name ESCAPE '\\'");
            parameters.put("name", "%" + name.replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        });
        TypedQuery<T> query = entityManager.createQuery(select + where + order, type)
                .setHint(Database.BIND_PARAMETERS, "TRUE");
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Which keys a list shows; every part is optional. */
    public record KeyFilter(Optional<UUID> owner, Optional<Boolean> enabled,
            Optional<String> nameContains) {
    }
}
