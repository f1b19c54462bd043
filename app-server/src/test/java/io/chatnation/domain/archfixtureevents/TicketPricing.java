package io.chatnation.domain.archfixtureevents;

import io.chatnation.domain.archfixturebilling.Tariff;

/** The events half of the cycle with {@link Tariff}. */
public final class TicketPricing {

    public long basePrice() {
        return 100;
    }

    public long priceWith(Tariff tariff) {
        return tariff.charge(this);
    }
}
