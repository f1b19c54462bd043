package io.chatnation.domain.archfixturebilling;

import io.chatnation.domain.archfixtureevents.TicketPricing;

/** Billing asks events for a price while events asks billing for a tariff: a cycle between modules. */
public final class Tariff {

    public long charge(TicketPricing pricing) {
        return pricing.basePrice();
    }
}
