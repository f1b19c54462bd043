package io.chatnation.adapter.web.billing.purchase;

import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.TokenBundle;
import io.chatnation.ports.billing.in.ListTokenBundles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The JSON shapes of bundles and purchases. Amounts are decimal strings, so no client rounds them through a float. */
final class PurchaseResponses {

    private PurchaseResponses() {}

    @Serdeable
    record PriceResponse(String currency, String amount) {
        static PriceResponse of(Money m) {
            return new PriceResponse(m.currency().name(), m.major().toPlainString());
        }
    }

    @Serdeable
    record BundleResponse(String code, String name, String tokens, List<PriceResponse> prices) {
        static BundleResponse of(TokenBundle b) {
            return new BundleResponse(b.code().value(), b.name(), b.tokens().toString(),
                    b.prices().stream().map(PriceResponse::of).toList());
        }
    }

    @Serdeable
    record ProviderResponse(String code, String name, List<String> currencies, boolean needsPhone) {
        static ProviderResponse of(PaymentProvider p) {
            return new ProviderResponse(p.code(), p.title(), Arrays.stream(CurrencyCode.values()).filter(p::accepts)
                    .map(Enum::name).toList(), p.needsPayerPhone());
        }
    }

    /** @param providers the payment providers offered here; {@code defaultProvider} is used when a purchase names none */
    @Serdeable
    record CatalogueResponse(List<BundleResponse> data, List<ProviderResponse> providers, @Nullable String defaultProvider) {
        static CatalogueResponse of(ListTokenBundles.Catalogue c) {
            return new CatalogueResponse(c.bundles().stream().map(BundleResponse::of).toList(),
                    c.providers().stream().map(ProviderResponse::of).toList(),
                    c.defaultProvider().map(PaymentProvider::code).orElse(null));
        }
    }

    /**
     * @param checkoutUrl where the payer pays, for providers with a hosted page (Stripe)
     * @param payerPhone  masked: enough to recognise the number
     */
    @Serdeable
    record PurchaseResponse(String id, String bundle, String tokens, String amount, String currency, String provider,
                            String status, @Nullable String failureReason, @Nullable String failureDetail,
                            @Nullable String payerPhone, @Nullable String providerReference, @Nullable String checkoutUrl,
                            @Nullable String receipt, String startedBy, Instant createdAt, Instant updatedAt,
                            @Nullable Instant settledAt) {
        static PurchaseResponse of(Purchase p) {
            return new PurchaseResponse(p.id().toString(), p.bundle().value(), p.tokens().toString(),
                    p.price().major().toPlainString(), p.price().currency().name(), p.provider().code(), p.status().name(),
                    p.failureReason().orElse(null), p.failureDetail().orElse(null),
                    p.payerPhone().map(PayerPhone::masked).orElse(null),
                    p.providerReference().map(ProviderReference::value).orElse(null), p.checkoutUrl().orElse(null),
                    p.receipt().orElse(null), p.startedBy().toString(), p.createdAt(), p.updatedAt(),
                    p.settledAt().orElse(null));
        }
    }
}
