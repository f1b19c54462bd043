package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.LanguageCode;
import io.chatnation.domain.messaging.MessageTemplate;
import io.chatnation.domain.messaging.TemplateId;
import io.chatnation.domain.messaging.TemplateName;
import java.util.List;
import java.util.Optional;

/** The message templates of the current organisation; a name is unique per language. */
public interface MessageTemplates {

    /** Ordered by name, then language. */
    List<MessageTemplate> list();

    Optional<MessageTemplate> find(TemplateId id);

    Optional<MessageTemplate> find(TemplateName name, LanguageCode language);

    void add(MessageTemplate template);

    void update(MessageTemplate template);

    boolean delete(TemplateId id);
}
