package io.chatnation.adapter.formats.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.PhoneNumbers;
import java.util.Optional;

/** Google's libphonenumber: the dialling plans of every country, so {@code 0712 345 678} in KE is {@code +254712345678}. */
public final class LibPhoneNumbers implements PhoneNumbers {

    private static final int LONGEST_WRITTEN = 40;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Override
    public PhoneNumber normalise(String field, String raw, Optional<PhoneRegion> region) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String written = raw.strip();
        if (written.length() > LONGEST_WRITTEN) {
            throw InvalidInput.of(field, "is too long to be a phone number");
        }
        // Only "+" announces a country code everywhere; the dialling-out prefix (00 in GB, 000 in KE) is the
        // region's own, which libphonenumber knows once it has the region.
        boolean international = written.startsWith("+");
        if (!international && region.isEmpty()) {
            throw InvalidInput.of(field, "'" + written + "' has no country code and the organisation has no default region:"
                    + " write it as +<country code><number> or set a default region");
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(written, region.map(PhoneRegion::code).orElse("ZZ"));
        } catch (NumberParseException e) {
            throw InvalidInput.of(field, "'" + written + "' is not a phone number");
        }
        if (!UTIL.isValidNumber(parsed)) {
            throw InvalidInput.of(field, "'" + written + "' is not a valid phone number"
                    + region.filter(r -> !international).map(r -> " in " + r.code()).orElse(""));
        }
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
    }
}
