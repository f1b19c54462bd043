package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.shared.Caller;
import java.util.Optional;

/** The organisation's auto-refill setting; empty when it was never set. */
public interface ShowAutoRefill {
    Optional<AutoRefill> show(Caller caller);
}
