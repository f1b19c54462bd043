package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.Price;
import io.chatnation.domain.billing.PriceList;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives the caller's organisation its own price for an action, or (with an empty price) puts it back on the
 * platform default. Prices are the platform's to set: needs {@code platform:operate}; audited.
 */
public interface SetPrice {

    Price set(Command command);

    record Command(Caller caller, BillableAction action, Optional<TokenAmount> price) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(price, "price");
            price.ifPresent(p -> PriceList.checkedPrice("tokens", p));
        }
    }
}
