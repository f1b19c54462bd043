package io.chatnation.domain.billing.purchase;

import io.chatnation.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/**
 * The Kenyan mobile number an M-Pesa payment prompt goes to, held as M-Pesa wants it: 254 and nine
 * digits, starting 2547 or 2541 (Safaricom's ranges). Accepts the ways people write it: +254 712 345 678,
 * 0712345678, 254712345678.
 */
public record PayerPhone(String msisdn) {

    private static final Pattern MSISDN = Pattern.compile("^254[17]\\d{8}$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

    public PayerPhone {
        if (msisdn == null || !MSISDN.matcher(msisdn).matches()) {
            throw InvalidInput.of("phone", "must be a Kenyan mobile number such as 0712345678 or +254712345678");
        }
    }

    public static PayerPhone parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String digits = SEPARATORS.matcher(raw.trim()).replaceAll("");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (digits.startsWith("0") && digits.length() == 10) {
            digits = "254" + digits.substring(1);
        } else if (digits.length() == 9 && (digits.startsWith("7") || digits.startsWith("1"))) {
            digits = "254" + digits;
        }
        try {
            return new PayerPhone(digits);
        } catch (InvalidInput e) {
            throw InvalidInput.of(field, "must be a Kenyan mobile number such as 0712345678 or +254712345678");
        }
    }

    /** For lists and the audit trail: enough to recognise the number, not enough to call it. */
    public String masked() {
        return msisdn.substring(0, 6) + "***" + msisdn.substring(9);
    }

    @Override
    public String toString() {
        return masked();
    }
}
