package io.chatnation.domain.billing.purchase;

import io.chatnation.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record PurchaseId(UUID value) {

    public PurchaseId {
        Objects.requireNonNull(value, "purchase id");
    }

    public static PurchaseId of(String raw) {
        return new PurchaseId(Uuids.parse("purchaseId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
