package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.messaging.ContactMessagesController.SendRequest;
import io.chatnation.adapter.web.messaging.ContactMessagesController.SentResponse;
import io.chatnation.adapter.web.messaging.InboxResponses.ConversationResponse;
import io.chatnation.adapter.web.messaging.InboxResponses.MessageResponse;
import io.chatnation.adapter.web.messaging.InboxResponses.ThreadResponse;
import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.AssigneeFilter;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.ConversationStatus;
import io.chatnation.domain.messaging.InboxFilter;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.messaging.in.AssignConversation;
import io.chatnation.ports.messaging.in.ListInbox;
import io.chatnation.ports.messaging.in.ReopenConversation;
import io.chatnation.ports.messaging.in.ReplyToConversation;
import io.chatnation.ports.messaging.in.ResolveConversation;
import io.chatnation.ports.messaging.in.SetHumanTakeover;
import io.chatnation.ports.messaging.in.ShowConversation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import java.util.Optional;

/**
 * The agents' inbox: conversations, their threads, replies and the agents' moves on them. Reading takes
 * {@code contacts:read}; replying, takeover, resolving and assigning take {@code content:manage}.
 */
@Controller("/api/v1/inbox/conversations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Messaging: inbox")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class InboxController {

    /** {@code userId} of a member of the organisation. */
    @Serdeable
    record AssignRequest(@Nullable String userId) {}

    private final ListInbox list;
    private final ShowConversation show;
    private final ReplyToConversation reply;
    private final SetHumanTakeover takeover;
    private final ResolveConversation resolve;
    private final ReopenConversation reopen;
    private final AssignConversation assign;

    public InboxController(ListInbox list, ShowConversation show, ReplyToConversation reply, SetHumanTakeover takeover,
                           ResolveConversation resolve, ReopenConversation reopen, AssignConversation assign) {
        this.list = list;
        this.show = show;
        this.reply = reply;
        this.takeover = takeover;
        this.resolve = resolve;
        this.reopen = reopen;
        this.assign = assign;
    }

    @Operation(summary = "Conversations, latest message first: filter by status (open, resolved), the contact's label, "
            + "assignee (me, unassigned or a member's id) and unread; search the contact's name or number and the "
            + "messages' text")
    @Get
    @ProblemDoc.BadRequest
    public ListResponse<ConversationResponse> list(@Parameter(hidden = true) Caller caller,
                                                   @Nullable @QueryValue String status,
                                                   @Nullable @QueryValue String label,
                                                   @Nullable @QueryValue String assigned,
                                                   @Nullable @QueryValue String unread,
                                                   @Nullable @QueryValue String search,
                                                   @Nullable @QueryValue String cursor,
                                                   @Nullable @QueryValue Integer limit) {
        Input input = new Input();
        Optional<ConversationStatus> wantedStatus = RequestValues.optional(input, "status", status,
                ConversationStatus::parse);
        Optional<AssigneeFilter> wantedAssignee = RequestValues.optional(input, "assigned", assigned,
                AssigneeFilter::parse);
        Optional<Boolean> onlyUnread = RequestValues.flag(input, "unread", unread);
        InboxFilter filter = input.value(() -> new InboxFilter(wantedStatus, Optional.ofNullable(label), wantedAssignee,
                onlyUnread, Optional.ofNullable(search)));
        PageRequest page = input.value(() -> PageRequest.of(cursor, limit));
        input.validate();
        return ListResponse.of(list.list(caller, filter, page), page.limit(), ConversationResponse::of);
    }

    @Operation(summary = "A conversation and its latest messages, oldest first; meta.cursor fetches older ones. "
            + "Opening the thread marks the contact's messages read")
    @Get("/{conversationId}")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ThreadResponse thread(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId,
                                 @Nullable @QueryValue String cursor, @Nullable @QueryValue Integer limit) {
        Input input = new Input();
        ConversationId id = input.field("conversationId", () -> ConversationId.of(conversationId));
        PageRequest page = input.value(() -> PageRequest.of(cursor, limit));
        input.validate();
        ShowConversation.Thread thread = show.show(caller, id, page);
        // The store pages newest first; a chat reads oldest first.
        List<MessageResponse> messages = new ArrayList<>(
                thread.messages().items().stream()
                        .map(m -> MessageResponse.of(m, Optional.ofNullable(thread.media().get(m.id())))).toList());
        Collections.reverse(messages);
        return new ThreadResponse(ConversationResponse.of(thread.conversation()), messages,
                new InboxResponses.Meta(thread.messages().nextCursor().orElse(null), page.limit()));
    }

    @Operation(summary = "An agent's reply: free-form text within the 24-hour customer-service window, an approved "
            + "template at any time")
    @Post("/{conversationId}/messages")
    @Status(HttpStatus.CREATED)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @ProblemDoc.RuleViolated
    public SentResponse reply(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId,
                              @Body SendRequest body) {
        ConversationId id = ConversationId.of(conversationId);
        return SentResponse.of(reply.reply(caller, id, ContactMessagesController.what(body)));
    }

    @Operation(summary = "Take the conversation over from the bot: it stays silent while agents answer")
    @Post("/{conversationId}/takeover")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ConversationResponse takeOver(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId) {
        return ConversationResponse.of(takeover.set(caller, ConversationId.of(conversationId), true));
    }

    @Operation(summary = "Hand the conversation back to the bot")
    @Delete("/{conversationId}/takeover")
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public void handBack(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId) {
        takeover.set(caller, ConversationId.of(conversationId), false);
    }

    @Operation(summary = "Mark the conversation resolved; the contact's next message reopens it")
    @Post("/{conversationId}/resolve")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @ProblemDoc.Conflict
    public ConversationResponse resolve(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId) {
        return ConversationResponse.of(resolve.resolve(caller, ConversationId.of(conversationId)));
    }

    @Operation(summary = "Reopen a resolved conversation")
    @Post("/{conversationId}/reopen")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @ProblemDoc.Conflict
    public ConversationResponse reopen(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId) {
        return ConversationResponse.of(reopen.reopen(caller, ConversationId.of(conversationId)));
    }

    @Operation(summary = "Assign the conversation to a member of the organisation")
    @Put("/{conversationId}/assignee")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ConversationResponse assign(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId,
                                       @Body AssignRequest body) {
        Input input = new Input();
        ConversationId id = input.field("conversationId", () -> ConversationId.of(conversationId));
        UserId member = input.field("userId", () -> {
            if (RequestValues.blank(body.userId())) {
                throw InvalidInput.of("userId", "is required; to unassign, DELETE the assignee");
            }
            return UserId.of(body.userId().strip());
        });
        input.validate();
        return ConversationResponse.of(assign.assign(caller, id, Optional.of(member)));
    }

    @Operation(summary = "Take the conversation from whoever it is assigned to")
    @Delete("/{conversationId}/assignee")
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public void unassign(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId) {
        assign.assign(caller, ConversationId.of(conversationId), Optional.empty());
    }
}
