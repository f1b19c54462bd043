package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.ChannelAlert;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Uuids;
import io.chatnation.ports.messaging.in.ShowChannelAlerts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The organisation's notifications about its numbers, e.g. an access token WhatsApp no longer accepts. */
@Controller("/api/v1/messaging/alerts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
@Tag(name = "Messaging settings")
public class ChannelAlertsController {

    /** Shaped like the billing notifications ({@code id, type, title, message, read, readAt, createdAt}), plus the number. */
    @Serdeable
    record AlertResponse(String id, String type, String title, String message, boolean read, @Nullable Instant readAt,
                         Instant createdAt, String channelId) {
        static AlertResponse of(ChannelAlert a) {
            return new AlertResponse(a.id().toString(), a.code(), a.title(), a.message(), a.readAt().isPresent(),
                    a.readAt().orElse(null), a.raisedAt(), a.account().toString());
        }
    }

    @Serdeable
    record AlertList(List<AlertResponse> items) {}

    private final ShowChannelAlerts alerts;

    public ChannelAlertsController(ShowChannelAlerts alerts) {
        this.alerts = alerts;
    }

    @Operation(summary = "Alerts about the organisation's numbers, unread first, then newest first (at most 100)")
    @Get
    public AlertList list(@Parameter(hidden = true) Caller caller) {
        return new AlertList(alerts.alerts(caller).stream().map(AlertResponse::of).toList());
    }

    @Operation(summary = "Mark an alert read (for everyone in the organisation); marking it again changes nothing")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @Post("/{alertId}/read")
    public AlertResponse read(@Parameter(hidden = true) Caller caller, @PathVariable String alertId) {
        Input input = new Input();
        UUID id = input.field("alertId", () -> Uuids.parse("alertId", alertId));
        input.validate();
        return AlertResponse.of(alerts.markRead(caller, id));
    }
}
