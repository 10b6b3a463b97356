package dev.scopegate.scopes.api;

import java.util.List;

/** One page of a list, as every list endpoint returns it. */
public record Page<T>(List<T> results, Paging paging) {

    public static <T> Page<T> of(List<T> results, PageRequest request, long totalCount) {
        int totalPages = (int) ((totalCount + request.size() - 1) / request.size());
        return new Page<>(List.copyOf(results),
                new Paging(request.page(), request.size(), totalCount, totalPages));
    }

    /** Where this page lies in the whole list. */
    public record Paging(int page, int size, long totalCount, int totalPages) {
    }
}
