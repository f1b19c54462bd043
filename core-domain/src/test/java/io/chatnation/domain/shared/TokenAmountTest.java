package io.chatnation.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenAmountTest {

    @Test
    void fractional_prices_add_up_exactly_where_doubles_would_drift() {
        TokenAmount perMessage = TokenAmount.parse("price", "0.1");
        TokenAmount total = TokenAmount.ZERO;
        for (int i = 0; i < 10; i++) {
            total = total.plus(perMessage);
        }
        assertThat(total).isEqualTo(TokenAmount.ofTokens(1));
        assertThat(total.milli()).isEqualTo(1000);
    }

    @Test
    void parses_and_prints_decimal_token_counts() {
        assertThat(TokenAmount.parse("amount", "12.5").milli()).isEqualTo(12_500);
        assertThat(TokenAmount.parse("amount", " 7 ").milli()).isEqualTo(7_000);
        assertThat(TokenAmount.parse("amount", "0.001").milli()).isEqualTo(1);
        assertThat(TokenAmount.parse("amount", "2.500").toString()).isEqualTo("2.5");
        assertThat(TokenAmount.ofMilli(1500).tokens()).isEqualByComparingTo("1.5");
        assertThat(TokenAmount.ofTokens(100).toString()).isEqualTo("100");
    }

    @Test
    void more_than_three_decimals_is_refused_not_rounded() {
        assertThatThrownBy(() -> TokenAmount.parse("amount", "0.0005"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(InvalidInput.FieldError::field).containsExactly("amount"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ten", "1e400", "1,5", "99999999999999999999"})
    void refuses_what_is_not_a_token_count(String raw) {
        assertThatThrownBy(() -> TokenAmount.parse("amount", raw)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void arithmetic_overflow_fails_instead_of_wrapping_around() {
        TokenAmount huge = TokenAmount.ofMilli(Long.MAX_VALUE);
        assertThatThrownBy(() -> huge.plus(TokenAmount.ofMilli(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> TokenAmount.ofTokens(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void compares_and_signs() {
        TokenAmount five = TokenAmount.ofTokens(5);
        TokenAmount two = TokenAmount.ofTokens(2);
        assertThat(two.isLessThan(five)).isTrue();
        assertThat(two.minus(five).isNegative()).isTrue();
        assertThat(five.times(3)).isEqualTo(TokenAmount.ofTokens(15));
        assertThat(TokenAmount.ZERO.isPositive()).isFalse();
        assertThat(five.compareTo(two)).isPositive();
    }
}
