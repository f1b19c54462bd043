package io.chatnation.domain.billing.purchase;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/** The stable name of a token bundle, such as {@code starter}: what clients send to buy it. */
public record BundleCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,39}$");

    public BundleCode {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("bundle", "must be a bundle code such as 'starter'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
