package io.chatnation.domain.billing.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0712345678", "+254712345678", "254712345678", "712345678", "+254 712 345 678", "0712-345-678"})
    void kenyan_mobile_numbers_are_read_as_mpesa_wants_them(String written) {
        assertThat(PayerPhone.parse("phone", written).msisdn()).isEqualTo("254712345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0201234567", "+15551234567", "07123", "phone", "2547123456789"})
    void other_numbers_are_refused_naming_the_field(String written) {
        assertThatThrownBy(() -> PayerPhone.parse("phone", written)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("phone"));
    }

    @Test
    void a_phone_is_shown_masked() {
        assertThat(PayerPhone.parse("phone", "0110345678").masked()).isEqualTo("254110***678");
    }

    @Test
    void money_is_exact_in_minor_units() {
        assertThat(Money.of(CurrencyCode.KES, new BigDecimal("2250"))).isEqualTo(Money.ofMinor(CurrencyCode.KES, 225000));
        assertThat(Money.of(CurrencyCode.USD, new BigDecimal("17.50")).minor()).isEqualTo(1750);
        assertThat(Money.ofMinor(CurrencyCode.KES, 225050).isWhole()).isFalse();
        assertThat(Money.ofMinor(CurrencyCode.KES, 225000).isWhole()).isTrue();
        assertThatThrownBy(() -> Money.of(CurrencyCode.USD, new BigDecimal("1.005"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Money.ofMinor(CurrencyCode.USD, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void providers_currencies_and_bundle_codes_parse_with_field_errors() {
        assertThat(PaymentProvider.parse("provider", " MPESA ")).isEqualTo(PaymentProvider.MPESA);
        assertThatThrownBy(() -> PaymentProvider.parse("provider", "paypal")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.getMessage()).contains("mpesa, stripe, sandbox"));
        assertThat(CurrencyCode.parse("currency", "usd")).isEqualTo(CurrencyCode.USD);
        assertThatThrownBy(() -> CurrencyCode.parse("currency", "EUR")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new BundleCode("no spaces")).isInstanceOf(InvalidInput.class);
        assertThat(PaymentProvider.MPESA.accepts(CurrencyCode.USD)).isFalse();
        assertThat(PaymentProvider.MPESA.actorId()).isNotEqualTo(PaymentProvider.STRIPE.actorId());
    }
}
