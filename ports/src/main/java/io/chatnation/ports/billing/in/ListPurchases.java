package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;

/** The organisation's purchases, newest first. */
public interface ListPurchases {
    Page<Purchase> list(Caller caller, PageRequest page);
}
