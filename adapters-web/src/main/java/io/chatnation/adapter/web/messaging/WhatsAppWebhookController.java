package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.AuthenticationFailed;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.messaging.in.ReceiveChannelWebhook;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WhatsApp Cloud API webhook of one channel account. Meta calls it without credentials of ours: the key in the
 * path names the account, and the account's verify token (handshake) or app secret (signature over the raw body)
 * proves the call is Meta's. A delivery is stored and queued before the 200; nothing is stored for a refused one.
 */
@Controller(WebhookUrls.PATH + "{accountKey}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Messaging: provider webhooks")
// Meta proves itself with the account's verify token and the body's signature, not with our credentials.
@SecurityRequirement(name = "")
public class WhatsAppWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppWebhookController.class);
    /** What makes a GET Meta's subscription check at all; a wrong token is then a 403, a missing one a 400. */
    private static final List<String> REQUIRED_QUERY = List.of("hub.mode", "hub.verify_token", "hub.challenge");

    private final ReceiveChannelWebhook receive;

    public WhatsAppWebhookController(ReceiveChannelWebhook receive) {
        this.receive = receive;
    }

    @Operation(summary = "Meta's subscription check: echoes hub.challenge when hub.verify_token is the account's")
    @Get(produces = MediaType.TEXT_PLAIN)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public String handshake(@PathVariable String accountKey, @Parameter(hidden = true) HttpRequest<?> request) {
        Map<String, String> query = new HashMap<>();
        request.getParameters().forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
        Input input = new Input();
        for (String required : REQUIRED_QUERY) {
            input.field(required, () -> {
                if (query.getOrDefault(required, "").isBlank()) {
                    throw InvalidInput.of(required, "is required");
                }
                return null;
            });
        }
        input.validate();
        ChannelWebhooks.HandshakeAnswer answer = receive.handshake(key(accountKey), query);
        if (answer instanceof ChannelWebhooks.Confirmed confirmed) {
            return confirmed.challenge();
        }
        throw new AccessDenied("The verify token does not match this channel account");
    }

    @Operation(summary = "Messages and status reports, signed by Meta with X-Hub-Signature-256")
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ProblemDoc.BadRequest
    @ProblemDoc.Unauthenticated
    @ProblemDoc.NotFound
    public Map<String, Object> deliver(@PathVariable String accountKey, @Nullable @Body byte[] body,
                                       @Parameter(hidden = true) HttpRequest<?> request) {
        Map<String, String> headers = new HashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
        WebhookKey key = key(accountKey);
        ReceiveChannelWebhook.Receipt receipt = receive.receive(key,
                new ChannelWebhooks.Delivery(headers, body == null ? new byte[0] : body));
        if (receipt instanceof ReceiveChannelWebhook.Unauthenticated refused) {
            LOG.warn("WhatsApp webhook for account {} refused: {}", key, refused.reason());
            throw new AuthenticationFailed("The webhook signature is missing or wrong: " + refused.reason());
        }
        if (receipt instanceof ReceiveChannelWebhook.Malformed malformed) {
            throw InvalidInput.of("body", malformed.reason());
        }
        ReceiveChannelWebhook.Accepted accepted = (ReceiveChannelWebhook.Accepted) receipt;
        return Map.of("received", true, "newMessages", accepted.newMessages(), "reports", accepted.reports());
    }

    /** A key of the wrong shape cannot name an account: the same 404 as an unknown one, telling nothing more. */
    private static WebhookKey key(String raw) {
        try {
            return new WebhookKey(raw);
        } catch (InvalidInput e) {
            throw new NotFound("Webhook");
        }
    }
}
