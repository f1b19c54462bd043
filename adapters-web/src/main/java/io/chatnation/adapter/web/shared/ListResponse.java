package io.chatnation.adapter.web.shared;

import io.chatnation.domain.shared.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code data}, and in {@code meta} the cursor of the next page (null on the last). */
@Serdeable
public record ListResponse<T>(List<T> data, Meta meta) {

    @Serdeable
    public record Meta(String cursor, int limit) {}

    public static <D, T> ListResponse<T> of(Page<D> page, int limit, Function<D, T> toDto) {
        return new ListResponse<>(page.items().stream().map(toDto).toList(), new Meta(page.nextCursor().orElse(null), limit));
    }
}
