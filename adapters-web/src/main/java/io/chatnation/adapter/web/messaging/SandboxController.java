package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.messaging.in.ShowSandboxThread;
import io.chatnation.ports.messaging.in.WriteFromSandboxPhone;
import io.chatnation.ports.messaging.out.SandboxDeliveries.ThreadMessage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sandbox phone: write to an organisation's sandbox number as a person would, and read the thread as that
 * person's phone shows it. What is written takes the inbound pipeline of a real number, replies included.
 */
@Controller("/api/v1/sandbox/{accountId}/messages")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Messaging: sandbox phone")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class SandboxController {

    /**
     * @param from      the phone that writes, in any format the organisation's region reads (e.g. 0712 345 678)
     * @param text      typed text; or instead
     * @param buttonId  the id of a reply button the bot offered this phone; or instead
     * @param listRowId the id of a list row the bot offered this phone
     */
    @Serdeable
    record WriteRequest(@Nullable String from, @Nullable String text, @Nullable String buttonId,
                        @Nullable String listRowId) {}

    /** The message as stored; the bot's answer follows in the thread once a worker has routed it. */
    @Serdeable
    record WrittenResponse(String id, String from, String type) {}

    private final WriteFromSandboxPhone write;
    private final ShowSandboxThread thread;

    public SandboxController(WriteFromSandboxPhone write, ShowSandboxThread thread) {
        this.write = write;
        this.thread = thread;
    }

    @Operation(summary = "Write to the sandbox number from a simulated phone: text, or a tap on a button or list row "
            + "the bot offered. Stored and routed like a message from WhatsApp.")
    @Post
    @Status(HttpStatus.ACCEPTED)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public WrittenResponse write(@Parameter(hidden = true) Caller caller, @PathVariable String accountId,
                                 @Body WriteRequest body) {
        Input input = new Input();
        ChannelAccountId account = input.field("accountId", () -> ChannelAccountId.of(accountId));
        String from = input.field("from", () -> RequestValues.required("from", body.from()));
        WriteFromSandboxPhone.Say say = input.field("text", () -> sayOf(body));
        input.validate();
        var written = write.write(new WriteFromSandboxPhone.Command(caller, account, from, say));
        return new WrittenResponse(written.message().toString(), written.from().e164(), written.type());
    }

    @Operation(summary = "The thread of one simulated phone with the sandbox number, newest last, with the buttons "
            + "and lists of the bot's messages; meta.cursor fetches older messages")
    @Get
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ListResponse<SandboxMessageResponse> thread(@Parameter(hidden = true) Caller caller,
                                                       @PathVariable String accountId, @Nullable @QueryValue String phone,
                                                       @Nullable @QueryValue String cursor,
                                                       @Nullable @QueryValue Integer limit) {
        Input input = new Input();
        ChannelAccountId account = input.field("accountId", () -> ChannelAccountId.of(accountId));
        input.field("phone", () -> RequestValues.required("phone", phone));
        PageRequest page = input.value(() -> PageRequest.of(cursor, limit));
        input.validate();
        var shown = thread.show(caller, account, phone, page);
        List<SandboxMessageResponse> messages = new ArrayList<>(
                shown.messages().items().stream().map(SandboxMessageResponse::of).toList());
        // Read newest first (so a page is the latest messages), shown as a chat is: oldest at the top.
        Collections.reverse(messages);
        return new ListResponse<>(messages, new ListResponse.Meta(shown.messages().nextCursor().orElse(null), page.limit()));
    }

    private static WriteFromSandboxPhone.Say sayOf(WriteRequest body) {
        long given = Stream.of(body.text(), body.buttonId(), body.listRowId()).filter(v -> v != null && !v.isBlank()).count();
        if (given != 1) {
            throw InvalidInput.of("text", "give exactly one of text, buttonId or listRowId");
        }
        if (body.text() != null && !body.text().isBlank()) {
            return new WriteFromSandboxPhone.Text(body.text());
        }
        if (body.buttonId() != null && !body.buttonId().isBlank()) {
            return new WriteFromSandboxPhone.ButtonTap(body.buttonId().strip());
        }
        return new WriteFromSandboxPhone.ListPick(body.listRowId().strip());
    }

    /**
     * One message of the thread. {@code direction} is inbound (the phone wrote) or outbound (the bot or an agent
     * answered); {@code buttons} or {@code list} are what the phone can tap on an outbound message.
     */
    @Serdeable
    record SandboxMessageResponse(String id, String direction, String type, String body, String status, String at,
                                  @Nullable List<Choice> buttons, @Nullable ListMenuResponse list,
                                  @Nullable String error) {

        static SandboxMessageResponse of(ThreadMessage m) {
            List<Choice> buttons = null;
            ListMenuResponse list = null;
            if (m.interactive().orElse(null) instanceof OutboundContent.ReplyButtons offered) {
                buttons = offered.buttons().stream().map(b -> new Choice(b.id(), b.title(), null)).toList();
            } else if (m.interactive().orElse(null) instanceof OutboundContent.ListMenu menu) {
                list = new ListMenuResponse(menu.buttonLabel(), menu.sections().stream()
                        .map(s -> new Section(s.title().orElse(null), s.rows().stream()
                                .map(r -> new Choice(r.id(), r.title(), r.description().orElse(null))).toList()))
                        .toList());
            }
            return new SandboxMessageResponse(m.id().toString(), m.direction().name().toLowerCase(java.util.Locale.ROOT),
                    m.type(), m.body(), m.status(), m.at().toString(), buttons, list, m.error().orElse(null));
        }
    }

    @Serdeable
    record Choice(String id, String title, @Nullable String description) {}

    @Serdeable
    record Section(@Nullable String title, List<Choice> rows) {}

    @Serdeable
    record ListMenuResponse(String button, List<Section> sections) {}
}
