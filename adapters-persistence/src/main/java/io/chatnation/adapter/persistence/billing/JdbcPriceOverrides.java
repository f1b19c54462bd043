package io.chatnation.adapter.persistence.billing;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.PriceOverrides;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class JdbcPriceOverrides implements PriceOverrides {

    private final Jdbc jdbc;

    public JdbcPriceOverrides(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<BillableAction, TokenAmount> all() {
        Map<BillableAction, TokenAmount> prices = new EnumMap<>(BillableAction.class);
        jdbc.list("select action, price from token_prices", rs -> Map.entry(rs.getString("action"), rs.getLong("price")))
                .forEach(row -> known(row.getKey()).ifPresent(action -> prices.put(action, TokenAmount.ofMilli(row.getValue()))));
        return prices;
    }

    /** An action this version no longer sells keeps its row but prices nothing. */
    private static Optional<BillableAction> known(String code) {
        return Arrays.stream(BillableAction.values()).filter(a -> a.code().equals(code)).findFirst();
    }

    @Override
    public void put(BillableAction action, TokenAmount price, Optional<UUID> setBy, Instant at) {
        jdbc.update("""
                insert into token_prices (action, price, set_by, updated_at) values (?, ?, ?, ?)
                on conflict (org_id, action) do update set price = excluded.price, set_by = excluded.set_by,
                                                           updated_at = excluded.updated_at
                """, action.code(), price.milli(), setBy, at);
    }

    @Override
    public boolean remove(BillableAction action) {
        return jdbc.update("delete from token_prices where action = ?", action.code()) > 0;
    }
}
