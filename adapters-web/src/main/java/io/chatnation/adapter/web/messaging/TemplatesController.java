package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.ContactField;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.LanguageCode;
import io.chatnation.domain.messaging.MessageTemplate;
import io.chatnation.domain.messaging.TemplateCategory;
import io.chatnation.domain.messaging.TemplateId;
import io.chatnation.domain.messaging.TemplateLayout;
import io.chatnation.domain.messaging.TemplateName;
import io.chatnation.domain.messaging.TemplateStatus;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.ports.messaging.in.BrowseTemplates;
import io.chatnation.ports.messaging.in.ManageTemplates;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Controller("/api/v1/templates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Messaging: templates")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class TemplatesController {

    /** @param buttons the buttons' labels, at most ten */
    @Serdeable
    record Components(@Nullable String header, @Nullable String body, @Nullable String footer,
                      @Nullable List<String> buttons) {}

    /**
     * @param category  MARKETING, UTILITY or AUTHENTICATION
     * @param variables the contact field that fills each body variable, {{1}} first: name, phone or custom.&lt;field&gt;
     * @param status    PENDING (default), APPROVED, REJECTED or PAUSED, as WhatsApp's review decided
     */
    @Serdeable
    record TemplateRequest(@Nullable String name, @Nullable String language, @Nullable String category,
                           @Nullable Components components, @Nullable List<String> variables,
                           @Nullable String status) {}

    @Serdeable
    record TemplateResponse(String id, String name, String language, String category, Components components,
                            List<String> variables, String status, Instant createdAt, Instant updatedAt) {
        static TemplateResponse of(MessageTemplate t) {
            TemplateLayout l = t.layout();
            return new TemplateResponse(t.id().toString(), t.name().value(), t.language().value(), t.category().name(),
                    new Components(l.header().orElse(null), l.body(), l.footer().orElse(null), l.buttons()),
                    t.variables().stream().map(ContactField::value).toList(), t.status().name(), t.createdAt(),
                    t.updatedAt());
        }
    }

    /** Either a contact whose fields fill the variables, or the values themselves, {{1}} first. */
    @Serdeable
    record PreviewRequest(@Nullable String contactId, @Nullable List<String> values) {}

    @Serdeable
    record PreviewResponse(String body) {}

    private final BrowseTemplates browse;
    private final ManageTemplates manage;

    public TemplatesController(BrowseTemplates browse, ManageTemplates manage) {
        this.browse = browse;
        this.manage = manage;
    }

    @Operation(summary = "The organisation's message templates, by name and language")
    @Get
    public ListResponse<TemplateResponse> list(@Parameter(hidden = true) Caller caller) {
        List<TemplateResponse> templates = browse.list(caller).stream().map(TemplateResponse::of).toList();
        return new ListResponse<>(templates, new ListResponse.Meta(null, templates.size()));
    }

    @Operation(summary = "One message template")
    @Get("/{templateId}")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public TemplateResponse show(@Parameter(hidden = true) Caller caller, @PathVariable String templateId) {
        return TemplateResponse.of(browse.show(caller, TemplateId.of(templateId)));
    }

    @Operation(summary = "Add a message template; its name is unique per language")
    @Post
    @Status(HttpStatus.CREATED)
    @ProblemDoc.BadRequest
    @ProblemDoc.Conflict
    public TemplateResponse create(@Parameter(hidden = true) Caller caller, @Body TemplateRequest body) {
        return TemplateResponse.of(manage.create(caller, definition(body)));
    }

    @Operation(summary = "Replace a message template: every part is taken from the request")
    @Put("/{templateId}")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @ProblemDoc.Conflict
    public TemplateResponse update(@Parameter(hidden = true) Caller caller, @PathVariable String templateId,
                                   @Body TemplateRequest body) {
        TemplateId id = TemplateId.of(templateId);
        return TemplateResponse.of(manage.update(caller, id, definition(body)));
    }

    @Operation(summary = "Remove a message template")
    @Delete("/{templateId}")
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public void delete(@Parameter(hidden = true) Caller caller, @PathVariable String templateId) {
        manage.delete(caller, TemplateId.of(templateId));
    }

    @Operation(summary = "The template's body as a contact would read it: filled with the contact's fields "
            + "({\"contactId\": …}) or with explicit values ({\"values\": […]})")
    @Post("/{templateId}/preview")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public PreviewResponse preview(@Parameter(hidden = true) Caller caller, @PathVariable String templateId,
                                   @Body PreviewRequest body) {
        TemplateId id = TemplateId.of(templateId);
        if ((body.contactId() == null) == (body.values() == null)) {
            throw InvalidInput.of("contactId", "give either a contactId or the values, not both or neither");
        }
        if (body.contactId() != null) {
            return new PreviewResponse(browse.preview(caller, id, ContactId.of(body.contactId())));
        }
        return new PreviewResponse(browse.preview(caller, id, body.values()));
    }

    private static ManageTemplates.Definition definition(TemplateRequest body) {
        Input input = new Input();
        TemplateName name = input.field("name", () -> new TemplateName(RequestValues.required("name", body.name())));
        LanguageCode language = input.field("language", () -> new LanguageCode(body.language()));
        TemplateCategory category = input.value(() -> TemplateCategory.parse("category", body.category()));
        TemplateStatus status = input.value(() -> body.status() == null ? TemplateStatus.PENDING
                : TemplateStatus.parse("status", body.status()));
        TemplateLayout layout = input.value(() -> {
            if (body.components() == null) {
                throw InvalidInput.of("components.body", "is required");
            }
            Components c = body.components();
            return new TemplateLayout(Optional.ofNullable(c.header()), c.body(), Optional.ofNullable(c.footer()),
                    c.buttons());
        });
        List<ContactField> variables = new ArrayList<>();
        List<String> raw = body.variables() == null ? List.of() : body.variables();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            variables.add(input.field("variables[" + i + "]", () -> new ContactField(value)));
        }
        input.validate();
        return new ManageTemplates.Definition(name, language, category, layout, variables, status);
    }
}
