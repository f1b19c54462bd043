package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.BusinessAccountId;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.TwilioAccountSid;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.in.ConnectChannelAccount;
import io.chatnation.ports.messaging.in.ListChannelAccounts;
import io.chatnation.ports.messaging.in.RemoveChannelAccount;
import io.chatnation.ports.messaging.in.ShowChannelAccount;
import io.chatnation.ports.messaging.in.ShowChannelAlerts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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

@Controller("/api/v1/channels")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Messaging: channel accounts")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class ChannelAccountsController {

    /**
     * @param provider      whatsapp_cloud (the default), twilio, or sandbox
     * @param phoneNumberId whatsapp_cloud: the Cloud API phone number id
     * @param wabaId        whatsapp_cloud: the WhatsApp Business Account id
     * @param displayNumber the number people write to, e.g. +254712345678 (twilio: the WhatsApp sender; sandbox: any
     *                      number of yours to simulate)
     * @param accessToken   whatsapp_cloud: a system user's access token for the number
     * @param appSecret     whatsapp_cloud: the Meta app's secret, which signs the webhooks
     * @param verifyToken   whatsapp_cloud: any string of yours, entered at Meta with the webhook URL
     * @param accountSid    twilio: the account SID (AC…)
     * @param authToken     twilio: the account's auth token, which authenticates sends and signs the webhooks
     */
    @Serdeable
    record ConnectRequest(@Nullable String provider, @Nullable String phoneNumberId, @Nullable String wabaId,
                          @Nullable String displayNumber, @Nullable String accessToken, @Nullable String appSecret,
                          @Nullable String verifyToken, @Nullable String accountSid, @Nullable String authToken) {}

    private final ConnectChannelAccount connect;
    private final ListChannelAccounts list;
    private final ShowChannelAccount show;
    private final RemoveChannelAccount remove;
    private final WebhookUrls urls;
    private final ShowChannelAlerts alerts;

    public ChannelAccountsController(ConnectChannelAccount connect, ListChannelAccounts list, ShowChannelAccount show,
                                     RemoveChannelAccount remove, WebhookUrls urls, ShowChannelAlerts alerts) {
        this.connect = connect;
        this.list = list;
        this.show = show;
        this.remove = remove;
        this.urls = urls;
        this.alerts = alerts;
    }

    @Operation(summary = "Connect a WhatsApp number (Cloud API, Twilio, or a sandbox number to try flows on): answers "
            + "the webhook URL to enter at the provider. The secrets are stored encrypted and never shown again.")
    @Post
    @Status(HttpStatus.CREATED)
    @ProblemDoc.BadRequest
    @ProblemDoc.Conflict
    public ChannelAccountResponse connect(@Parameter(hidden = true) Caller caller, @Body ConnectRequest body,
                                          @Parameter(hidden = true) HttpRequest<?> request) {
        Input input = new Input();
        ChannelProvider provider = input.field("provider", () -> ChannelProvider.parse("provider",
                body.provider() == null ? "whatsapp_cloud" : body.provider()));
        PhoneNumber displayNumber = input.field("displayNumber", () -> PhoneNumber.of("displayNumber", body.displayNumber()));
        if (provider == null) {
            input.validate();
        }
        // Each provider's fields are checked together with the common ones, so one answer names every field to fix.
        ConnectChannelAccount.Command command = switch (provider) {
            case WHATSAPP_CLOUD -> cloudApi(input, caller, body, displayNumber);
            case TWILIO -> twilio(input, caller, body, displayNumber);
            case SANDBOX -> sandbox(input, caller, displayNumber);
        };
        var account = connect.connect(command);
        return ChannelAccountResponse.of(account, urls.of(account, request));
    }

    @Operation(summary = "The organisation's WhatsApp numbers, oldest first, with their webhook URLs")
    @Get
    public ListResponse<ChannelAccountResponse> list(@Parameter(hidden = true) Caller caller,
                                                     @Parameter(hidden = true) HttpRequest<?> request) {
        var attention = alerts.attention(caller);
        List<ChannelAccountResponse> accounts = list.list(caller).stream()
                .map(account -> ChannelAccountResponse.of(account, urls.of(account, request),
                        java.util.Optional.ofNullable(attention.get(account.id())))).toList();
        return new ListResponse<>(accounts, new ListResponse.Meta(null, accounts.size()));
    }

    @Operation(summary = "One WhatsApp number")
    @Get("/{channelId}")
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public ChannelAccountResponse show(@Parameter(hidden = true) Caller caller, @PathVariable String channelId,
                                       @Parameter(hidden = true) HttpRequest<?> request) {
        var account = show.show(caller, ChannelAccountId.of(channelId));
        return ChannelAccountResponse.of(account, urls.of(account, request),
                java.util.Optional.ofNullable(alerts.attention(caller).get(account.id())));
    }

    @Operation(summary = "Disconnect a WhatsApp number: its webhook URL stops working; its messages stay")
    @Delete("/{channelId}")
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public void remove(@Parameter(hidden = true) Caller caller, @PathVariable String channelId) {
        remove.remove(caller, ChannelAccountId.of(channelId));
    }

    private static ConnectChannelAccount.Command cloudApi(Input input, Caller caller, ConnectRequest body,
                                                          PhoneNumber displayNumber) {
        BusinessNumberId phoneNumberId = input.field("phoneNumberId", () -> {
            String digits = required(body.phoneNumberId());
            if (!digits.matches("[0-9]{1,40}")) {
                throw InvalidInput.of("phoneNumberId", "must be the numeric Cloud API phone number id");
            }
            return new BusinessNumberId(digits);
        });
        BusinessAccountId wabaId = input.field("wabaId", () -> new BusinessAccountId(required(body.wabaId())));
        ChannelSecret accessToken = input.field("accessToken", () -> secret(body.accessToken()));
        ChannelSecret appSecret = input.field("appSecret", () -> secret(body.appSecret()));
        ChannelSecret verifyToken = input.field("verifyToken", () -> secret(body.verifyToken()));
        input.validate();
        return new ConnectChannelAccount.Command(caller, ChannelProvider.WHATSAPP_CLOUD, phoneNumberId,
                Optional.of(wabaId), displayNumber, new ChannelCredentials.CloudApi(accessToken, appSecret, verifyToken));
    }

    /** Twilio names a WhatsApp sender by its number: the number is the account's id at the provider too. */
    private static ConnectChannelAccount.Command twilio(Input input, Caller caller, ConnectRequest body,
                                                        PhoneNumber displayNumber) {
        TwilioAccountSid accountSid = input.field("accountSid", () -> new TwilioAccountSid(body.accountSid()));
        ChannelSecret authToken = input.field("authToken", () -> secret(body.authToken()));
        input.validate();
        return new ConnectChannelAccount.Command(caller, ChannelProvider.TWILIO,
                new BusinessNumberId(displayNumber.e164()), Optional.empty(), displayNumber,
                new ChannelCredentials.Twilio(accountSid, authToken));
    }

    /** A simulated number: any number of the organisation's choosing, with nothing secret. */
    private static ConnectChannelAccount.Command sandbox(Input input, Caller caller, PhoneNumber displayNumber) {
        input.validate();
        return new ConnectChannelAccount.Command(caller, ChannelProvider.SANDBOX,
                new BusinessNumberId(displayNumber.e164()), Optional.empty(), displayNumber,
                new ChannelCredentials.Sandbox());
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("value", "is required");
        }
        return value.strip();
    }

    private static ChannelSecret secret(String value) {
        return new ChannelSecret(required(value));
    }
}
