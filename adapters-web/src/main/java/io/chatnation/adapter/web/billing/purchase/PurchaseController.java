package io.chatnation.adapter.web.billing.purchase;

import io.chatnation.adapter.web.billing.purchase.PurchaseResponses.CatalogueResponse;
import io.chatnation.adapter.web.billing.purchase.PurchaseResponses.PurchaseResponse;
import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.billing.in.ListPurchases;
import io.chatnation.ports.billing.in.ListTokenBundles;
import io.chatnation.ports.billing.in.ShowPurchase;
import io.chatnation.ports.billing.in.StartPurchase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

@Controller("/api/v1/billing")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = PurchaseController.TAG)
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class PurchaseController {

    static final String TAG = "Billing: token purchases";

    /**
     * @param provider mpesa, stripe or sandbox; the platform's default when absent
     * @param currency KES or USD; the provider's usual currency when absent
     * @param phone    the M-Pesa payer's phone, e.g. 0712345678
     */
    @Serdeable
    record PurchaseRequest(@Nullable String bundle, @Nullable String provider, @Nullable String currency,
                           @Nullable String phone) {}

    private final ListTokenBundles bundles;
    private final StartPurchase start;
    private final ListPurchases list;
    private final ShowPurchase show;

    public PurchaseController(ListTokenBundles bundles, StartPurchase start, ListPurchases list, ShowPurchase show) {
        this.bundles = bundles;
        this.start = start;
        this.list = list;
        this.show = show;
    }

    @Operation(summary = "The token bundles on sale, with their prices, and the payment providers offered")
    @Get("/bundles")
    public CatalogueResponse bundles(@Parameter(hidden = true) Caller caller) {
        return CatalogueResponse.of(bundles.list(caller));
    }

    @Operation(summary = "Buy a token bundle: starts a pending purchase and asks the provider to collect the price "
            + "(an M-Pesa prompt on the phone, or a Stripe checkout page at checkoutUrl). Tokens are credited when the "
            + "provider confirms the payment.")
    @Post("/purchase")
    @Status(HttpStatus.CREATED)
    @ProblemDoc.BadRequest
    @ProblemDoc.BadGateway
    public PurchaseResponse buy(@Parameter(hidden = true) Caller caller, @Body PurchaseRequest body) {
        Input input = new Input();
        BundleCode bundle = input.field("bundle", () -> {
            if (body.bundle() == null || body.bundle().isBlank()) {
                throw InvalidInput.of("bundle", "is required");
            }
            return new BundleCode(body.bundle());
        });
        Optional<PaymentProvider> provider = input.field("provider", () -> blank(body.provider())
                ? Optional.<PaymentProvider>empty() : Optional.of(PaymentProvider.parse("provider", body.provider())));
        Optional<CurrencyCode> currency = input.field("currency", () -> blank(body.currency())
                ? Optional.<CurrencyCode>empty() : Optional.of(CurrencyCode.parse("currency", body.currency())));
        Optional<PayerPhone> phone = input.field("phone", () -> blank(body.phone())
                ? Optional.<PayerPhone>empty() : Optional.of(PayerPhone.parse("phone", body.phone())));
        input.validate();
        return PurchaseResponse.of(start.start(new StartPurchase.Command(caller, bundle, provider, currency, phone)));
    }

    @Operation(summary = "The organisation's purchases, newest first")
    @Get("/purchases")
    @ProblemDoc.BadRequest
    public ListResponse<PurchaseResponse> purchases(@Parameter(hidden = true) Caller caller, @Nullable @QueryValue String cursor,
                                                    @Nullable @QueryValue Integer limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return ListResponse.of(list.list(caller, page), page.limit(), PurchaseResponse::of);
    }

    @Operation(summary = "One purchase: follow it from pending to paid (or cancelled, failed, expired)")
    @Get("/purchases/{purchaseId}")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public PurchaseResponse show(@Parameter(hidden = true) Caller caller, @PathVariable String purchaseId) {
        return PurchaseResponse.of(show.show(caller, PurchaseId.of(purchaseId)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
