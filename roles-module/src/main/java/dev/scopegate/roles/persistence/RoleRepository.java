package dev.scopegate.roles.persistence;

import dev.scopegate.roles.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Roles, in the roles module's own tables. */
@ApplicationScoped
public class RoleRepository {

    @PersistenceContext(unitName = "roles")
    EntityManager entityManager;

    public Optional<Role> findByGuid(UUID guid) {
        return Optional.ofNullable(entityManager.find(Role.class, guid.toString()));
    }

    public Optional<Role> findByName(String name) {
        return entityManager.createQuery("SELECT r FROM Role r WHERE r.name = :name", Role.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    public List<Role> findAllByGuid(Collection<UUID> guids) {
        return guids.stream().map(this::findByGuid).flatMap(Optional::stream).toList();
    }

    public long count(String nameFilter) {
        return entityManager.createQuery(
                        "SELECT COUNT(r) FROM Role r WHERE LOWER(r.name) LIKE :name ESCAPE '\\'",
                        Long.class)
                .setParameter("name", likePattern(nameFilter, true))
                .getSingleResult();
    }

    /** Built-in roles first, then by name. */
    public List<Role> page(String nameFilter, int offset, int limit) {
        return entityManager.createQuery("SELECT r FROM Role r"
                        + " WHERE LOWER(r.name) LIKE :name ESCAPE '\\'"
                        + " ORDER BY r.builtIn DESC, r.name", Role.class)
                .setParameter("name", likePattern(nameFilter, true))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public void add(Role role) {
        entityManager.persist(role);
    }

    public void remove(Role role) {
        entityManager.remove(role);
    }

    /** Writes pending changes now, so that a constraint violation surfaces here. */
    public void flush() {
        entityManager.flush();
    }

    /** A LIKE pattern for "contains", with the filter's own wildcards escaped. */
    public static String likePattern(String filter, boolean lowerCase) {
        if (filter == null || filter.isBlank()) {
            return "%";
        }
        String text = lowerCase ? filter.strip().toLowerCase(Locale.ROOT) : filter.strip();
        String escaped = text
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
