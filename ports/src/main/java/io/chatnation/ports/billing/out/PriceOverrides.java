package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The current organisation's own prices, where they differ from the platform's. */
public interface PriceOverrides {

    Map<BillableAction, TokenAmount> all();

    void put(BillableAction action, TokenAmount price, Optional<UUID> setBy, Instant at);

    /** @return false when there was no override */
    boolean remove(BillableAction action);
}
