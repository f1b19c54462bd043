package io.chatnation.adapter.web.billing;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.Tokens;
import io.chatnation.domain.billing.alert.AlertId;
import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.billing.in.ListNotifications;
import io.chatnation.ports.billing.in.MarkNotificationRead;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;

/** The dashboard's notifications: today the organisation's low-balance alerts, each with what auto-refill did. */
@Controller("/api/v1/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
@Tag(name = "Notifications")
public class NotificationsController {

    static final String LOW_BALANCE = "billing.low_balance";

    /**
     * One notification. {@code walletId}, {@code available} and {@code threshold} describe the dip; {@code recovered}
     * says the wallet has since climbed back above the threshold; {@code refill} what auto-refill did.
     */
    @Serdeable
    public record NotificationResponse(String id, String type, String title, String message, boolean read,
                                       @Nullable Instant readAt, Instant createdAt, String walletId, BigDecimal available,
                                       BigDecimal threshold, boolean recovered, String mail, RefillResponse refill) {
        static NotificationResponse of(LowBalanceAlert a) {
            return new NotificationResponse(a.id().toString(), LOW_BALANCE, a.title(), a.message(), a.isRead(),
                    a.readAt().orElse(null), a.raisedAt(), a.wallet().toString(), Tokens.shown(a.available()),
                    Tokens.shown(a.threshold()), a.recoveredAt().isPresent(), a.mail().code(), RefillResponse.of(a.refill()));
        }
    }

    @Serdeable
    public record RefillResponse(String state, @Nullable String purchaseId, @Nullable String reason) {
        static RefillResponse of(LowBalanceAlert.RefillOutcome r) {
            return new RefillResponse(r.state().code(), r.purchase().map(PurchaseId::toString).orElse(null),
                    r.reason().orElse(null));
        }
    }

    private final ListNotifications list;
    private final MarkNotificationRead markRead;

    public NotificationsController(ListNotifications list, MarkNotificationRead markRead) {
        this.list = list;
        this.markRead = markRead;
    }

    @Operation(summary = "The organisation's notifications, unread first, then newest first; page with the cursor")
    @ProblemDoc.BadRequest
    @Get
    public ListResponse<NotificationResponse> notifications(@Parameter(hidden = true) Caller caller,
                                                            @Nullable @QueryValue String cursor,
                                                            @Nullable @QueryValue Integer limit) {
        Input input = new Input();
        var page = input.value(() -> PageRequest.of(cursor, limit));
        input.validate();
        return ListResponse.of(list.list(caller, page), page.limit(), NotificationResponse::of);
    }

    @Operation(summary = "Mark a notification read (for everyone in the organisation); marking it again changes nothing")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    @Post("/{notificationId}/read")
    public NotificationResponse read(@Parameter(hidden = true) Caller caller, @PathVariable String notificationId) {
        Input input = new Input();
        var id = input.field("notificationId", () -> AlertId.of("notificationId", notificationId));
        input.validate();
        return NotificationResponse.of(markRead.markRead(caller, id));
    }
}
