package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.PriceList;
import io.chatnation.domain.shared.Caller;

/** What every costly action costs this organisation: the platform defaults and its own overrides. */
public interface ShowPriceList {
    PriceList show(Caller caller);
}
