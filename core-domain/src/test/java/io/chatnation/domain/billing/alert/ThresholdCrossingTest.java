package io.chatnation.domain.billing.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ThresholdCrossingTest {

    @ParameterizedTest(name = "{0} -> {1} against {2}: {3}")
    @CsvSource({
            "100, 40, 50, DIPPED",
            "50, 49.999, 50, DIPPED",
            "40, 30, 50, NONE",
            "30, 40, 50, NONE",
            "40, 50, 50, RECOVERED",
            "40, 500, 50, RECOVERED",
            "100, 60, 50, NONE",
            "50, 50, 50, NONE",
            "100, 0, 0, NONE",
    })
    void a_dip_starts_only_when_a_posting_takes_available_below_the_threshold(String before, String after, String threshold,
                                                                               ThresholdCrossing expected) {
        assertThat(ThresholdCrossing.of(tokens(before), tokens(after), tokens(threshold))).isEqualTo(expected);
    }

    @Test
    void auto_refill_needs_a_phone_for_mpesa_and_refuses_a_checkout_page_nobody_is_there_to_pay() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertThatThrownBy(() -> new AutoRefill(true, new BundleCode("starter"), PaymentProvider.MPESA, Optional.empty(), now))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("phone"));
        assertThatThrownBy(() -> new AutoRefill(true, new BundleCode("starter"), PaymentProvider.STRIPE, Optional.empty(), now))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("provider"));
        assertThat(new AutoRefill(true, new BundleCode("starter"), PaymentProvider.SANDBOX,
                Optional.of(new PayerPhone("254712345678")), now).phone()).as("the sandbox prompts no phone").isEmpty();
    }

    private static TokenAmount tokens(String raw) {
        return TokenAmount.parse("tokens", raw);
    }
}
