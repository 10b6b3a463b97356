package dev.scopegate.scopes.api;

import dev.scopegate.scopes.problem.InvalidInputException;
import java.util.List;

/**
 * Which page of a list the client asked for: {@code page} counts from 0, {@code size} is 1 to
 * {@value #MAX_SIZE} and defaults to {@value #DEFAULT_SIZE}. Both arrive as text, so that a
 * malformed number is a 400 naming the parameter rather than JAX-RS's 404.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(String page, String size) {
        int pageNumber = parse("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "is beyond any list");
        }
        return new PageRequest(pageNumber, pageSize);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /** Cuts this page out of a complete, ordered list. */
    public <T> Page<T> slice(List<T> all) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return Page.of(all.subList(from, to), this, all.size());
    }

    private static int parse(String name, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new InvalidInputException(name, "must be from " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }
}
