package io.chatnation.adapter.formats.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.InvalidInput;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibPhoneNumbersTest {

    private final LibPhoneNumbers phones = new LibPhoneNumbers();

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource({
            "KE, 0712 345 678,    +254712345678",
            "KE, 0712-345-678,    +254712345678",
            "KE, +254 712 345678, +254712345678",
            "KE, 254712345678,    +254712345678",
            "NG, 0803 123 4567,   +2348031234567",
            "GB, 07400 123456,    +447400123456",
            "GB, (020) 7946 0958, +442079460958",
            "KE, +44 7400 123456, +447400123456",
            "KE, 000 44 7400 123456, +447400123456",
            "GB, 00254 712 345 678, +254712345678"})
    void local_and_international_numbers_become_e164(String region, String written, String e164) {
        assertThat(phones.normalise("phone", written, Optional.of(new PhoneRegion(region))).e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @CsvSource({"KE, 12345", "KE, not a number", "KE, 0712 345", "NG, 0803", "GB, 07400 12345678901"})
    void bad_numbers_name_the_field(String region, String written) {
        assertThatThrownBy(() -> phones.normalise("Mobile", written, Optional.of(new PhoneRegion(region))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("Mobile");
                    assertThat(e.errors().get(0).message()).contains(written.strip());
                });
    }

    @ParameterizedTest
    @CsvSource({"0712 345 678"})
    void a_local_number_without_a_region_is_refused_with_the_way_out(String written) {
        assertThatThrownBy(() -> phones.normalise("phone", written, Optional.empty()))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get(0).message()).contains("no default region"));
        assertThat(phones.normalise("phone", "+254712345678", Optional.empty()).e164()).isEqualTo("+254712345678");
    }
}
