package io.chatnation.adapter.web.billing.purchase;

import io.chatnation.adapter.web.shared.Problem;
import io.chatnation.adapter.web.shared.ProblemResponses;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The provider refused or could not be reached: 502, with the provider's reason (the purchase is recorded as
 * failed, so the client may simply start another).
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public final class PaymentProviderFailedHandler implements ExceptionHandler<PaymentProviderFailed, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, PaymentProviderFailed e) {
        return ProblemResponses.respond(request, HttpStatus.BAD_GATEWAY, "payment-provider-failed",
                e.provider().title() + " did not accept the payment request", e.getMessage(), null);
    }
}
