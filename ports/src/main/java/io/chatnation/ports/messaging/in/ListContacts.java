package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactFilter;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;

/** The organisation's contacts, newest first, filtered, a page at a time. */
public interface ListContacts {
    Page<ContactDetails> list(Caller caller, ContactFilter filter, PageRequest page);
}
