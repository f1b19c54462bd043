package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.RoutingSettings;
import java.time.Instant;
import java.util.Optional;

/** The current organisation's messaging settings: how its bot answers on its own. */
public interface MessagingSettings {

    /** Empty until the organisation saves settings of its own. */
    Optional<RoutingSettings> routing();

    void saveRouting(RoutingSettings settings, Instant at);
}
