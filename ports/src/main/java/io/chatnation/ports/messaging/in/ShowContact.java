package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;

public interface ShowContact {
    ContactDetails show(Caller caller, ContactId id);
}
