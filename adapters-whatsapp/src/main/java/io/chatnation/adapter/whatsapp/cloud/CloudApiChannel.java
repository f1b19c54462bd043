package io.chatnation.adapter.whatsapp.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SendOutcome;
import io.chatnation.ports.messaging.out.MessageChannel;
import java.net.http.HttpClient;

/**
 * Sends through the Cloud API from one phone number: {@code POST /{version}/{phone-number-id}/messages} with the
 * number's bearer token. A 200 means Meta accepted the message, not that it arrived; that comes later in status
 * webhooks under the id returned here.
 */
public final class CloudApiChannel implements MessageChannel {

    private final CloudApiSettings settings;
    private final GraphApi graph;

    /** {@code http} is shared by all numbers; its connect timeout is the wiring's choice, the request timeout is ours. */
    public CloudApiChannel(CloudApiSettings settings, HttpClient http) {
        this.settings = settings;
        this.graph = new GraphApi(settings, http);
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        GraphApi.Answer answer = graph.postJson(messagesPath(), CloudApiMessageJson.message(message));
        if (answer instanceof GraphApi.Failed failed) {
            return new SendOutcome.Failed(failed.failure());
        }
        JsonNode body = ((GraphApi.Ok) answer).body();
        String id = body.path("messages").path(0).path("id").asText("");
        if (id.isEmpty()) {
            // Meta may well have taken the message: sending it again could deliver it twice, so do not retry.
            return new SendOutcome.Failed(ChannelFailure.permanent("unreadable_response",
                    "The Cloud API accepted the request but returned no message id"));
        }
        return new SendOutcome.Accepted(new ProviderMessageId(id));
    }

    @Override
    public SendOutcome markAsRead(ProviderMessageId inboundMessage) {
        GraphApi.Answer answer = graph.postJson(messagesPath(), CloudApiMessageJson.readReceipt(inboundMessage));
        if (answer instanceof GraphApi.Failed failed) {
            return new SendOutcome.Failed(failed.failure());
        }
        if (!((GraphApi.Ok) answer).body().path("success").asBoolean(false)) {
            return new SendOutcome.Failed(ChannelFailure.permanent("unreadable_response",
                    "The Cloud API did not confirm the read receipt"));
        }
        return new SendOutcome.Accepted(inboundMessage);
    }

    private String messagesPath() {
        return settings.phoneNumberId().value() + "/messages";
    }
}
