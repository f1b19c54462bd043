package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.LanguageCode;
import io.chatnation.domain.messaging.TemplateName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.ports.messaging.in.SendMessage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

@Controller("/api/v1/contacts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Messaging: contacts")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class ContactMessagesController {

    /**
     * Either {@code text} (free-form, only within 24 hours of the contact's last message) or {@code template} with its
     * {@code language} and optional {@code parameters} (the body's values, {{1}} first; without them the contact's
     * fields fill the variables).
     */
    @Serdeable
    record SendRequest(@Nullable String text, @Nullable String template, @Nullable String language,
                       @Nullable List<String> parameters) {}

    /** @param status sent, or failed with {@code error} saying why the provider refused it */
    @Serdeable
    record SentResponse(String id, String type, String body, String status, @Nullable String providerMessageId,
                        @Nullable String error) {
        static SentResponse of(SendMessage.SentMessage m) {
            return new SentResponse(m.id().value().toString(), m.type(), m.body(), m.status(),
                    m.providerMessageId().orElse(null), m.error().orElse(null));
        }
    }

    private final SendMessage send;

    public ContactMessagesController(SendMessage send) {
        this.send = send;
    }

    @Operation(summary = "Send a contact a message through the number they write to: free-form text within the "
            + "24-hour customer-service window, an approved template at any time")
    @Post("/{contactId}/messages")
    @Status(HttpStatus.CREATED)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @ProblemDoc.RuleViolated
    public SentResponse send(@Parameter(hidden = true) Caller caller, @PathVariable String contactId,
                             @Body SendRequest body) {
        ContactId contact = ContactId.of(contactId);
        return SentResponse.of(send.send(caller, contact, what(body)));
    }

    static SendMessage.What what(SendRequest body) {
        if ((body.text() == null) == (body.template() == null)) {
            throw InvalidInput.of("text", "give either text or a template, not both or neither");
        }
        if (body.text() != null) {
            return new SendMessage.FreeForm(body.text());
        }
        Input input = new Input();
        TemplateName name = input.field("template", () -> new TemplateName(body.template()));
        LanguageCode language = input.field("language", () -> new LanguageCode(body.language()));
        input.validate();
        return new SendMessage.Template(name, language, Optional.ofNullable(body.parameters()));
    }
}
