package io.chatnation.adapter.persistence.billing;

import io.chatnation.adapter.persistence.shared.DatabaseFailure;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.adapter.persistence.shared.Pages;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.EntryType;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.billing.TransactionFilter;
import io.chatnation.domain.billing.UsageLine;
import io.chatnation.domain.billing.UsagePeriod;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.EntryContext;
import io.chatnation.ports.billing.out.PostingRequest;
import io.chatnation.ports.billing.out.RecordedOperation;
import io.chatnation.ports.billing.out.ReservationChange;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.WalletFigures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger on PostgreSQL. A posting is one statement: a conditional UPDATE of the wallet row (which takes its
 * row lock and checks that available stays at zero or more, under READ COMMITTED re-checked against the latest
 * committed row), then, only if it matched, the ledger lines and the reservation change, all fed by its RETURNING.
 * The wallet is locked from that statement to the commit and by nothing before it, so a hot wallet serialises only
 * on that short window.
 */
public final class JdbcTokenLedger implements TokenLedger {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = """
            select id, wallet_id, line, type, amount, balance_change, reserved_change, balance_after, reserved_after, module,
                   action, reference_id, reservation_id, counterpart_wallet_id, actor_type, actor_id, idempotency_key, memo,
                   created_at, fingerprint
            from token_transactions
            """;

    private final Jdbc jdbc;

    public JdbcTokenLedger(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<WalletFigures> post(PostingRequest request) {
        Statement statement = new Statement();
        var posting = request.posting();
        EntryContext context = request.context();

        statement.sql("with moved as (update wallets set balance = balance + ?, reserved = reserved + ?, updated_at = ? where ",
                posting.balanceChange().milli(), posting.reservedChange().milli(), context.at());
        if (request.wallet().isPresent()) {
            statement.sql("id = ?", request.wallet().get().value());
        } else {
            statement.sql("org_id = app_current_org() and kind = 'main'");
        }
        statement.sql(" and balance - reserved >= ?", posting.requiredAvailable().milli());
        if (request.claimsKey()) {
            statement.sql(" and not exists (select 1 from token_transactions t where t.org_id = app_current_org() "
                    + "and t.idempotency_key = ?)", context.key().get().value());
        }
        statement.sql(" returning id, org_id, balance, reserved, low_balance_threshold)");

        statement.sql(", entries as (insert into token_transactions (id, wallet_id, line, type, amount, balance_change, "
                + "reserved_change, balance_after, reserved_after, module, action, reference_id, reservation_id, "
                + "counterpart_wallet_id, reverses_id, actor_type, actor_id, idempotency_key, fingerprint, memo, created_at) "
                + "select l.id, moved.id, l.line, l.type, l.amount, l.balance_change, l.reserved_change, "
                + "moved.balance - l.later_balance, moved.reserved - l.later_reserved, "
                + "?::text, ?::text, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::text, ?::uuid, ?::text, ?::text, ?::text, ?::timestamptz "
                + "from moved cross join (values ",
                context.module().map(ModuleName::value), context.action().map(BillableAction::code), context.reference(),
                request.reservation().reservation().map(ReservationId::value), context.counterpart().map(WalletId::value),
                context.reverses(), context.actorType().code(), context.actorId(), context.key().map(IdempotencyKey::value),
                context.fingerprint(), context.memo().value(), context.at());
        List<Movement> lines = posting.movements();
        for (int i = 0; i < lines.size(); i++) {
            Movement m = lines.get(i);
            long laterBalance = 0;
            long laterReserved = 0;
            for (Movement later : lines.subList(i + 1, lines.size())) {
                laterBalance += later.balanceChange().milli();
                laterReserved += later.reservedChange().milli();
            }
            statement.sql((i == 0 ? "" : ", ") + "(?::uuid, ?::smallint, ?::text, ?::bigint, ?::bigint, ?::bigint, ?::bigint, ?::bigint)",
                    request.entryIds().get(i), request.firstLine() + i, m.type().code(), m.amount().milli(),
                    m.balanceChange().milli(), m.reservedChange().milli(), laterBalance, laterReserved);
        }
        statement.sql(") as l(id, line, type, amount, balance_change, reserved_change, later_balance, later_reserved))");

        if (request.reservation() instanceof ReservationChange.Open open) {
            statement.sql(", opened as (insert into token_reservations (id, wallet_id, amount, module, action, reference_id, state, "
                    + "created_at, expires_at) select ?::uuid, moved.id, ?::bigint, ?::text, ?::text, ?::uuid, 'open', "
                    + "?::timestamptz, ?::timestamptz from moved)",
                    open.id().value(), open.amount().milli(), open.module().value(), open.action().code(), open.reference(),
                    context.at(), open.expiresAt());
        } else if (request.reservation() instanceof ReservationChange.Close close) {
            var closed = close.closed();
            statement.sql(", closed as (update token_reservations set state = ?::text, closed_at = ?::timestamptz, "
                    + "settled_amount = ?::bigint where id = ?::uuid and state = 'open' and exists (select 1 from moved))",
                    closed.state().code(), closed.closedAt().orElseThrow(), closed.settledAmount().map(TokenAmount::milli),
                    closed.id().value());
        }
        statement.sql(" select id, org_id, balance, reserved, low_balance_threshold from moved");

        try {
            return jdbc.one(statement.text(), rs -> new WalletFigures(new WalletId(rs.getObject("id", UUID.class)),
                    new OrgId(rs.getObject("org_id", UUID.class)), TokenAmount.ofMilli(rs.getLong("balance")),
                    TokenAmount.ofMilli(rs.getLong("reserved")), TokenAmount.ofMilli(rs.getLong("low_balance_threshold"))),
                    statement.params());
        } catch (DatabaseFailure e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                // Two transactions claimed the key at once; the other one committed first and its result stands.
                throw new Conflict("Idempotency key '" + context.key().map(IdempotencyKey::value).orElse("")
                        + "' was used by a concurrent request; repeat the request to get its result");
            }
            throw e;
        }
    }

    @Override
    public Optional<RecordedOperation> operation(IdempotencyKey key) {
        List<String> fingerprints = new ArrayList<>();
        List<LedgerEntry> entries = jdbc.list(COLUMNS + "where org_id = app_current_org() and idempotency_key = ? order by line",
                rs -> {
                    fingerprints.add(rs.getString("fingerprint"));
                    return row(rs);
                }, key.value());
        return entries.isEmpty() ? Optional.empty() : Optional.of(new RecordedOperation(fingerprints.get(0), entries));
    }

    @Override
    public Optional<LedgerEntry> find(UUID entryId) {
        return jdbc.one(COLUMNS + "where id = ?", JdbcTokenLedger::row, entryId);
    }

    @Override
    public TokenAmount refundedAgainst(UUID debitEntryId) {
        return jdbc.one("select coalesce(sum(amount), 0) as refunded from token_transactions where reverses_id = ? and type = 'refund'",
                rs -> TokenAmount.ofMilli(rs.getLong("refunded")), debitEntryId).orElse(TokenAmount.ZERO);
    }

    @Override
    public Page<LedgerEntry> find(TransactionFilter filter, PageRequest page) {
        Statement statement = new Statement();
        statement.sql(COLUMNS + "where org_id = app_current_org()");
        filter.wallet().ifPresent(w -> statement.sql(" and wallet_id = ?", w.value()));
        filter.type().ifPresent(t -> statement.sql(" and type = ?", t.code()));
        filter.module().ifPresent(m -> statement.sql(" and module = ?", m.value()));
        filter.from().ifPresent(t -> statement.sql(" and created_at >= ?", t));
        filter.to().ifPresent(t -> statement.sql(" and created_at < ?", t));
        page.cursor().map(Keyset::decode).ifPresent(after -> statement.sql(" and (created_at, id) < (?, ?)", after.at(), after.id()));
        statement.sql(" order by created_at desc, id desc limit ?", page.limit() + 1);
        List<LedgerEntry> rows = jdbc.list(statement.text(), JdbcTokenLedger::row, statement.params());
        return Pages.of(rows, page.limit(), e -> new Keyset(e.createdAt(), e.id()));
    }

    @Override
    public List<UsageLine> usage(UsagePeriod period, Optional<WalletId> wallet) {
        Statement statement = new Statement();
        statement.sql("""
                select (created_at at time zone 'UTC')::date as day, module, action, -sum(balance_change) as tokens, count(*) as entries
                from token_transactions
                where org_id = app_current_org() and type in ('debit', 'refund') and module is not null and action is not null
                  and created_at >= ? and created_at < ?
                """, period.from().atStartOfDay().toInstant(ZoneOffset.UTC),
                period.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        wallet.ifPresent(w -> statement.sql(" and wallet_id = ?", w.value()));
        statement.sql(" group by 1, 2, 3 order by 1, 2, 3");
        return jdbc.list(statement.text(), rs -> new UsageLine(rs.getObject("day", LocalDate.class),
                new ModuleName(rs.getString("module")), BillableAction.fromCode(rs.getString("action")),
                TokenAmount.ofMilli(rs.getLong("tokens")), rs.getLong("entries")), statement.params());
    }

    static LedgerEntry row(ResultSet rs) throws SQLException {
        return new LedgerEntry(rs.getObject("id", UUID.class), new WalletId(rs.getObject("wallet_id", UUID.class)),
                rs.getInt("line"), EntryType.fromCode(rs.getString("type")), milli(rs, "amount"), milli(rs, "balance_change"),
                milli(rs, "reserved_change"), milli(rs, "balance_after"), milli(rs, "reserved_after"),
                Optional.ofNullable(rs.getString("module")).map(ModuleName::new),
                Optional.ofNullable(rs.getString("action")).map(BillableAction::fromCode),
                Optional.ofNullable(rs.getObject("reference_id", UUID.class)),
                Optional.ofNullable(rs.getObject("reservation_id", UUID.class)).map(ReservationId::new),
                Optional.ofNullable(rs.getObject("counterpart_wallet_id", UUID.class)).map(WalletId::new),
                ActorType.valueOf(rs.getString("actor_type").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(rs.getObject("actor_id", UUID.class)),
                Optional.ofNullable(rs.getString("idempotency_key")).map(IdempotencyKey::new),
                new Memo(rs.getString("memo")), Jdbc.instant(rs, "created_at"));
    }

    private static TokenAmount milli(ResultSet rs, String column) throws SQLException {
        return TokenAmount.ofMilli(rs.getLong(column));
    }

    /** SQL built from fixed fragments only; every value travels as a parameter, in the order of its fragment. */
    private static final class Statement {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        void sql(String fragment, Object... values) {
            text.append(fragment);
            params.addAll(Arrays.asList(values));
        }

        String text() {
            return text.toString();
        }

        Object[] params() {
            return params.toArray();
        }
    }
}
