package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.PhoneRegion;
import java.time.Instant;
import java.util.Optional;

/** The current organisation's contact settings: the region locally written numbers belong to. */
public interface ContactSettings {

    Optional<PhoneRegion> defaultRegion();

    void setDefaultRegion(PhoneRegion region, Instant now);
}
