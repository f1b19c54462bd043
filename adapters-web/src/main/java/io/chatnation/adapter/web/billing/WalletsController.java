package io.chatnation.adapter.web.billing;

import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.Tokens;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.ListWallets;
import io.chatnation.ports.billing.in.OpenSubWallet;
import io.chatnation.ports.billing.in.SetLowBalanceThreshold;
import io.chatnation.ports.billing.in.ShowWallet;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

@Controller("/api/v1/billing")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Billing")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class WalletsController {

    @Serdeable
    record OpenRequest(@Nullable String name, @Nullable Object lowBalanceThreshold) {}

    @Serdeable
    record UpdateRequest(@Nullable Object lowBalanceThreshold) {}

    @Serdeable
    public record WalletsResponse(List<WalletResponse> data) {}

    private final ShowWallet show;
    private final ListWallets list;
    private final OpenSubWallet open;
    private final SetLowBalanceThreshold threshold;

    public WalletsController(ShowWallet show, ListWallets list, OpenSubWallet open, SetLowBalanceThreshold threshold) {
        this.show = show;
        this.list = list;
        this.open = open;
        this.threshold = threshold;
    }

    @Operation(summary = "The organisation's main wallet: balance, reserved and available tokens, low-balance threshold")
    @Get("/wallet")
    public WalletResponse wallet(@Parameter(hidden = true) Caller caller) {
        return WalletResponse.of(show.show(caller, Optional.empty()));
    }

    @Operation(summary = "All the organisation's wallets: the main wallet first, then the sub-wallets by name")
    @Get("/wallets")
    public WalletsResponse wallets(@Parameter(hidden = true) Caller caller) {
        return new WalletsResponse(list.list(caller).stream().map(WalletResponse::of).toList());
    }

    @Operation(summary = "Open an empty sub-wallet for a department or an event; fund it with a transfer")
    @ProblemDoc.BadRequest
    @Post("/wallets")
    @Status(HttpStatus.CREATED)
    public WalletResponse openSubWallet(@Parameter(hidden = true) Caller caller, @Body OpenRequest body) {
        Input input = new Input();
        var name = input.field("name", () -> WalletName.of("name", body.name()));
        var warnBelow = input.field("lowBalanceThreshold", () -> body.lowBalanceThreshold() == null ? TokenAmount.ZERO
                : Tokens.parse("lowBalanceThreshold", body.lowBalanceThreshold()));
        input.validate();
        return WalletResponse.of(open.open(new OpenSubWallet.Command(caller, name, warnBelow)));
    }

    @Operation(summary = "One wallet of the organisation")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @Get("/wallets/{walletId}")
    public WalletResponse wallet(@Parameter(hidden = true) Caller caller, @PathVariable String walletId) {
        return WalletResponse.of(show.show(caller, Optional.of(WalletId.of("walletId", walletId))));
    }

    @Operation(summary = "Set the available-token level below which the wallet counts as running low (0 turns it off)")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @Patch("/wallets/{walletId}")
    public WalletResponse update(@Parameter(hidden = true) Caller caller, @PathVariable String walletId, @Body UpdateRequest body) {
        Input input = new Input();
        var wallet = input.field("walletId", () -> WalletId.of("walletId", walletId));
        var warnBelow = input.field("lowBalanceThreshold", () -> Tokens.parse("lowBalanceThreshold", body.lowBalanceThreshold()));
        input.validate();
        return WalletResponse.of(threshold.set(new SetLowBalanceThreshold.Command(caller, wallet, warnBelow)));
    }
}
