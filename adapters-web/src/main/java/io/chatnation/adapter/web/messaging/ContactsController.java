package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.ColumnMapping;
import io.chatnation.domain.messaging.ConsentChange;
import io.chatnation.domain.messaging.ContactFilter;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ContactProfile;
import io.chatnation.domain.messaging.DuplicatePolicy;
import io.chatnation.domain.messaging.ImportRowError;
import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.messaging.in.BlockContact;
import io.chatnation.ports.messaging.in.ChangeContactConsent;
import io.chatnation.ports.messaging.in.ConfigureContacts;
import io.chatnation.ports.messaging.in.CreateContact;
import io.chatnation.ports.messaging.in.DeleteContact;
import io.chatnation.ports.messaging.in.EraseContact;
import io.chatnation.ports.messaging.in.ExportContactData;
import io.chatnation.ports.messaging.in.ExportContacts;
import io.chatnation.ports.messaging.in.ImportContacts;
import io.chatnation.ports.messaging.in.ListContacts;
import io.chatnation.ports.messaging.in.ShowContact;
import io.chatnation.ports.messaging.in.UpdateContact;
import io.chatnation.ports.messaging.out.ContactDirectory.MessageRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Controller("/api/v1/contacts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Messaging: contacts")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class ContactsController {

    /**
     * @param phone       as written: +254712345678, or 0712 345 678 with the organisation's default region
     * @param optInSource where the person agreed to be messaged; records an opt-in now when given
     */
    @Serdeable
    record CreateRequest(@Nullable String phone, @Nullable String name, @Nullable String language,
                         @Nullable List<String> labels, @Nullable Map<String, String> customFields,
                         @Nullable String notes, @Nullable String optInSource) {}

    /** Each part given replaces the current one; an empty text clears it. */
    @Serdeable
    record UpdateRequest(@Nullable String name, @Nullable String language, @Nullable List<String> labels,
                         @Nullable Map<String, String> customFields, @Nullable String notes) {}

    /** @param source where consent was given or withdrawn, e.g. "event desk form", "phone call" */
    @Serdeable
    record ConsentRequest(@Nullable String source) {}

    /** @param defaultRegion ISO 3166 country of numbers written without a country code, e.g. KE */
    @Serdeable
    record SettingsBody(@Nullable String defaultRegion) {}

    @Serdeable
    record RowError(long row, String column, String message) {
        static RowError of(ImportRowError e) {
            return new RowError(e.row(), e.column(), e.message());
        }
    }

    @Serdeable
    record ImportResponse(long rows, long created, long updated, long skipped, List<RowError> errors) {}

    @Serdeable
    record ConsentEntry(String change, String source, Instant at) {
        static ConsentEntry of(ConsentChange c) {
            return new ConsentEntry(c.optedOut() ? "opted_out" : "opted_in", c.source(), c.at());
        }
    }

    @Serdeable
    record MessageEntry(String direction, String type, String body, String status, Instant at) {
        static MessageEntry of(MessageRecord m) {
            return new MessageEntry(m.direction(), m.type(), m.body().orElse(null), m.status(), m.at());
        }
    }

    @Serdeable
    record ContactDataResponse(ContactResponse contact, List<ConsentEntry> consentHistory, List<MessageEntry> messages) {}

    private final ListContacts list;
    private final ShowContact show;
    private final CreateContact create;
    private final UpdateContact update;
    private final BlockContact block;
    private final ChangeContactConsent consent;
    private final DeleteContact delete;
    private final EraseContact erase;
    private final ExportContactData exportData;
    private final ExportContacts export;
    private final ImportContacts imports;
    private final ConfigureContacts configure;

    public ContactsController(ListContacts list, ShowContact show, CreateContact create, UpdateContact update,
                              BlockContact block, ChangeContactConsent consent, DeleteContact delete, EraseContact erase,
                              ExportContactData exportData, ExportContacts export, ImportContacts imports,
                              ConfigureContacts configure) {
        this.list = list;
        this.show = show;
        this.create = create;
        this.update = update;
        this.block = block;
        this.consent = consent;
        this.delete = delete;
        this.erase = erase;
        this.exportData = exportData;
        this.export = export;
        this.imports = imports;
        this.configure = configure;
    }

    @Operation(summary = "Contacts, newest first: search by name or phone, filter by label, consent and blocked state")
    @Get
    @ProblemDoc.BadRequest
    public ListResponse<ContactResponse> list(@Parameter(hidden = true) Caller caller, @Nullable @QueryValue String search,
                                              @Nullable @QueryValue String label, @Nullable @QueryValue String optedOut,
                                              @Nullable @QueryValue String blocked, @Nullable @QueryValue String cursor,
                                              @Nullable @QueryValue Integer limit) {
        Input input = new Input();
        Optional<Boolean> out = RequestValues.flag(input, "optedOut", optedOut);
        Optional<Boolean> isBlocked = RequestValues.flag(input, "blocked", blocked);
        ContactFilter filter = input.value(() -> new ContactFilter(Optional.ofNullable(search), Optional.ofNullable(label),
                out, isBlocked));
        PageRequest page = input.value(() -> PageRequest.of(cursor, limit));
        input.validate();
        return ListResponse.of(list.list(caller, filter, page), page.limit(), ContactResponse::of);
    }

    @Operation(summary = "Add a contact; a number without country code takes the organisation's default region")
    @Post
    @Status(HttpStatus.CREATED)
    @ProblemDoc.BadRequest
    @ProblemDoc.Conflict
    public ContactResponse create(@Parameter(hidden = true) Caller caller, @Body CreateRequest body) {
        Input input = new Input();
        ContactProfile profile = input.value(() -> new ContactProfile(Optional.ofNullable(body.name()),
                Optional.ofNullable(body.language()), body.labels() == null ? null : new LinkedHashSet<>(body.labels()),
                body.customFields(), Optional.ofNullable(body.notes())));
        input.field("phone", () -> RequestValues.required("phone", body.phone()));
        input.validate();
        return ContactResponse.of(create.create(new CreateContact.Command(caller, body.phone(), profile,
                Optional.ofNullable(body.optInSource()).filter(s -> !s.isBlank()))));
    }

    @Operation(summary = "The organisation's contact settings")
    @Get("/settings")
    public SettingsBody settings(@Parameter(hidden = true) Caller caller) {
        return new SettingsBody(configure.defaultRegion(caller).map(PhoneRegion::code).orElse(null));
    }

    @Operation(summary = "Set the default region of locally written phone numbers")
    @Put("/settings")
    @ProblemDoc.BadRequest
    public SettingsBody changeSettings(@Parameter(hidden = true) Caller caller, @Body SettingsBody body) {
        PhoneRegion region = PhoneRegion.parse("defaultRegion", body.defaultRegion());
        return new SettingsBody(configure.setDefaultRegion(caller, region).code());
    }

    @Operation(summary = "Import contacts from a UTF-8 CSV file (at most 1 MB here; the CLI takes any size). Rows with "
            + "a bad phone number or repeating an earlier row are reported and left out; a file that cannot be read "
            + "(not UTF-8, broken quoting, a mapped column missing) is rejected and nothing is written.")
    @Post(value = "/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN})
    @ProblemDoc.BadRequest
    public ImportResponse importCsv(@Parameter(hidden = true) Caller caller, @Body byte[] body,
                                    @Parameter(description = "column mapping, e.g. phone=Mobile,name=Full name,custom.city=Town")
                                    @Nullable @QueryValue String mapping,
                                    @Parameter(description = "update (default) or skip contacts whose number exists")
                                    @Nullable @QueryValue String onDuplicate,
                                    @Parameter(description = "region for numbers without country code; default: the organisation's")
                                    @Nullable @QueryValue String region) {
        return importSheet(caller, body == null ? new byte[0] : body, mapping, onDuplicate, region);
    }

    @Operation(summary = "Import contacts from a CSV file uploaded as the multipart form field 'file'; otherwise as the "
            + "text/csv import")
    @Post(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA)
    @ProblemDoc.BadRequest
    public ImportResponse importUpload(@Parameter(hidden = true) Caller caller, @Nullable CompletedFileUpload file,
                                       @Nullable @QueryValue String mapping, @Nullable @QueryValue String onDuplicate,
                                       @Nullable @QueryValue String region) throws java.io.IOException {
        if (file == null) {
            throw InvalidInput.of("file", "is required: the CSV as the multipart form field 'file'");
        }
        return importSheet(caller, file.getBytes(), mapping, onDuplicate, region);
    }

    private ImportResponse importSheet(Caller caller, byte[] body, String mapping, String onDuplicate, String region) {
        Input input = new Input();
        ColumnMapping columns = input.value(() -> ColumnMapping.parse(pairs(mapping)));
        DuplicatePolicy policy = input.field("onDuplicate", () -> DuplicatePolicy.parse("onDuplicate", onDuplicate));
        Optional<PhoneRegion> forFile = RequestValues.optional(input, "region", region, PhoneRegion::parse);
        input.validate();
        ImportContacts.Report report = imports.importSheet(new ImportContacts.Command(caller,
                new ByteArrayInputStream(body), columns, policy, forFile, null));
        return new ImportResponse(report.rows(), report.created(), report.updated(), report.skipped(),
                report.errors().stream().map(RowError::of).toList());
    }

    @Operation(summary = "Every contact as CSV, in the columns an import reads back")
    @Get(value = "/export", produces = "text/csv")
    public HttpResponse<String> exportCsv(@Parameter(hidden = true) Caller caller) {
        StringBuilder csv = new StringBuilder(ContactCsv.HEADER);
        export.export(caller, contact -> ContactCsv.row(csv, contact));
        return HttpResponse.ok(csv.toString()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"contacts.csv\"");
    }

    @Operation(summary = "One contact")
    @Get("/{contactId}")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ContactResponse show(@Parameter(hidden = true) Caller caller, @PathVariable String contactId) {
        return ContactResponse.of(show.show(caller, ContactId.of(contactId)));
    }

    @Operation(summary = "Change a contact's profile: name, language, labels, custom fields, notes")
    @Patch("/{contactId}")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ContactResponse update(@Parameter(hidden = true) Caller caller, @PathVariable String contactId,
                                  @Body UpdateRequest body) {
        ContactId id = ContactId.of(contactId);
        return ContactResponse.of(update.update(new UpdateContact.Command(caller, id, Optional.ofNullable(body.name()),
                Optional.ofNullable(body.language()),
                Optional.ofNullable(body.labels()).map(LinkedHashSet::new),
                Optional.ofNullable(body.customFields()), Optional.ofNullable(body.notes()))));
    }

    @Operation(summary = "Block a contact: nothing is sent to them")
    @Post("/{contactId}/block")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ContactResponse block(@Parameter(hidden = true) Caller caller, @PathVariable String contactId) {
        return ContactResponse.of(block.setBlocked(caller, ContactId.of(contactId), true));
    }

    @Operation(summary = "Lift a contact's block")
    @Post("/{contactId}/unblock")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ContactResponse unblock(@Parameter(hidden = true) Caller caller, @PathVariable String contactId) {
        return ContactResponse.of(block.setBlocked(caller, ContactId.of(contactId), false));
    }

    @Operation(summary = "Record that a contact opted in, and where")
    @Post("/{contactId}/opt-in")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ContactResponse optIn(@Parameter(hidden = true) Caller caller, @PathVariable String contactId,
                                 @Body ConsentRequest body) {
        return ContactResponse.of(consent.change(caller, ContactId.of(contactId), false, body.source()));
    }

    @Operation(summary = "Record that a contact opted out, and where")
    @Post("/{contactId}/opt-out")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ContactResponse optOut(@Parameter(hidden = true) Caller caller, @PathVariable String contactId,
                                  @Body ConsentRequest body) {
        return ContactResponse.of(consent.change(caller, ContactId.of(contactId), true, body.source()));
    }

    @Operation(summary = "Everything kept about a contact (their data access request): profile, consent history, messages")
    @Get("/{contactId}/data")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ContactDataResponse data(@Parameter(hidden = true) Caller caller, @PathVariable String contactId) {
        ExportContactData.ContactData data = exportData.export(caller, ContactId.of(contactId));
        return new ContactDataResponse(ContactResponse.of(data.contact()),
                data.consentHistory().stream().map(ConsentEntry::of).toList(),
                data.messages().stream().map(MessageEntry::of).toList());
    }

    @Operation(summary = "Erase a contact's personal data on their request; the audit trail keeps only that it happened")
    @Post("/{contactId}/erasure")
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public void erase(@Parameter(hidden = true) Caller caller, @PathVariable String contactId) {
        erase.erase(caller, ContactId.of(contactId));
    }

    @Operation(summary = "Remove a contact with their conversations and messages")
    @Delete("/{contactId}")
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public void delete(@Parameter(hidden = true) Caller caller, @PathVariable String contactId) {
        delete.delete(caller, ContactId.of(contactId));
    }

    /** {@code phone=Mobile,name=Full name}: pairs separated by commas, key and column by '='. */
    static Map<String, String> pairs(String mapping) {
        Map<String, String> out = new LinkedHashMap<>();
        if (mapping == null || mapping.isBlank()) {
            return out;
        }
        for (String pair : mapping.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw InvalidInput.of("mapping", "must be key=Column pairs separated by commas, e.g. phone=Mobile,name=Name");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1));
        }
        return out;
    }
}
