package io.chatnation.domain.billing;

import io.chatnation.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record WalletId(UUID value) {

    public WalletId {
        Objects.requireNonNull(value, "wallet id");
    }

    public static WalletId of(String field, String raw) {
        return new WalletId(Uuids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
