package dev.scopegate.scopes.domain;

import java.util.List;

/** A catalog file that can't be used; each problem names the entry it concerns. */
public class InvalidCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidCatalogException(String source, List<String> problems) {
        super("The scope catalog " + source + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
