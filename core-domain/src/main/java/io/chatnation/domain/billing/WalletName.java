package io.chatnation.domain.billing;

import io.chatnation.domain.shared.HumanText;

/** What people call a wallet ("Main", "Marketing", "Nairobi Expo 2026"); unique per organisation, ignoring case. */
public record WalletName(String value) {

    public static final int MAX_LENGTH = 60;
    public static final WalletName MAIN = new WalletName("Main");

    public WalletName {
        value = HumanText.checked("name", value, MAX_LENGTH);
    }

    public static WalletName of(String field, String raw) {
        return new WalletName(HumanText.checked(field, raw, MAX_LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}
