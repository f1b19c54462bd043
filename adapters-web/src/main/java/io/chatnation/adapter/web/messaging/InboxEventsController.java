package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.CallerBinder;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.in.WatchInbox;
import io.chatnation.ports.messaging.out.InboxFeed;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.reactivestreams.Publisher;

/**
 * Live inbox events over Server-Sent Events. A browser's EventSource cannot send an Authorization header, so the
 * dashboard first asks for a ticket with its bearer token and opens the stream with {@code ?ticket=}: a signed token
 * that lives a minute and opens this stream only ({@link InboxEventTicket}). API clients may send their bearer token
 * or API key as usual instead.
 */
@Controller("/api/v1/inbox/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Messaging: inbox")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class InboxEventsController {

    @Serdeable
    record TicketResponse(String ticket, long expiresIn) {}

    private final WatchInbox watch;
    private final TokenGenerator tokens;
    private final Clock clock;
    private final int bufferCapacity;
    private final long heartbeatSeconds;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "inbox-heartbeats");
        t.setDaemon(true);
        return t;
    });

    public InboxEventsController(WatchInbox watch, TokenGenerator tokens, Clock clock,
                                 @Value("${chatnation.inbox.events.buffer:256}") int bufferCapacity,
                                 @Value("${chatnation.inbox.events.heartbeat:15s}") Duration heartbeat) {
        this.watch = watch;
        this.tokens = tokens;
        this.clock = clock;
        this.bufferCapacity = bufferCapacity;
        this.heartbeatSeconds = Math.max(1, heartbeat.toSeconds());
    }

    @Operation(summary = "Live changes to the organisation's inbox as Server-Sent Events: 'ready' once listening, then "
            + "'message' (a message arrived, was sent or changed status) and 'conversation' (its state changed), each "
            + "with the conversation's and message's ids; 'resync' when events were dropped; heartbeat comments")
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Publisher<Event<?>> events(@Parameter(hidden = true) Caller caller) {
        InboxEventStream stream = new InboxEventStream(bufferCapacity, heartbeats, heartbeatSeconds);
        InboxFeed.Subscription subscription = watch.watch(caller, stream::offer);
        stream.onClose(subscription::close);
        return stream;
    }

    @Operation(summary = "A ticket that opens the event stream for a minute: GET /api/v1/inbox/events?ticket=…, for "
            + "browsers, whose EventSource cannot send an Authorization header")
    @Post("/tickets")
    public TicketResponse ticket(@Parameter(hidden = true) Caller caller) {
        if (caller.type() != ActorType.USER) {
            throw new AccessDenied("Tickets are for signed-in members; an API key opens the stream with its own header");
        }
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = Map.of(
                "sub", caller.actorId().toString(),
                "iss", "chatnation",
                "iat", now,
                "exp", now + InboxEventTicket.LIFETIME.toSeconds(),
                CallerBinder.ORG_CLAIM, caller.orgId().toString(),
                CallerBinder.ACTOR_CLAIM, ActorType.USER.code(),
                InboxEventTicket.USE_CLAIM, InboxEventTicket.USE);
        String ticket = tokens.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("No JWT signature is configured"));
        return new TicketResponse(ticket, InboxEventTicket.LIFETIME.toSeconds());
    }

    @PreDestroy
    void stop() {
        heartbeats.shutdownNow();
    }
}
