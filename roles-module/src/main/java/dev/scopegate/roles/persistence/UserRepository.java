package dev.scopegate.roles.persistence;

import dev.scopegate.roles.domain.Role;
import dev.scopegate.roles.domain.User;
import dev.scopegate.scopes.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users, in the roles module's own tables. */
@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "roles")
    EntityManager entityManager;

    public Optional<User> findByGuid(UUID guid) {
        return Optional.ofNullable(entityManager.find(User.class, guid.toString()));
    }

    public Optional<User> findByUsername(String username) {
        return entityManager.createQuery("SELECT u FROM User u WHERE u.username = :username",
                        User.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public long countAll() {
        return entityManager.createQuery("SELECT COUNT(u) FROM User u", Long.class)
                .getSingleResult();
    }

    /**
     * @param usernameFilter a part of the username, matched case-sensitively: a SQL function
     *                       here would make EclipseLink inline every value on H2
     * @param enabled        only enabled or only disabled users; null for both
     */
    public long count(String usernameFilter, Boolean enabled) {
        return filter("SELECT COUNT(u)", "", Long.class, usernameFilter, enabled)
                .getSingleResult();
    }

    public List<User> page(String usernameFilter, Boolean enabled, int offset, int limit) {
        return filter("SELECT u", " ORDER BY u.username", User.class, usernameFilter, enabled)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The usernames of the users who hold a role, for telling why it can't be deleted. */
    public List<String> usernamesHolding(Role role) {
        return entityManager.createQuery("SELECT u.username FROM User u JOIN u.roles r"
                        + " WHERE r = :role ORDER BY u.username", String.class)
                .setParameter("role", role)
                .getResultList();
    }

    public void add(User user) {
        entityManager.persist(user);
    }

    public void remove(User user) {
        entityManager.remove(user);
    }

    public void flush() {
        entityManager.flush();
    }

    private <T> TypedQuery<T> filter(String select, String order, Class<T> type,
            String usernameFilter, Boolean enabled) {
        String where = " FROM User u WHERE u.username LIKE :username ESCAPE '\\'"
                + (enabled == null ? "" : " AND u.enabled = :enabled");
        TypedQuery<T> query = entityManager.createQuery(select + where + order, type)
                .setHint(Database.BIND_PARAMETERS, "TRUE")
                .setParameter("username", RoleRepository.likePattern(usernameFilter, false));
        return enabled == null ? query : query.setParameter("enabled", enabled);
    }
}
