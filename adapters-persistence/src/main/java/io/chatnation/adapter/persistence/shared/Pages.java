package io.chatnation.adapter.persistence.shared;

import io.chatnation.domain.shared.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns "limit + 1 rows" into a page and the cursor of its last row, when more rows follow. */
public final class Pages {

    private Pages() {}

    public static <T> Page<T> of(List<T> rows, int limit, Function<T, Keyset> position) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(shown, Optional.of(position.apply(shown.get(limit - 1)).encode()));
    }
}
