package io.chatnation.domain.shared;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form: {@code +}, a country code that does not start with 0, at most 15 digits in all.
 * Only the shape is checked here; turning a locally written number ({@code 0712 345 678}) into this form needs the
 * organisation's default region and is done where contacts are imported or typed in.
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    public PhoneNumber {
        e164 = checked("phone", e164);
    }

    public static PhoneNumber of(String field, String raw) {
        return new PhoneNumber(checked(field, raw));
    }

    /** WhatsApp writes numbers as bare digits ({@code 254712345678}): the E.164 number without its {@code +}. */
    public static PhoneNumber fromDigits(String field, String digits) {
        if (digits == null || digits.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String trimmed = digits.strip();
        if (trimmed.startsWith("+")) {
            throw InvalidInput.of(field, "must be digits only, without '+'");
        }
        return new PhoneNumber(checked(field, "+" + trimmed));
    }

    /** The number as WhatsApp's APIs write it: digits only, no {@code +}. */
    public String digits() {
        return e164.substring(1);
    }

    private static String checked(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String trimmed = raw.strip();
        if (!E164.matcher(trimmed).matches()) {
            throw InvalidInput.of(field, "must be an international number in E.164 form, such as +254712345678");
        }
        return trimmed;
    }

    @Override
    public String toString() {
        return e164;
    }
}
