package io.chatnation.adapter.web.billing;

import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.Tokens;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.Price;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.billing.in.SetPrice;
import io.chatnation.ports.billing.in.ShowPriceList;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@Controller("/api/v1/billing/prices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Billing")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class PricesController {

    /** {@code tokens} buys {@code per} units of the action (e.g. 3 tokens per 100 recipients). */
    @Serdeable
    public record PriceResponse(String action, String title, BigDecimal tokens, long per, String unit,
                                BigDecimal platformDefault, boolean overridden) {
        static PriceResponse of(Price p) {
            return new PriceResponse(p.action().code(), p.action().title(), Tokens.shown(p.perUnit()), p.action().unitSize(),
                    p.action().unit(), Tokens.shown(p.platformDefault()), p.overridden());
        }
    }

    @Serdeable
    public record PricesResponse(List<PriceResponse> data) {}

    @Serdeable
    record SetRequest(@Nullable Object tokens) {}

    private final ShowPriceList show;
    private final SetPrice set;

    public PricesController(ShowPriceList show, SetPrice set) {
        this.show = show;
        this.set = set;
    }

    @Operation(summary = "What every costly action costs the organisation: platform defaults and its own prices")
    @Get
    public PricesResponse prices(@Parameter(hidden = true) Caller caller) {
        return new PricesResponse(show.show(caller).prices().stream().map(PriceResponse::of).toList());
    }

    @Operation(summary = "Give the organisation its own price for an action (platform admins)")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @Put("/{action}")
    public PriceResponse set(@Parameter(hidden = true) Caller caller, @PathVariable String action, @Body SetRequest body) {
        Input input = new Input();
        var billable = input.field("action", () -> BillableAction.parse("action", action));
        var price = input.field("tokens", () -> Tokens.parse("tokens", body.tokens()));
        input.validate();
        return PriceResponse.of(set.set(new SetPrice.Command(caller, billable, Optional.of(price))));
    }

    @Operation(summary = "Put an action back on the platform's default price (platform admins)")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @Delete("/{action}")
    @Status(HttpStatus.NO_CONTENT)
    public void reset(@Parameter(hidden = true) Caller caller, @PathVariable String action) {
        set.set(new SetPrice.Command(caller, BillableAction.parse("action", action), Optional.empty()));
    }
}
