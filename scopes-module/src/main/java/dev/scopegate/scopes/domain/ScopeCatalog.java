package dev.scopegate.scopes.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The active scopes and what each one covers, transitively. Immutable: coverage is computed once,
 * when the catalog is built, so that checking a request costs set look-ups only.
 */
public final class ScopeCatalog {

    private final Map<String, Scope> byName;
    private final Map<UUID, Scope> byGuid;
    private final Map<String, Set<String>> coveredByName;

    private ScopeCatalog(Map<String, Scope> byName, Map<UUID, Scope> byGuid) {
        this.byName = byName;
        this.byGuid = byGuid;
        this.coveredByName = computeCoverage(byName.values());
    }

    /**
     * Builds a catalog, refusing duplicate names and GUIDs.
     *
     * @param source where the scopes came from, for the error message
     */
    public static ScopeCatalog of(String source, Collection<Scope> scopes) {
        List<String> problems = new ArrayList<>();
        Map<String, Scope> byName = new LinkedHashMap<>();
        Map<UUID, Scope> byGuid = new HashMap<>();
        scopes.stream().sorted(Comparator.comparing(Scope::name)).forEach(scope -> {
            if (byName.putIfAbsent(scope.name().value(), scope) != null) {
                problems.add("scope name " + scope.name() + " appears more than once");
            }
            if (byGuid.putIfAbsent(scope.guid(), scope) != null) {
                problems.add("GUID " + scope.guid() + " of " + scope.name()
                        + " is used by another scope too");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(source, problems);
        }
        return new ScopeCatalog(Collections.unmodifiableMap(byName), Map.copyOf(byGuid));
    }

    /** All active scopes, ordered by name. */
    public List<Scope> scopes() {
        return List.copyOf(byName.values());
    }

    public int size() {
        return byName.size();
    }

    public Optional<Scope> findByName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<Scope> findByGuid(UUID guid) {
        return Optional.ofNullable(byGuid.get(guid));
    }

    /** Finds a scope by GUID or, when the text is not a GUID, by name. */
    public Optional<Scope> find(String guidOrName) {
        return parseGuid(guidOrName).map(this::findByGuid).orElseGet(() -> findByName(guidOrName));
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The names of the scopes this scope covers, directly or transitively, itself excluded. */
    public Set<String> coveredBy(Scope scope) {
        return coveredByName.getOrDefault(scope.name().value(), Set.of());
    }

    /**
     * A caller's effective scopes: the active scopes among those granted, plus all they cover.
     * Names that are not in the catalog (retired or unknown) grant nothing.
     */
    public Set<String> effectiveScopes(Collection<String> grantedNames) {
        Set<String> effective = new HashSet<>();
        for (String name : grantedNames) {
            if (byName.containsKey(name)) {
                effective.add(name);
                effective.addAll(coveredByName.get(name));
            }
        }
        return Collections.unmodifiableSet(effective);
    }

    private static Map<String, Set<String>> computeCoverage(Collection<Scope> scopes) {
        Map<String, List<Scope>> direct = new HashMap<>();
        for (Scope scope : scopes) {
            direct.put(scope.name().value(),
                    scopes.stream().filter(scope::coversDirectly).toList());
        }
        Map<String, Set<String>> closure = new HashMap<>();
        for (Scope scope : scopes) {
            closure.put(scope.name().value(), reachableFrom(scope, direct));
        }
        return Map.copyOf(closure);
    }

    private static Set<String> reachableFrom(Scope start, Map<String, List<Scope>> direct) {
        Set<String> reached = new TreeSet<>();
        Deque<Scope> pending = new ArrayDeque<>(direct.get(start.name().value()));
        while (!pending.isEmpty()) {
            Scope next = pending.pop();
            if (!next.equals(start) && reached.add(next.name().value())) {
                pending.addAll(direct.get(next.name().value()));
            }
        }
        return Collections.unmodifiableSet(reached);
    }

    private static Optional<UUID> parseGuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAGuid) {
            return Optional.empty();
        }
    }
}
