package io.chatnation.adapter.persistence.billing.purchase;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.TokenBundle;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.TokenBundles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbcTokenBundles implements TokenBundles {

    private record Row(String code, String name, long tokensMilli, String currency, long amountMinor) {}

    private static final String SELECT = """
            select b.code, b.name, b.tokens_milli, p.currency, p.amount_minor
            from token_bundles b join token_bundle_prices p on p.bundle_code = b.code
            where b.on_sale
            """;

    private final Jdbc jdbc;

    public JdbcTokenBundles(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TokenBundle> onSale() {
        return bundles(jdbc.list(SELECT + " order by b.position, b.code, p.currency", JdbcTokenBundles::row));
    }

    @Override
    public Optional<TokenBundle> find(BundleCode code) {
        return bundles(jdbc.list(SELECT + " and b.code = ? order by p.currency", JdbcTokenBundles::row, code.value()))
                .stream().findFirst();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString("code"), rs.getString("name"), rs.getLong("tokens_milli"), rs.getString("currency"),
                rs.getLong("amount_minor"));
    }

    /** One row per price: grouped back into bundles, keeping the query's order. */
    private static List<TokenBundle> bundles(List<Row> rows) {
        Map<String, List<Row>> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r));
        return byCode.values().stream().map(prices -> {
            Row first = prices.get(0);
            return new TokenBundle(new BundleCode(first.code()), first.name(), TokenAmount.ofMilli(first.tokensMilli()),
                    prices.stream().map(p -> Money.ofMinor(CurrencyCode.valueOf(p.currency()), p.amountMinor())).toList());
        }).toList();
    }
}
