package io.chatnation.domain.billing;

import java.util.Locale;

/** Every organisation has exactly one main wallet; sub-wallets ring-fence budgets for a department or an event. */
public enum WalletKind {
    MAIN, SUB;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WalletKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
