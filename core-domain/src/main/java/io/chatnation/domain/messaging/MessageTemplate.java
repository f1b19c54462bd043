package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A WhatsApp message template of the organisation: the only kind of message that may open a conversation or reach a
 * contact outside the customer-service window, and only once WhatsApp approved it. Each body variable names the
 * contact field that personalises it, so a message to a contact can be filled in without asking for values.
 */
public record MessageTemplate(TemplateId id, TemplateName name, LanguageCode language, TemplateCategory category,
                              TemplateLayout layout, List<ContactField> variables, TemplateStatus status,
                              Instant createdAt, Instant updatedAt) {

    public MessageTemplate {
        Objects.requireNonNull(id, "id");
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

    public boolean isApproved() {
        return status == TemplateStatus.APPROVED;
    }

    /** The values of the body's variables for this contact, from the fields the variables name. */
    public List<String> valuesFor(ContactDetails contact) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            ContactField field = variables.get(i);
            Optional<String> value = field.of(contact);
            if (value.isEmpty()) {
                throw InvalidInput.of("variables[" + i + "]",
                        "the contact has no " + field + " to fill {{" + (i + 1) + "}}; give the values explicitly");
            }
            values.add(value.get());
        }
        return values;
    }

    /** The body as the contact reads it. */
    public String render(List<String> values) {
        return layout.render(values);
    }

    /** What goes to the provider: the template by name and language, the body's values in order. */
    public OutboundContent.Template toContent(List<String> values) {
        layout.render(values);
        List<TemplateComponent> components = values.isEmpty() ? List.of()
                : List.of(new TemplateComponent.Body(values.stream().map(TemplateParameter::text).toList()));
        return new OutboundContent.Template(name, language, components);
    }
}
