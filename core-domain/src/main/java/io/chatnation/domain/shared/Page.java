package io.chatnation.domain.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and, when more follow, the cursor that fetches the next one. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
        nextCursor = nextCursor == null ? Optional.empty() : nextCursor;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
