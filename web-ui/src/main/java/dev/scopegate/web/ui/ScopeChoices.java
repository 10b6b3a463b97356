package dev.scopegate.web.ui;

import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.security.Caller;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The scopes a form offers, grouped by category as admins expand them: only those the caller
 * holds, since nobody grants more; the client-side SDK scopes apart from the rest.
 */
public record ScopeChoices(List<Category> categories, List<Choice> sdkScopes) {

    public static ScopeChoices of(Collection<Scope> catalog, Caller caller, Set<String> selected) {
        Map<String, List<Choice>> byCategory = new TreeMap<>();
        List<Choice> sdk = catalog.stream()
                .filter(Scope::clientSide)
                .filter(scope -> caller.holds(scope.name().value()))
                .map(scope -> Choice.of(scope, selected))
                .toList();
        for (Scope scope : catalog) {
            if (!scope.clientSide() && caller.holds(scope.name().value())) {
                byCategory.computeIfAbsent(scope.category(), name -> new ArrayList<>())
                        .add(Choice.of(scope, selected));
            }
        }
        List<Category> categories = byCategory.entrySet().stream()
                .map(entry -> new Category(entry.getKey(), slug(entry.getKey()), entry.getValue()))
                .toList();
        return new ScopeChoices(categories, sdk);
    }

    private static String slug(String category) {
        return category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** One group of scopes; {@code anySelected} opens it. */
    public record Category(String name, String id, List<Choice> scopes) {

        public boolean anySelected() {
            return scopes.stream().anyMatch(Choice::selected);
        }
    }

    /** One scope to tick. */
    public record Choice(String guid, String name, String description, boolean selected) {

        static Choice of(Scope scope, Set<String> selected) {
            return new Choice(scope.guid().toString(), scope.name().value(), scope.description(),
                    selected.contains(scope.name().value()));
        }

        /** What the search box matches. */
        public String searchText() {
            return (name + " " + description).toLowerCase(Locale.ROOT);
        }
    }
}
