package io.chatnation.domain.billing.purchase;

import io.chatnation.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who takes the money. The sandbox takes none: it stands in for a real provider on a machine without one. */
public enum PaymentProvider {
    MPESA("mpesa", "M-Pesa", EnumSet.of(CurrencyCode.KES), CurrencyCode.KES, true),
    STRIPE("stripe", "Stripe", EnumSet.allOf(CurrencyCode.class), CurrencyCode.USD, false),
    SANDBOX("sandbox", "Sandbox", EnumSet.allOf(CurrencyCode.class), CurrencyCode.KES, false);

    private final String code;
    private final String title;
    private final Set<CurrencyCode> currencies;
    private final CurrencyCode defaultCurrency;
    private final boolean needsPayerPhone;
    private final UUID actorId;

    PaymentProvider(String code, String title, Set<CurrencyCode> currencies, CurrencyCode defaultCurrency,
                    boolean needsPayerPhone) {
        this.code = code;
        this.title = title;
        this.currencies = Set.copyOf(currencies);
        this.defaultCurrency = defaultCurrency;
        this.needsPayerPhone = needsPayerPhone;
        // A fixed identity per provider, so the audit trail shows which provider's notice changed a purchase.
        this.actorId = UUID.nameUUIDFromBytes(("chatnation:payments:" + code).getBytes(StandardCharsets.UTF_8));
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public boolean accepts(CurrencyCode currency) {
        return currencies.contains(currency);
    }

    public CurrencyCode defaultCurrency() {
        return defaultCurrency;
    }

    /** M-Pesa prompts the payer's phone, so a purchase through it names the phone. */
    public boolean needsPayerPhone() {
        return needsPayerPhone;
    }

    /** The actor recorded in the audit trail when this provider's notice changes a purchase. */
    public UUID actorId() {
        return actorId;
    }

    public static PaymentProvider parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String wanted = raw.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.code.equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "unknown payment provider '" + raw.trim() + "'; one of "
                        + Arrays.stream(values()).map(PaymentProvider::code).collect(Collectors.joining(", "))));
    }
}
