package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.alert.AutoRefill;
import java.util.Optional;

/** The current organisation's auto-refill setting. */
public interface AutoRefills {

    Optional<AutoRefill> find();

    void save(AutoRefill setting);
}
