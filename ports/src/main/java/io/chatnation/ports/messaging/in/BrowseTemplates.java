package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.MessageTemplate;
import io.chatnation.domain.messaging.TemplateId;
import io.chatnation.domain.shared.Caller;
import java.util.List;

/** Reads the organisation's message templates, and shows how one reads for a contact. */
public interface BrowseTemplates {

    List<MessageTemplate> list(Caller caller);

    MessageTemplate show(Caller caller, TemplateId id);

    /** The body filled with the contact's fields, as the variables name them. */
    String preview(Caller caller, TemplateId id, ContactId contact);

    /** The body filled with the given values, {{1}} first. */
    String preview(Caller caller, TemplateId id, List<String> values);
}
