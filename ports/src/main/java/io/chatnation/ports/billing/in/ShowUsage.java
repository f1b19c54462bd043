package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.UsageLine;
import io.chatnation.domain.billing.UsagePeriod;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import java.util.List;
import java.util.Optional;

/** Tokens spent per day, module and action over a period (all wallets, or one). */
public interface ShowUsage {

    List<UsageLine> show(Query query);

    record Query(Caller caller, UsagePeriod period, Optional<WalletId> wallet) {}
}
