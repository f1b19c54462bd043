package io.chatnation.adapter.web.billing;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.billing.in.ConfigureAutoRefill;
import io.chatnation.ports.billing.in.ShowAutoRefill;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;

@Controller("/api/v1/billing/auto-refill")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
@Tag(name = "Billing")
public class AutoRefillController {

    /** {@code phone} is masked: enough to recognise the number, not to call it. */
    @Serdeable
    public record AutoRefillResponse(boolean enabled, String bundle, String provider, @Nullable String phone,
                                     Instant updatedAt) {
        static AutoRefillResponse of(AutoRefill s) {
            return new AutoRefillResponse(s.enabled(), s.bundle().value(), s.provider().code(),
                    s.phone().map(PayerPhone::masked).orElse(null), s.updatedAt());
        }
    }

    @Serdeable
    record ConfigureRequest(@Nullable Object enabled, @Nullable String bundle, @Nullable String provider,
                            @Nullable String phone) {}

    private final ShowAutoRefill show;
    private final ConfigureAutoRefill configure;

    public AutoRefillController(ShowAutoRefill show, ConfigureAutoRefill configure) {
        this.show = show;
        this.configure = configure;
    }

    @Operation(summary = "What is bought automatically when the main wallet dips below its low-balance threshold")
    @ProblemDoc.NotFound
    @Get
    public AutoRefillResponse autoRefill(@Parameter(hidden = true) Caller caller) {
        return AutoRefillResponse.of(show.show(caller).orElseThrow(() -> new NotFound("Auto-refill has not been set up")));
    }

    @Operation(summary = "Set up auto-refill: one purchase of the bundle per dip below the threshold (M-Pesa needs the phone)")
    @ProblemDoc.BadRequest
    @Put
    public AutoRefillResponse configure(@Parameter(hidden = true) Caller caller, @Body ConfigureRequest body) {
        Input input = new Input();
        var enabled = input.field("enabled", () -> {
            if (!(body.enabled() instanceof Boolean flag)) {
                throw InvalidInput.of("enabled", "must be true or false");
            }
            return flag;
        });
        var bundle = input.field("bundle", () -> {
            if (body.bundle() == null || body.bundle().isBlank()) {
                throw InvalidInput.of("bundle", "is required");
            }
            return new BundleCode(body.bundle().trim());
        });
        var provider = input.field("provider", () -> PaymentProvider.parse("provider", body.provider()));
        var phone = input.field("phone", () -> body.phone() == null || body.phone().isBlank() ? Optional.<PayerPhone>empty()
                : Optional.of(PayerPhone.parse("phone", body.phone())));
        input.validate();
        return AutoRefillResponse.of(configure.configure(new ConfigureAutoRefill.Command(caller, enabled, bundle, provider, phone)));
    }
}
