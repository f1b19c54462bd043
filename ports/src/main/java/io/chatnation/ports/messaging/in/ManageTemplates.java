package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactField;
import io.chatnation.domain.messaging.LanguageCode;
import io.chatnation.domain.messaging.MessageTemplate;
import io.chatnation.domain.messaging.TemplateCategory;
import io.chatnation.domain.messaging.TemplateId;
import io.chatnation.domain.messaging.TemplateLayout;
import io.chatnation.domain.messaging.TemplateName;
import io.chatnation.domain.messaging.TemplateStatus;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import java.util.List;
import java.util.Objects;

/** Adds, changes and removes the organisation's message templates; every change is audited. */
public interface ManageTemplates {

    MessageTemplate create(Caller caller, Definition definition);

    MessageTemplate update(Caller caller, TemplateId id, Definition definition);

    void delete(Caller caller, TemplateId id);

    /** A whole template as its author writes it; an update replaces every part. */
    record Definition(TemplateName name, LanguageCode language, TemplateCategory category, TemplateLayout layout,
                      List<ContactField> variables, TemplateStatus status) {
        public Definition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(status, "status");
            variables = List.copyOf(variables);
            if (variables.size() != layout.variableCount()) {
                throw InvalidInput.of("variables", "must name " + layout.variableCount()
                        + " contact fields, one per variable of the body, not " + variables.size());
            }
        }
    }
}
