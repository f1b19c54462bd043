package io.chatnation.adapter.whatsapp.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.whatsapp.twilio.fake.SignedForm;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.DeliveryStatus;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Twilio's webhook payloads, signed as Twilio signs them, read into the platform's messages and reports. */
class TwilioWebhooksTest {

    private static final String URL = "https://chat.example.com/api/v1/webhooks/twilio/some-key";
    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final ChannelSecret TOKEN = new ChannelSecret("twilio-auth-token");
    private static final Instant NOW = Instant.parse("2026-12-02T10:15:30Z");
    private final TwilioWebhooks webhooks = new TwilioWebhooks(Clock.fixed(NOW, ZoneOffset.UTC));

    private ChannelWebhooks.Decoding decode(SignedForm form) {
        return webhooks.decode(new ChannelWebhooks.Delivery(form.headers(), form.body(), form.url()), TOKEN);
    }

    private InboundMessage message(Map<String, String> params) {
        ChannelWebhooks.Decoding decoding = decode(SignedForm.of(URL, TOKEN, params));
        assertThat(decoding).isInstanceOf(ChannelWebhooks.Decoded.class);
        return ((ChannelWebhooks.Decoded) decoding).batch().messages().get(0);
    }

    private static Map<String, String> text(String body) {
        return new LinkedHashMap<>(SignedForm.text("SM11111111111111111111111111111111", SID, "+254712345678",
                "+14155238886", "Wanjiku", body));
    }

    @Test
    void a_text_carries_its_sid_sender_profile_and_the_number_it_was_sent_to() {
        InboundMessage.TextMessage text = (InboundMessage.TextMessage) message(text("Habari"));

        assertThat(text.body()).isEqualTo("Habari");
        assertThat(text.header().id().value()).isEqualTo("SM11111111111111111111111111111111");
        assertThat(text.header().from().phone()).hasValueSatisfying(p -> assertThat(p.e164()).isEqualTo("+254712345678"));
        assertThat(text.header().receivedOn().value()).isEqualTo("+14155238886");
        assertThat(text.header().profile().name()).contains("Wanjiku");
        assertThat(text.header().sentAt()).isEqualTo(NOW);
    }

    @Test
    void media_location_and_button_replies_take_their_own_shapes() {
        Map<String, String> image = text("Look");
        image.put("NumMedia", "1");
        image.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/" + SID + "/Messages/MM1/Media/ME1");
        image.put("MediaContentType0", "image/jpeg");
        Map<String, String> location = text("");
        location.remove("Body");
        location.put("Latitude", "-1.2921");
        location.put("Longitude", "36.8219");
        location.put("Address", "Nairobi");
        Map<String, String> tap = text("Yes");
        tap.put("MessageType", "interactive");
        tap.put("ButtonPayload", "rsvp_yes");
        tap.put("ButtonText", "Yes");
        tap.put("OriginalRepliedMessageSid", "SM22222222222222222222222222222222");
        Map<String, String> quickReply = text("Stop promos");
        quickReply.put("MessageType", "button");
        quickReply.put("ButtonPayload", "STOP_PROMOS");
        quickReply.put("ButtonText", "Stop promos");

        InboundMessage.MediaMessage media = (InboundMessage.MediaMessage) message(image);
        InboundMessage.LocationMessage place = (InboundMessage.LocationMessage) message(location);
        InboundMessage.ButtonReply button = (InboundMessage.ButtonReply) message(tap);
        InboundMessage.TemplateButtonReply template = (InboundMessage.TemplateButtonReply) message(quickReply);

        assertThat(media.type()).isEqualTo("image");
        assertThat(media.media().id().value()).endsWith("/Media/ME1");
        assertThat(media.media().mimeType()).isEqualTo("image/jpeg");
        assertThat(media.media().caption()).contains("Look");
        assertThat(place.location().latitude()).isEqualTo(-1.2921);
        assertThat(place.location().address()).contains("Nairobi");
        assertThat(button.id()).isEqualTo("rsvp_yes");
        assertThat(button.title()).isEqualTo("Yes");
        assertThat(button.header().context()).hasValueSatisfying(c ->
                assertThat(c.repliedTo().orElseThrow().value()).isEqualTo("SM22222222222222222222222222222222"));
        assertThat(template.payload()).isEqualTo("STOP_PROMOS");
    }

    @Test
    void status_callbacks_become_delivery_reports_and_queued_ones_report_nothing() {
        String ours = "SM33333333333333333333333333333333";
        ChannelWebhooks.Decoded delivered = (ChannelWebhooks.Decoded) decode(SignedForm.of(URL, TOKEN,
                SignedForm.status(ours, SID, "+14155238886", "+254712345678", "delivered", null)));
        ChannelWebhooks.Decoded undelivered = (ChannelWebhooks.Decoded) decode(SignedForm.of(URL, TOKEN,
                SignedForm.status(ours, SID, "+14155238886", "+254712345678", "undelivered", "63016")));
        ChannelWebhooks.Decoded queued = (ChannelWebhooks.Decoded) decode(SignedForm.of(URL, TOKEN,
                SignedForm.status(ours, SID, "+14155238886", "+254712345678", "queued", null)));

        DeliveryReport report = delivered.batch().reports().get(0);
        assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(report.messageId().value()).isEqualTo(ours);
        assertThat(report.sentFrom().value()).isEqualTo("+14155238886");
        DeliveryReport failed = undelivered.batch().reports().get(0);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(63016));
        assertThat(queued.batch().isEmpty()).isTrue();
    }

    @Test
    void a_missing_or_wrong_signature_or_another_url_is_unauthenticated() {
        SignedForm signed = SignedForm.of(URL, TOKEN, text("hi"));

        assertThat(decode(signed.withSignature(null))).isInstanceOf(ChannelWebhooks.Unauthenticated.class);
        assertThat(decode(signed.withSignature("RSOYDt4T1cUTdK1PDd93/VVr8B8="))).isInstanceOf(ChannelWebhooks.Unauthenticated.class);
        assertThat(webhooks.decode(new ChannelWebhooks.Delivery(signed.headers(), signed.body(),
                "https://other.example.com/api/v1/webhooks/twilio/some-key"), TOKEN))
                .isInstanceOf(ChannelWebhooks.Unauthenticated.class);
        assertThat(webhooks.decode(new ChannelWebhooks.Delivery(signed.headers(), signed.body(), URL),
                new ChannelSecret("another-token"))).isInstanceOf(ChannelWebhooks.Unauthenticated.class);
    }

    @Test
    void a_signed_form_without_what_a_message_needs_or_not_a_form_at_all_is_malformed() {
        Map<String, String> noSender = text("hi");
        noSender.remove("From");
        Map<String, String> badStatus = SignedForm.status("SM4", SID, "+14155238886", "+254712345678", "exploded", null);
        SignedForm notUtf8 = new SignedForm(URL, new byte[] {(byte) 0xC3, (byte) 0x28}, Map.of());

        assertThat(decode(SignedForm.of(URL, TOKEN, noSender))).isInstanceOf(ChannelWebhooks.Malformed.class);
        assertThat(decode(SignedForm.of(URL, TOKEN, badStatus))).isInstanceOf(ChannelWebhooks.Malformed.class);
        assertThat(decode(notUtf8)).isInstanceOf(ChannelWebhooks.Malformed.class);
        assertThat(new String(SignedForm.of(URL, TOKEN, text("a b&c")).body(), StandardCharsets.UTF_8))
                .contains("Body=a+b%26c");
    }
}
