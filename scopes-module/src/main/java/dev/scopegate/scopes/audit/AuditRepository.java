package dev.scopegate.scopes.audit;

import dev.scopegate.scopes.api.Page;
import dev.scopegate.scopes.api.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The stored audit trail. */
@ApplicationScoped
public class AuditRepository {

    /** The escape character of LIKE patterns; where a filter holds it, it is escaped too. */
    private static final char ESCAPE = '!';

    @PersistenceContext(unitName = "scopes")
    EntityManager entityManager;

    /** Adds an entry to the current transaction, so that it commits or rolls back with it. */
    public void add(AuditEntry entry) {
        entityManager.persist(entry);
    }

    /**
     * Adds an entry in a transaction of its own, which commits whatever becomes of the caller's:
     * for events that are not part of a change, such as a refused authentication.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addInOwnTransaction(AuditEntry entry) {
        entityManager.persist(entry);
    }

    /** One page of the entries that match, newest first. */
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = whereClause(query, parameters);

        TypedQuery<Long> count = entityManager.createQuery(
                "SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        parameters.forEach(count::setParameter);
        long totalCount = count.getSingleResult();

        TypedQuery<AuditEntry> select = entityManager.createQuery(
                "SELECT e FROM AuditEntry e" + where + " ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEntry.class);
        parameters.forEach(select::setParameter);
        List<AuditEntry> entries = select.setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return Page.of(entries, page, totalCount);
    }

    /**
     * The conditions of a query, built from fixed fragments; every value the reader supplied
     * goes in as a parameter, never into the text.
     */
    private static String whereClause(AuditQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        query.from().ifPresent(from -> {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", from.atOffset(ZoneOffset.UTC));
        });
        query.to().ifPresent(to -> {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", to.atOffset(ZoneOffset.UTC));
        });
        query.actor().ifPresent(actor -> {
            conditions.add("e.actor = :actor");
            parameters.put("actor", actor);
        });
        query.target().ifPresent(target -> {
            conditions.add("LOWER(e.target) LIKE :target ESCAPE '" + ESCAPE + "'");
            parameters.put("target",
                    "%" + escapeLike(target.toLowerCase(Locale.ROOT)) + "%");
        });
        query.exactType().ifPresent(type -> {
            conditions.add("e.eventType = :type");
            parameters.put("type", type);
        });
        query.typePrefix().ifPresent(prefix -> {
            conditions.add("e.eventType LIKE :typePrefix ESCAPE '" + ESCAPE + "'");
            parameters.put("typePrefix", escapeLike(prefix) + "%");
        });
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
