package io.chatnation.adapter.whatsapp.twilio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.MediaSource;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SendOutcome;
import io.chatnation.domain.messaging.TemplateComponent;
import io.chatnation.domain.messaging.TemplateParameter;
import io.chatnation.ports.messaging.out.MessageChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sends through Twilio from one WhatsApp sender: {@code POST /2010-04-01/Accounts/{sid}/Messages.json} with
 * {@code From}/{@code To} as {@code whatsapp:+E164}. Text goes as {@code Body}, media as {@code MediaUrl}, templates as
 * {@code ContentSid} with {@code ContentVariables}. A 201 means Twilio queued the message; delivery is reported later
 * in status callbacks under the SID returned here.
 */
public final class TwilioChannel implements MessageChannel {

    /** Twilio names a content template by its SID; our template names are lower case, so {@code hx…} stands for it. */
    private static final Pattern CONTENT_SID = Pattern.compile("^hx[0-9a-f]{32}$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TwilioApi api;
    private final BusinessNumberId sender;

    TwilioChannel(TwilioApi api, BusinessNumberId sender) {
        this.api = api;
        this.sender = sender;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        if (message.to().phone().isEmpty()) {
            return new SendOutcome.Failed(ChannelFailure.permanent("twilio.no_phone",
                    "Twilio reaches WhatsApp users by phone number only"));
        }
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("From", "whatsapp:" + sender.value()));
        form.add(Map.entry("To", "whatsapp:" + message.to().phone().get().e164()));
        ChannelFailure refused = addContent(form, message.content());
        if (refused != null) {
            return new SendOutcome.Failed(refused);
        }
        TwilioApi.Answer answer = api.post("Messages.json", form);
        if (answer instanceof TwilioApi.Failed failed) {
            return new SendOutcome.Failed(failed.failure());
        }
        String sid = ((TwilioApi.Ok) answer).body().path("sid").asText("");
        if (sid.isEmpty()) {
            // Twilio may well have queued the message: sending it again could deliver it twice, so do not retry.
            return new SendOutcome.Failed(ChannelFailure.permanent("unreadable_response",
                    "Twilio accepted the request but returned no message SID"));
        }
        return new SendOutcome.Accepted(new ProviderMessageId(sid));
    }

    /** Twilio's WhatsApp API has no read receipts to send: the message is left as it is. */
    @Override
    public SendOutcome markAsRead(ProviderMessageId inboundMessage) {
        return new SendOutcome.Accepted(inboundMessage);
    }

    /** Adds the content's parameters; answers why not when Twilio cannot carry it. */
    private static ChannelFailure addContent(List<Map.Entry<String, String>> form, OutboundContent content) {
        if (content instanceof OutboundContent.TextMessage text) {
            form.add(Map.entry("Body", text.body()));
        } else if (content instanceof OutboundContent.Media media) {
            if (!(media.source() instanceof MediaSource.Link link)) {
                return ChannelFailure.permanent("twilio.media_upload",
                        "Twilio sends media from a public link, not from an upload");
            }
            form.add(Map.entry("MediaUrl", link.url().toString()));
            media.caption().ifPresent(caption -> form.add(Map.entry("Body", caption)));
        } else if (content instanceof OutboundContent.Template template) {
            String name = template.name().value();
            if (!CONTENT_SID.matcher(name).matches()) {
                return ChannelFailure.permanent("twilio.content_sid",
                        "Twilio sends templates by Content SID: name the template after its SID (hx…)");
            }
            form.add(Map.entry("ContentSid", "HX" + name.substring(2)));
            form.add(Map.entry("ContentVariables", variables(template)));
        } else if (content instanceof OutboundContent.ReplyButtons buttons) {
            // Interactive messages need a Content API template at Twilio; free-form, the choices are offered as text.
            StringBuilder body = new StringBuilder(buttons.body()).append('\n');
            buttons.buttons().forEach(b -> body.append("\n• ").append(b.title()));
            form.add(Map.entry("Body", body.toString()));
        } else if (content instanceof OutboundContent.ListMenu menu) {
            StringBuilder body = new StringBuilder(menu.body()).append('\n');
            menu.sections().forEach(s -> {
                s.title().ifPresent(t -> body.append('\n').append(t.toUpperCase(Locale.ROOT)));
                s.rows().forEach(r -> body.append("\n• ").append(r.title())
                        .append(r.description().map(d -> " — " + d).orElse("")));
            });
            form.add(Map.entry("Body", body.toString()));
        }
        return null;
    }

    /** The body's parameters numbered from 1, as Twilio's content variables {@code {{1}}, {{2}}…} expect. */
    private static String variables(OutboundContent.Template template) {
        ObjectNode variables = JSON.createObjectNode();
        int n = 1;
        for (TemplateComponent component : template.components()) {
            if (component instanceof TemplateComponent.Body body) {
                for (TemplateParameter parameter : body.parameters()) {
                    if (parameter instanceof TemplateParameter.TextValue value) {
                        variables.put(Integer.toString(n), value.text());
                    }
                    n++;
                }
            }
        }
        return variables.toString();
    }
}
