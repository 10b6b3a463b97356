package dev.scopegate.keys.oauth;

import dev.scopegate.scopes.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Access tokens, in the keys module's own tables. */
@ApplicationScoped
public class AccessTokenRepository {

    @PersistenceContext(unitName = "keys")
    EntityManager entityManager;

    public Optional<AccessToken> findByHash(String tokenHash) {
        return entityManager.createQuery("SELECT t FROM AccessToken t WHERE t.tokenHash = :hash",
                        AccessToken.class)
                .setHint(Database.BIND_PARAMETERS, "TRUE")
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    public void add(AccessToken token) {
        entityManager.persist(token);
    }
}
