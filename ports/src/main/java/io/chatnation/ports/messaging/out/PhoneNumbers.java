package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.PhoneNumber;
import java.util.Optional;

/** Turns a number as people write it ({@code 0712 345 678}, {@code +44 7400 123456}) into E.164. */
public interface PhoneNumbers {

    /**
     * @param field  the input field to name when the number is not a valid one
     * @param region the region of numbers written without a country code; without one, only international
     *               numbers are accepted
     * @throws io.chatnation.domain.shared.InvalidInput naming {@code field}
     */
    PhoneNumber normalise(String field, String raw, Optional<PhoneRegion> region);
}
