package io.chatnation.adapter.web.billing;

import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.Tokens;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.EntryType;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.billing.TransactionFilter;
import io.chatnation.domain.billing.UsageLine;
import io.chatnation.domain.billing.UsagePeriod;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.ListTokenTransactions;
import io.chatnation.ports.billing.in.ShowUsage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The ledger and what it adds up to. */
@Controller("/api/v1/billing")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Billing")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class TokenTransactionsController {

    static final int DEFAULT_USAGE_DAYS = 30;

    /**
     * One ledger line. {@code balanceChange} is signed (a debit is negative); {@code balanceAfter} and
     * {@code availableAfter} are the wallet's figures right after it.
     */
    @Serdeable
    public record TransactionResponse(String id, String walletId, String type, BigDecimal amount, BigDecimal balanceChange,
                                      BigDecimal reservedChange, BigDecimal balanceAfter, BigDecimal availableAfter,
                                      @Nullable String module, @Nullable String action, @Nullable String referenceId,
                                      @Nullable String reservationId, @Nullable String counterpartWalletId, String actorType,
                                      @Nullable String actorId, @Nullable String idempotencyKey, String memo, Instant createdAt) {
        static TransactionResponse of(LedgerEntry e) {
            return new TransactionResponse(e.id().toString(), e.walletId().toString(), e.type().code(), Tokens.shown(e.amount()),
                    Tokens.shown(e.balanceChange()), Tokens.shown(e.reservedChange()), Tokens.shown(e.balanceAfter()),
                    Tokens.shown(e.availableAfter()), text(e.module(), ModuleName::value), text(e.action(), BillableAction::code),
                    text(e.reference(), UUID::toString), text(e.reservation(), ReservationId::toString),
                    text(e.counterpart(), WalletId::toString), e.actorType().code(), text(e.actorId(), UUID::toString),
                    text(e.key(), IdempotencyKey::value), e.memo().value(), e.createdAt());
        }
    }

    @Serdeable
    public record UsageLineResponse(LocalDate day, String module, String action, BigDecimal tokens, long entries) {
        static UsageLineResponse of(UsageLine l) {
            return new UsageLineResponse(l.day(), l.module().value(), l.action().code(), Tokens.shown(l.tokens()), l.entries());
        }
    }

    /** Tokens spent (debits less refunds) per day (UTC), module and action; {@code total} over the whole period. */
    @Serdeable
    public record UsageResponse(LocalDate from, LocalDate to, @Nullable String walletId, BigDecimal total,
                                List<UsageLineResponse> data) {}

    private final ListTokenTransactions transactions;
    private final ShowUsage usage;
    private final Clock clock;

    public TokenTransactionsController(ListTokenTransactions transactions, ShowUsage usage, Clock clock) {
        this.transactions = transactions;
        this.usage = usage;
        this.clock = clock;
    }

    @Operation(summary = "The ledger, newest first: filter by wallet, type, module and time ([from, to)); page with the cursor")
    @ProblemDoc.BadRequest
    @Get("/transactions")
    public ListResponse<TransactionResponse> transactions(@Parameter(hidden = true) Caller caller,
                                                          @Nullable @QueryValue String walletId,
                                                          @Nullable @QueryValue String type,
                                                          @Nullable @QueryValue String module,
                                                          @Nullable @QueryValue String from,
                                                          @Nullable @QueryValue String to,
                                                          @Nullable @QueryValue String cursor,
                                                          @Nullable @QueryValue Integer limit) {
        Input input = new Input();
        var wallet = input.field("walletId", () -> present(walletId).map(w -> WalletId.of("walletId", w)));
        var entryType = input.field("type", () -> present(type).map(t -> EntryType.parse("type", t)));
        var spentBy = input.field("module", () -> present(module).map(m -> ModuleName.of("module", m)));
        var since = input.field("from", () -> present(from).map(f -> instant("from", f)));
        var until = input.field("to", () -> present(to).map(t -> instant("to", t)));
        var page = input.field("limit", () -> PageRequest.of(cursor, limit));
        input.validate();
        var filter = input.field("from", () -> new TransactionFilter(wallet, entryType, spentBy, since, until));
        input.validate();
        return ListResponse.of(transactions.list(new ListTokenTransactions.Query(caller, filter, page)), page.limit(),
                TransactionResponse::of);
    }

    @Operation(summary = "Tokens spent per day, module and action between two dates (inclusive, UTC; the last 30 days by default)")
    @ProblemDoc.BadRequest
    @Get("/usage")
    public UsageResponse usage(@Parameter(hidden = true) Caller caller,
                               @Nullable @QueryValue String from,
                               @Nullable @QueryValue String to,
                               @Nullable @QueryValue String walletId) {
        Input input = new Input();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var last = input.field("to", () -> present(to).map(t -> date("to", t)).orElse(today));
        var first = input.field("from", () -> present(from).map(f -> date("from", f)));
        var wallet = input.field("walletId", () -> present(walletId).map(w -> WalletId.of("walletId", w)));
        input.validate();
        var period = input.field("to", () -> new UsagePeriod(first.orElse(last.minusDays(DEFAULT_USAGE_DAYS - 1L)), last));
        input.validate();
        List<UsageLine> lines = usage.show(new ShowUsage.Query(caller, period, wallet));
        TokenAmount total = lines.stream().map(UsageLine::tokens).reduce(TokenAmount.ZERO, TokenAmount::plus);
        return new UsageResponse(period.from(), period.to(), wallet.map(WalletId::toString).orElse(null), Tokens.shown(total),
                lines.stream().map(UsageLineResponse::of).toList());
    }

    private static Optional<String> present(String raw) {
        return Optional.ofNullable(raw).filter(r -> !r.isBlank());
    }

    private static <T> String text(Optional<T> value, Function<T, String> shown) {
        return value.map(shown).orElse(null);
    }

    private static Instant instant(String field, String raw) {
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be an ISO-8601 instant such as 2026-01-31T09:00:00Z");
        }
    }

    private static LocalDate date(String field, String raw) {
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be a date such as 2026-01-31");
        }
    }
}
