package io.chatnation.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @Test
    void accepts_e164_and_gives_the_digits_whatsapp_writes() {
        PhoneNumber number = PhoneNumber.of("phone", " +254712345678 ");

        assertThat(number.e164()).isEqualTo("+254712345678");
        assertThat(number.digits()).isEqualTo("254712345678");
        assertThat(number).hasToString("+254712345678");
    }

    @Test
    void reads_whatsapps_bare_digits() {
        assertThat(PhoneNumber.fromDigits("from", "254712345678")).isEqualTo(new PhoneNumber("+254712345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0712345678", "254712345678", "+0712345678", "+25471234567890123", "+2547123x5678",
            "+254 712 345 678", "+12345", ""})
    void refuses_what_is_not_e164_naming_the_field(String raw) {
        assertThatThrownBy(() -> PhoneNumber.of("contact.phone", raw))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("contact.phone"));
    }

    @Test
    void bare_digits_must_not_carry_a_plus() {
        assertThatThrownBy(() -> PhoneNumber.fromDigits("from", "+254712345678")).isInstanceOf(InvalidInput.class);
    }
}
