package dev.scopegate.scopes.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored copy of the catalog. */
@ApplicationScoped
public class StoredScopeRepository {

    @PersistenceContext(unitName = "scopes")
    EntityManager entityManager;

    public List<StoredScope> findAll() {
        return entityManager.createQuery("SELECT s FROM StoredScope s", StoredScope.class)
                .getResultList();
    }

    public Optional<StoredScope> findByGuid(UUID guid) {
        return Optional.ofNullable(entityManager.find(StoredScope.class, guid.toString()));
    }

    public List<StoredScope> findRetiredByName(String name) {
        return entityManager.createQuery(
                        "SELECT s FROM StoredScope s WHERE s.name = :name AND s.retired = :retired",
                        StoredScope.class)
                .setHint(Database.BIND_PARAMETERS, "TRUE")
                .setParameter("name", name)
                .setParameter("retired", true)
                .getResultList();
    }

    public void add(StoredScope scope) {
        entityManager.persist(scope);
    }
}
