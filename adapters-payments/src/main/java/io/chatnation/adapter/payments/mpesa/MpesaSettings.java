package io.chatnation.adapter.payments.mpesa;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How this platform talks to Daraja: the app's consumer key and secret, the Lipa na M-Pesa shortcode and
 * its passkey, where Daraja lives, and the public https address Daraja calls back on.
 *
 * @param callbackPath     where on {@code callbackBaseUrl} the platform takes STK Push results; the endpoint is
 *                         the web adapter's, so the wiring names it rather than this module guessing it
 * @param partyB           the shortcode or till number that receives the money (the shortcode for paybills)
 * @param accountReference what the payer sees as the account paid to (at most 12 characters)
 */
public record MpesaSettings(String consumerKey, String consumerSecret, String shortcode, String passkey, URI baseUrl,
                            URI callbackBaseUrl, String callbackPath, String transactionType, String partyB,
                            String accountReference, Duration timeout) {

    public static final URI SANDBOX_BASE_URL = URI.create("https://sandbox.safaricom.co.ke");
    private static final Set<String> TRANSACTION_TYPES = Set.of("CustomerPayBillOnline", "CustomerBuyGoodsOnline");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    public MpesaSettings {
        required("consumer-key", consumerKey);
        required("consumer-secret", consumerSecret);
        required("passkey", passkey);
        if (shortcode == null || !shortcode.matches("\\d{5,7}")) {
            throw new IllegalArgumentException("chatnation.payments.mpesa.shortcode must be a 5 to 7 digit shortcode");
        }
        baseUrl = baseUrl == null ? SANDBOX_BASE_URL : baseUrl;
        Objects.requireNonNull(callbackBaseUrl, "chatnation.payments.mpesa.callback-base-url is required");
        // Daraja calls back only on https addresses, and the secret in the path must not travel in the clear.
        if (!"https".equals(callbackBaseUrl.getScheme())) {
            throw new IllegalArgumentException("chatnation.payments.mpesa.callback-base-url must be an https address");
        }
        if (callbackPath == null || !PATH.matcher(callbackPath).matches()) {
            throw new IllegalArgumentException("the M-Pesa callback path must be an absolute path, not " + callbackPath);
        }
        transactionType = transactionType == null || transactionType.isBlank() ? "CustomerPayBillOnline" : transactionType;
        if (!TRANSACTION_TYPES.contains(transactionType)) {
            throw new IllegalArgumentException("chatnation.payments.mpesa.transaction-type must be one of " + TRANSACTION_TYPES);
        }
        partyB = partyB == null || partyB.isBlank() ? shortcode : partyB;
        if (!partyB.matches("\\d{5,7}")) {
            throw new IllegalArgumentException("chatnation.payments.mpesa.party-b must be a 5 to 7 digit shortcode or till");
        }
        accountReference = accountReference == null || accountReference.isBlank() ? "ChatNation" : accountReference;
        if (accountReference.length() > 12) {
            throw new IllegalArgumentException("chatnation.payments.mpesa.account-reference must be at most 12 characters");
        }
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }

    /** The address Daraja calls back on for the purchase whose secret path segment is {@code token}. */
    public String callbackUrl(String token) {
        String base = callbackBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + callbackPath + "/" + token;
    }

    private static void required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("chatnation.payments.mpesa." + name + " is required");
        }
    }

    @Override
    public String toString() {
        return "MpesaSettings[shortcode=" + shortcode + ", baseUrl=" + baseUrl + ", callbackBaseUrl=" + callbackBaseUrl + "]";
    }
}
