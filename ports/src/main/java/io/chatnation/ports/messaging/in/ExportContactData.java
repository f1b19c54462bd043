package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ConsentChange;
import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.out.ContactDirectory.MessageRecord;
import java.util.List;

/** Everything kept about one contact, for their data access request. */
public interface ExportContactData {

    ContactData export(Caller caller, ContactId id);

    record ContactData(ContactDetails contact, List<ConsentChange> consentHistory, List<MessageRecord> messages) {}
}
