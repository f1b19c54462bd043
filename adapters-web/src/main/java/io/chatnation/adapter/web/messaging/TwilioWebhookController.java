package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.messaging.in.ReceiveChannelWebhook;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Twilio webhook of one channel account, for incoming messages and status callbacks alike. Twilio signs the URL
 * it called and the form's parameters with the account's auth token; the URL is rebuilt from the configured public
 * address, as behind a proxy the server never sees the one Twilio used. A bad or missing signature is a 403, an
 * unreadable form a 400, and nothing of either is stored; an accepted one is stored and queued before Twilio's 200.
 */
@Controller(WebhookUrls.TWILIO_PATH + "{accountKey}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Messaging: provider webhooks")
// Twilio proves itself with X-Twilio-Signature, not with our credentials.
@SecurityRequirement(name = "")
public class TwilioWebhookController {

    /** What Twilio expects of a messaging webhook that answers nothing itself: the replies follow over the API. */
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private static final Logger LOG = LoggerFactory.getLogger(TwilioWebhookController.class);

    private final ReceiveChannelWebhook receive;
    private final WebhookUrls urls;

    public TwilioWebhookController(ReceiveChannelWebhook receive, WebhookUrls urls) {
        this.receive = receive;
        this.urls = urls;
    }

    @Operation(summary = "Incoming WhatsApp messages and status callbacks from Twilio, form-encoded and signed with "
            + "X-Twilio-Signature; answered with empty TwiML")
    @Post(consumes = MediaType.ALL, produces = MediaType.TEXT_XML)
    @ProblemDoc.BadRequest
    @ProblemDoc.Forbidden
    @ProblemDoc.NotFound
    public String deliver(@PathVariable String accountKey, @Nullable @Body byte[] body,
                          @Parameter(hidden = true) HttpRequest<?> request) {
        Map<String, String> headers = new HashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
        WebhookKey key = key(accountKey);
        ReceiveChannelWebhook.Receipt receipt = receive.receive(key,
                new ChannelWebhooks.Delivery(headers, body == null ? new byte[0] : body, urls.requested(request)));
        if (receipt instanceof ReceiveChannelWebhook.Unauthenticated refused) {
            LOG.warn("Twilio webhook for account {} refused: {}", key, refused.reason());
            throw new AccessDenied("The Twilio signature is missing or wrong: " + refused.reason());
        }
        if (receipt instanceof ReceiveChannelWebhook.Malformed malformed) {
            throw InvalidInput.of("body", malformed.reason());
        }
        return EMPTY_TWIML;
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
