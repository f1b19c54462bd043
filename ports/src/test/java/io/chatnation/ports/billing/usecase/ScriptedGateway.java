package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.ports.billing.out.PaymentGateway;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A provider whose answers the test sets. */
final class ScriptedGateway implements PaymentGateway {

    final PaymentProvider provider;
    final List<PaymentRequest> requests = new ArrayList<>();
    final List<Purchase> queried = new ArrayList<>();
    Optional<String> refuseWith = Optional.empty();
    PaymentOutcome answer = new PaymentOutcome.StillPending("waiting");
    boolean unreachable;
    private int sequence;

    ScriptedGateway(PaymentProvider provider) {
        this.provider = provider;
    }

    @Override
    public PaymentProvider provider() {
        return provider;
    }

    @Override
    public Initiation initiate(PaymentRequest request) {
        requests.add(request);
        if (refuseWith.isPresent()) {
            throw new PaymentProviderFailed(provider, refuseWith.get());
        }
        return new Initiation(new ProviderReference(provider.code() + "-attempt-" + (++sequence)),
                provider == PaymentProvider.STRIPE ? Optional.of("https://checkout.example/" + sequence) : Optional.empty());
    }

    @Override
    public PaymentOutcome query(Purchase purchase) {
        queried.add(purchase);
        if (unreachable) {
            throw new PaymentProviderFailed(provider, provider.title() + " could not be reached");
        }
        return answer;
    }

    PaymentRequest lastRequest() {
        return requests.get(requests.size() - 1);
    }
}
