package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;

/**
 * What {@code quantity} units of an action cost an organisation at its prices, for a module to size the estimate
 * it reserves (a campaign of 2,500 recipients) or the amount it debits.
 */
public interface QuoteCost {
    TokenAmount quote(OrgId org, BillableAction action, long quantity);
}
