package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.Caller;
import java.util.Optional;

/** The organisation's contact settings: the region of locally written phone numbers. */
public interface ConfigureContacts {

    Optional<PhoneRegion> defaultRegion(Caller caller);

    PhoneRegion setDefaultRegion(Caller caller, PhoneRegion region);
}
