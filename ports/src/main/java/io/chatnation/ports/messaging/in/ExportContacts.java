package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.shared.Caller;
import java.util.function.Consumer;

/** Streams every contact of the organisation, oldest first; answers how many. */
public interface ExportContacts {
    long export(Caller caller, Consumer<ContactDetails> sink);
}
