package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.adapter.persistence.shared.Pages;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import java.util.List;
import java.util.function.Function;

/**
 * Ends a filtered query with keyset paging, newest first, over a pair of (time, id) columns: the rows after the
 * cursor's row, one more than the page holds so that the page knows whether more follow.
 */
final class NewestFirst {

    private final String time;
    private final String id;

    /** @param timeColumn and {@code idColumn} as the query names them, e.g. {@code v.last_message_at}, {@code v.id} */
    NewestFirst(String timeColumn, String idColumn) {
        this.time = timeColumn;
        this.id = idColumn;
    }

    /**
     * @param sql      the query so far, ending in its where clause
     * @param position the keyset of a row, the cursor of the page it ends
     */
    <T> Page<T> page(Jdbc jdbc, StringBuilder sql, List<Object> params, PageRequest page, Jdbc.Row<T> row,
                     Function<T, Keyset> position) {
        page.cursor().map(Keyset::decode).ifPresent(k -> {
            sql.append(" and (").append(time).append(", ").append(id).append(") < (?, ?)");
            params.add(k.at());
            params.add(k.id());
        });
        sql.append(" order by ").append(time).append(" desc, ").append(id).append(" desc limit ?");
        params.add(page.limit() + 1);
        return Pages.of(jdbc.list(sql.toString(), row, params.toArray()), page.limit(), position);
    }
}
