package io.chatnation.domain.billing;

import io.chatnation.domain.shared.TokenAmount;

/** What one organisation pays for an action, per {@link BillableAction#unitSize()} units. */
public record Price(BillableAction action, TokenAmount perUnit, boolean overridden) {

    public TokenAmount platformDefault() {
        return action.platformPrice();
    }
}
