package io.chatnation.adapter.web.billing;

import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.Tokens;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.billing.in.AdjustWallet;
import io.chatnation.ports.billing.in.TransferTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Transfers between the organisation's wallets and the platform's adjustments. Both honour an
 * {@code Idempotency-Key} header: a repeat answers with the first result (and {@code Idempotent-Replayed: true}).
 */
@Controller("/api/v1/billing")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Billing")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class WalletMovementsController {

    static final String REPLAYED = "Idempotent-Replayed";

    @Serdeable
    record TransferRequest(@Nullable String fromWalletId, @Nullable String toWalletId, @Nullable Object tokens,
                           @Nullable String note) {}

    @Serdeable
    public record TransferResponse(String outTransactionId, String inTransactionId, String fromWalletId, String toWalletId,
                                   BigDecimal tokens, BigDecimal fromAvailable, BigDecimal toAvailable) {
        static TransferResponse of(TransferTokens.Transferred t) {
            return new TransferResponse(t.outTransactionId().toString(), t.inTransactionId().toString(), t.from().toString(),
                    t.to().toString(), Tokens.shown(t.amount()), Tokens.shown(t.fromAvailable()), Tokens.shown(t.toAvailable()));
        }
    }

    @Serdeable
    record AdjustmentRequest(@Nullable String walletId, @Nullable Object tokens, @Nullable String reason) {}

    @Serdeable
    public record AdjustmentResponse(String transactionId, String walletId, BigDecimal tokens, BigDecimal balance,
                                     BigDecimal available) {
        static AdjustmentResponse of(AdjustWallet.Adjusted a) {
            return new AdjustmentResponse(a.transactionId().toString(), a.wallet().toString(), Tokens.shown(a.change()),
                    Tokens.shown(a.balance()), Tokens.shown(a.available()));
        }
    }

    private final TransferTokens transfer;
    private final AdjustWallet adjust;

    public WalletMovementsController(TransferTokens transfer, AdjustWallet adjust) {
        this.transfer = transfer;
        this.adjust = adjust;
    }

    @Operation(summary = "Move available tokens between two wallets of the organisation")
    @ProblemDoc.BadRequest
    @ProblemDoc.InsufficientTokens
    @Post("/transfers")
    public HttpResponse<TransferResponse> transfer(@Parameter(hidden = true) Caller caller, @Body TransferRequest body,
                                                   @Nullable @Header(IdempotencyKeys.HEADER) String idempotencyKey) {
        Input input = new Input();
        var from = input.field("fromWalletId", () -> WalletId.of("fromWalletId", body.fromWalletId()));
        var to = input.field("toWalletId", () -> WalletId.of("toWalletId", body.toWalletId()));
        var tokens = input.field("tokens", () -> Tokens.parse("tokens", body.tokens()));
        var note = input.field("note", () -> Memo.optional("note", body.note()));
        var key = input.field(IdempotencyKeys.HEADER, () -> IdempotencyKeys.of(idempotencyKey));
        input.validate();
        var done = transfer.transfer(new TransferTokens.Command(caller, from, to, tokens, key, note));
        return HttpResponse.status(HttpStatus.CREATED).body(TransferResponse.of(done)).header(REPLAYED, String.valueOf(done.replayed()));
    }

    @Operation(summary = "Add (positive) or remove (negative) tokens with a reason (platform admins; audited)")
    @ProblemDoc.BadRequest
    @ProblemDoc.InsufficientTokens
    @Post("/adjustments")
    public HttpResponse<AdjustmentResponse> adjust(@Parameter(hidden = true) Caller caller, @Body AdjustmentRequest body,
                                                   @Nullable @Header(IdempotencyKeys.HEADER) String idempotencyKey) {
        Input input = new Input();
        var wallet = input.field("walletId", () -> Optional.ofNullable(body.walletId()).filter(w -> !w.isBlank())
                .map(w -> WalletId.of("walletId", w)));
        var change = input.field("tokens", () -> Tokens.parse("tokens", body.tokens()));
        var reason = input.field("reason", () -> Memo.required("reason", body.reason()));
        var key = input.field(IdempotencyKeys.HEADER, () -> IdempotencyKeys.of(idempotencyKey));
        input.validate();
        var done = adjust.adjust(new AdjustWallet.Command(caller, wallet, change, reason, key));
        return HttpResponse.status(HttpStatus.CREATED).body(AdjustmentResponse.of(done)).header(REPLAYED, String.valueOf(done.replayed()));
    }
}
