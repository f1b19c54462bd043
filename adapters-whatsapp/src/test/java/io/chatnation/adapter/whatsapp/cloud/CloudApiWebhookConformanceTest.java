package io.chatnation.adapter.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads;
import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads.SignedWebhook;
import io.chatnation.domain.messaging.AdReferral;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.DeliveryStatus;
import io.chatnation.domain.messaging.InboundBatch;
import io.chatnation.domain.messaging.InboundMedia;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MessageContext;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.messaging.WhatsAppUserId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every inbound message type and every status of the Cloud API, in the payload shapes of Meta's webhook reference,
 * signed as Meta signs them and read through the port the platform uses.
 */
class CloudApiWebhookConformanceTest {

    private static final ChannelSecret APP_SECRET = new ChannelSecret("app-secret-of-the-org");
    private static final String WABA = "102290129340398";
    private static final String NUMBER_ID = "106540352242922";
    private static final String USER = "254712345678";
    private static final long T = 1_760_000_000L;

    private final ChannelWebhooks webhooks = new CloudApiWebhooks();

    private static WebhookPayloads.Builder oneChange() {
        return WebhookPayloads.builder().entry(WABA).change(NUMBER_ID, "15550783881").contact(USER, "Wanjiku");
    }

    private InboundBatch decode(SignedWebhook hook) {
        ChannelWebhooks.Decoding decoding = webhooks.decode(new ChannelWebhooks.Delivery(hook.headers(), hook.body()), APP_SECRET);
        assertThat(decoding).isInstanceOf(ChannelWebhooks.Decoded.class);
        return ((ChannelWebhooks.Decoded) decoding).batch();
    }

    private InboundMessage onlyMessage(String messageJson) {
        InboundBatch batch = decode(oneChange().message(messageJson).signedWith(APP_SECRET));
        assertThat(batch.messages()).hasSize(1);
        assertThat(batch.reports()).isEmpty();
        return batch.messages().get(0);
    }

    @Nested
    class Inbound_messages {

        @Test
        void text_with_its_sender_profile_number_and_time() {
            InboundMessage message = onlyMessage("""
                    {"from": "254712345678", "id": "wamid.HBgMMjU0NzEyMzQ1Njc4FQIAEhgg", "timestamp": "1760000000",
                     "type": "text", "text": {"body": "Habari! I want a ticket"}}""");

            assertThat(message).isInstanceOf(InboundMessage.TextMessage.class);
            assertThat(((InboundMessage.TextMessage) message).body()).isEqualTo("Habari! I want a ticket");
            assertThat(message.type()).isEqualTo("text");
            assertThat(message.header().id()).isEqualTo(new ProviderMessageId("wamid.HBgMMjU0NzEyMzQ1Njc4FQIAEhgg"));
            assertThat(message.header().from()).isEqualTo(WhatsAppIdentity.ofPhone(new PhoneNumber("+254712345678")));
            assertThat(message.header().profile().name()).contains("Wanjiku");
            assertThat(message.header().receivedOn()).isEqualTo(new BusinessNumberId(NUMBER_ID));
            assertThat(message.header().sentAt()).isEqualTo(Instant.ofEpochSecond(T));
            assertThat(message.header().context()).isEmpty();
            assertThat(message.header().referral()).isEmpty();
        }

        @Test
        void reply_button_tap_with_the_context_of_the_message_it_answers() {
            InboundMessage message = onlyMessage("""
                    {"context": {"from": "15550783881", "id": "wamid.OUR-BUTTONS"},
                     "from": "254712345678", "id": "wamid.B1", "timestamp": "1760000000", "type": "interactive",
                     "interactive": {"type": "button_reply", "button_reply": {"id": "rsvp-yes", "title": "Yes, I'll come"}}}""");

            InboundMessage.ButtonReply reply = (InboundMessage.ButtonReply) message;
            assertThat(reply.id()).isEqualTo("rsvp-yes");
            assertThat(reply.title()).isEqualTo("Yes, I'll come");
            MessageContext context = reply.header().context().orElseThrow();
            assertThat(context.repliedTo()).contains(new ProviderMessageId("wamid.OUR-BUTTONS"));
            assertThat(context.repliedToSender()).contains("15550783881");
            assertThat(context.forwarded()).isFalse();
        }

        @Test
        void list_reply_with_the_picked_row() {
            InboundMessage message = onlyMessage("""
                    {"context": {"from": "15550783881", "id": "wamid.OUR-LIST"},
                     "from": "254712345678", "id": "wamid.L1", "timestamp": "1760000000", "type": "interactive",
                     "interactive": {"type": "list_reply",
                                     "list_reply": {"id": "vip", "title": "VIP ticket", "description": "KES 5,000"}}}""");

            InboundMessage.ListReply reply = (InboundMessage.ListReply) message;
            assertThat(reply.id()).isEqualTo("vip");
            assertThat(reply.title()).isEqualTo("VIP ticket");
            assertThat(reply.description()).contains("KES 5,000");
            assertThat(reply.header().context().orElseThrow().repliedTo()).contains(new ProviderMessageId("wamid.OUR-LIST"));
        }

        @Test
        void flow_submission_keeps_the_answers_and_finds_the_flow_token_inside_the_json_string() {
            InboundMessage message = onlyMessage("""
                    {"context": {"from": "15550783881", "id": "wamid.OUR-FLOW"},
                     "from": "254712345678", "id": "wamid.F1", "timestamp": "1760000000", "type": "interactive",
                     "interactive": {"type": "nfm_reply", "nfm_reply": {
                         "name": "flow", "body": "Sent",
                         "response_json": "{\\"flow_token\\": \\"survey-42-contact-7\\", \\"rating\\": \\"5\\"}"}}}""");

            InboundMessage.FlowReply reply = (InboundMessage.FlowReply) message;
            assertThat(reply.flowToken()).contains("survey-42-contact-7");
            assertThat(reply.responseJson()).contains("\"rating\": \"5\"");
            assertThat(reply.name()).contains("flow");
            assertThat(reply.body()).contains("Sent");
        }

        @Test
        void flow_submission_with_unreadable_answers_is_kept_without_a_token() {
            InboundMessage message = onlyMessage("""
                    {"from": "254712345678", "id": "wamid.F2", "timestamp": "1760000000", "type": "interactive",
                     "interactive": {"type": "nfm_reply", "nfm_reply": {"name": "flow", "body": "Sent", "response_json": "{not json"}}}""");

            InboundMessage.FlowReply reply = (InboundMessage.FlowReply) message;
            assertThat(reply.flowToken()).isEmpty();
            assertThat(reply.responseJson()).isEqualTo("{not json");
        }

        @Test
        void template_quick_reply_button_with_its_payload() {
            InboundMessage message = onlyMessage("""
                    {"context": {"from": "15550783881", "id": "wamid.OUR-TEMPLATE"},
                     "from": "254712345678", "id": "wamid.T1", "timestamp": "1760000000", "type": "button",
                     "button": {"payload": "RSVP_YES", "text": "Count me in"}}""");

            InboundMessage.TemplateButtonReply reply = (InboundMessage.TemplateButtonReply) message;
            assertThat(reply.payload()).isEqualTo("RSVP_YES");
            assertThat(reply.text()).isEqualTo("Count me in");
            assertThat(reply.header().context().orElseThrow().repliedTo()).contains(new ProviderMessageId("wamid.OUR-TEMPLATE"));
        }

        @Test
        void image_with_caption() {
            InboundMedia media = mediaOf("""
                    {"from": "254712345678", "id": "wamid.I1", "timestamp": "1760000000", "type": "image",
                     "image": {"caption": "My booth", "mime_type": "image/jpeg",
                               "sha256": "yRO8uG1mSHqv4V7ovBlyaAcbEm0PVOLxqAIlX5tXWkk=", "id": "1479537139650973"}}""");

            assertThat(media.kind()).isEqualTo(MediaKind.IMAGE);
            assertThat(media.id().value()).isEqualTo("1479537139650973");
            assertThat(media.mimeType()).isEqualTo("image/jpeg");
            assertThat(media.sha256()).contains("yRO8uG1mSHqv4V7ovBlyaAcbEm0PVOLxqAIlX5tXWkk=");
            assertThat(media.caption()).contains("My booth");
        }

        @Test
        void voice_note() {
            InboundMedia media = mediaOf("""
                    {"from": "254712345678", "id": "wamid.A1", "timestamp": "1760000000", "type": "audio",
                     "audio": {"mime_type": "audio/ogg; codecs=opus", "sha256": "zxc=", "id": "2002", "voice": true}}""");

            assertThat(media.kind()).isEqualTo(MediaKind.AUDIO);
            assertThat(media.voice()).isTrue();
            assertThat(media.mimeType()).isEqualTo("audio/ogg; codecs=opus");
        }

        @Test
        void video_with_caption() {
            InboundMedia media = mediaOf("""
                    {"from": "254712345678", "id": "wamid.V1", "timestamp": "1760000000", "type": "video",
                     "video": {"caption": "Stage view", "mime_type": "video/mp4", "sha256": "abc=", "id": "3003"}}""");

            assertThat(media.kind()).isEqualTo(MediaKind.VIDEO);
            assertThat(media.caption()).contains("Stage view");
        }

        @Test
        void document_with_filename() {
            InboundMedia media = mediaOf("""
                    {"from": "254712345678", "id": "wamid.D1", "timestamp": "1760000000", "type": "document",
                     "document": {"caption": "Receipt", "filename": "receipt-0042.pdf", "mime_type": "application/pdf",
                                  "sha256": "def=", "id": "4004"}}""");

            assertThat(media.kind()).isEqualTo(MediaKind.DOCUMENT);
            assertThat(media.filename()).contains("receipt-0042.pdf");
            assertThat(media.caption()).contains("Receipt");
        }

        @Test
        void sticker() {
            InboundMedia media = mediaOf("""
                    {"from": "254712345678", "id": "wamid.S1", "timestamp": "1760000000", "type": "sticker",
                     "sticker": {"mime_type": "image/webp", "sha256": "ghi=", "id": "5005", "animated": false}}""");

            assertThat(media.kind()).isEqualTo(MediaKind.STICKER);
            assertThat(media.caption()).isEmpty();
        }

        private InboundMedia mediaOf(String json) {
            InboundMessage message = onlyMessage(json);
            assertThat(message).isInstanceOf(InboundMessage.MediaMessage.class);
            assertThat(message.type()).isEqualTo(((InboundMessage.MediaMessage) message).media().kind().wireName());
            return ((InboundMessage.MediaMessage) message).media();
        }

        @Test
        void location_of_a_named_place() {
            InboundMessage message = onlyMessage("""
                    {"from": "254712345678", "id": "wamid.LOC1", "timestamp": "1760000000", "type": "location",
                     "location": {"address": "Harry Thuku Rd, Nairobi", "latitude": -1.2798, "longitude": 36.8163,
                                  "name": "KICC", "url": "https://kicc.co.ke"}}""");

            var location = ((InboundMessage.LocationMessage) message).location();
            assertThat(location.latitude()).isEqualTo(-1.2798);
            assertThat(location.longitude()).isEqualTo(36.8163);
            assertThat(location.name()).contains("KICC");
            assertThat(location.address()).contains("Harry Thuku Rd, Nairobi");
            assertThat(location.url()).contains("https://kicc.co.ke");
        }

        @Test
        void shared_contact_cards() {
            InboundMessage message = onlyMessage("""
                    {"from": "254712345678", "id": "wamid.C1", "timestamp": "1760000000", "type": "contacts",
                     "contacts": [{
                        "name": {"first_name": "Amina", "last_name": "Otieno", "formatted_name": "Amina Otieno"},
                        "phones": [{"phone": "+254 722 000 111", "wa_id": "254722000111", "type": "CELL"}],
                        "emails": [{"email": "amina@example.org", "type": "WORK"}],
                        "org": {"company": "Radio Maisha"}}]}""");

            var contacts = ((InboundMessage.ContactsMessage) message).contacts();
            assertThat(contacts).hasSize(1);
            assertThat(contacts.get(0).formattedName()).contains("Amina Otieno");
            assertThat(contacts.get(0).phones()).singleElement().satisfies(phone -> {
                assertThat(phone.phone()).isEqualTo("+254 722 000 111");
                assertThat(phone.waId()).contains("254722000111");
            });
            assertThat(contacts.get(0).emails()).containsExactly("amina@example.org");
            assertThat(contacts.get(0).company()).contains("Radio Maisha");
        }

        @Test
        void reaction_and_its_removal() {
            InboundMessage added = onlyMessage("""
                    {"from": "254712345678", "id": "wamid.R1", "timestamp": "1760000000", "type": "reaction",
                     "reaction": {"message_id": "wamid.OURS", "emoji": "\\uD83D\\uDE00"}}""");
            InboundMessage removed = onlyMessage("""
                    {"from": "254712345678", "id": "wamid.R2", "timestamp": "1760000001", "type": "reaction",
                     "reaction": {"message_id": "wamid.OURS", "emoji": ""}}""");

            InboundMessage.Reaction reaction = (InboundMessage.Reaction) added;
            assertThat(reaction.reactedTo()).isEqualTo(new ProviderMessageId("wamid.OURS"));
            assertThat(reaction.emoji()).isEqualTo("😀");
            assertThat(reaction.isRemoval()).isFalse();
            assertThat(((InboundMessage.Reaction) removed).isRemoval()).isTrue();
        }

        @Test
        void unsupported_message_is_kept_with_its_error() {
            InboundMessage message = onlyMessage("""
                    {"from": "254712345678", "id": "wamid.U1", "timestamp": "1760000000", "type": "unsupported",
                     "errors": [{"code": 131051, "title": "Message type unknown", "message": "Message type unknown",
                                 "error_data": {"details": "Message type is currently not supported."}}]}""");

            InboundMessage.Unsupported unsupported = (InboundMessage.Unsupported) message;
            assertThat(unsupported.providerType()).isEqualTo("unsupported");
            assertThat(unsupported.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo(131051);
                assertThat(error.title()).isEqualTo("Message type unknown");
                assertThat(error.details()).contains("Message type is currently not supported.");
            });
        }

        @Test
        void a_type_we_do_not_know_yet_is_kept_as_unsupported_not_dropped() {
            InboundMessage message = onlyMessage("""
                    {"from": "254712345678", "id": "wamid.N1", "timestamp": "1760000000", "type": "hologram",
                     "hologram": {"depth": 3}}""");

            assertThat(message).isInstanceOf(InboundMessage.Unsupported.class);
            assertThat(((InboundMessage.Unsupported) message).providerType()).isEqualTo("hologram");
            assertThat(message.header().id().value()).isEqualTo("wamid.N1");
        }

        @Test
        void an_interactive_reply_we_do_not_know_yet_is_kept_as_unsupported() {
            InboundMessage message = onlyMessage("""
                    {"from": "254712345678", "id": "wamid.N2", "timestamp": "1760000000", "type": "interactive",
                     "interactive": {"type": "call_permission_reply", "call_permission_reply": {"response": "accept"}}}""");

            assertThat(((InboundMessage.Unsupported) message).providerType()).isEqualTo("interactive.call_permission_reply");
        }

        @Test
        void click_to_whatsapp_ad_referral() {
            InboundMessage message = onlyMessage("""
                    {"referral": {"source_url": "https://fb.me/3cr4Wqqkv", "source_id": "120226305854810726",
                                  "source_type": "ad", "headline": "Nairobi Music Fest", "body": "Tickets now on sale",
                                  "media_type": "image", "image_url": "https://scontent.xx.fbcdn.net/ad.jpg",
                                  "ctwa_clid": "ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4Nx0-eM-GABDLOPaOdRMv-_zfUQ2a"},
                     "from": "254712345678", "id": "wamid.AD1", "timestamp": "1760000000", "type": "text",
                     "text": {"body": "Can I get more info about this?"}}""");

            AdReferral referral = message.header().referral().orElseThrow();
            assertThat(referral.sourceType()).contains("ad");
            assertThat(referral.sourceId()).contains("120226305854810726");
            assertThat(referral.headline()).contains("Nairobi Music Fest");
            assertThat(referral.ctwaClid()).hasValueSatisfying(clid -> assertThat(clid).startsWith("ARAkLkA8"));
            assertThat(message).isInstanceOf(InboundMessage.TextMessage.class);
        }

        @Test
        void forwarded_message_carries_the_flags_without_a_replied_to_message() {
            InboundMessage message = onlyMessage("""
                    {"context": {"forwarded": true, "frequently_forwarded": true},
                     "from": "254712345678", "id": "wamid.FW1", "timestamp": "1760000000", "type": "text",
                     "text": {"body": "Pass this on"}}""");

            MessageContext context = message.header().context().orElseThrow();
            assertThat(context.forwarded()).isTrue();
            assertThat(context.frequentlyForwarded()).isTrue();
            assertThat(context.repliedTo()).isEmpty();
        }

        @Test
        void a_user_with_a_username_is_known_by_user_id_when_the_phone_is_withheld() {
            SignedWebhook hook = WebhookPayloads.builder().entry(WABA).change(NUMBER_ID, "15550783881")
                    .contactJson("""
                            {"profile": {"name": "Otieno", "username": "@otieno.k"}, "user_id": "KE.1502576394655843"}""")
                    .message("""
                            {"from_user_id": "KE.1502576394655843", "id": "wamid.BS1", "timestamp": "1760000000",
                             "type": "text", "text": {"body": "hi"}}""")
                    .signedWith(APP_SECRET);

            InboundMessage message = decode(hook).messages().get(0);

            assertThat(message.header().from()).isEqualTo(WhatsAppIdentity.ofUser(new WhatsAppUserId("KE.1502576394655843")));
            assertThat(message.header().from().phone()).isEmpty();
            assertThat(message.header().profile().username()).contains("@otieno.k");
            assertThat(message.header().profile().name()).contains("Otieno");
        }

        @Test
        void a_user_with_both_identifiers_keeps_both() {
            SignedWebhook hook = WebhookPayloads.builder().entry(WABA).change(NUMBER_ID, "15550783881")
                    .contactJson("""
                            {"profile": {"name": "Achieng"}, "wa_id": "254733111222", "user_id": "KE.9988776655"}""")
                    .message(WebhookPayloads.textMessage("wamid.BS2", "254733111222", T, "hello"))
                    .signedWith(APP_SECRET);

            WhatsAppIdentity from = decode(hook).messages().get(0).header().from();

            assertThat(from).isEqualTo(WhatsAppIdentity.of(new PhoneNumber("+254733111222"), new WhatsAppUserId("KE.9988776655")));
        }
    }

    @Nested
    class Statuses {

        @Test
        void sent_with_pricing_and_our_callback_reference() {
            DeliveryReport report = onlyReport(WebhookPayloads.status("wamid.OUT1", "sent", USER, T, "org:7|campaign:3|recipient:99"));

            assertThat(report.messageId()).isEqualTo(new ProviderMessageId("wamid.OUT1"));
            assertThat(report.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(report.at()).isEqualTo(Instant.ofEpochSecond(T));
            assertThat(report.sentFrom()).isEqualTo(new BusinessNumberId(NUMBER_ID));
            assertThat(report.recipient()).contains(WhatsAppIdentity.ofPhone(new PhoneNumber("+254712345678")));
            assertThat(report.callbackData()).contains("org:7|campaign:3|recipient:99");
            assertThat(report.pricing()).hasValueSatisfying(pricing -> {
                assertThat(pricing.model()).contains("PMP");
                assertThat(pricing.category()).contains("service");
                assertThat(pricing.billable()).isTrue();
            });
            assertThat(report.errors()).isEmpty();
        }

        @Test
        void delivered() {
            assertThat(onlyReport(WebhookPayloads.status("wamid.OUT1", "delivered", USER, T, null)).status())
                    .isEqualTo(DeliveryStatus.DELIVERED);
        }

        @Test
        void read() {
            DeliveryReport report = onlyReport(WebhookPayloads.status("wamid.OUT1", "read", USER, T, null));
            assertThat(report.status()).isEqualTo(DeliveryStatus.READ);
            assertThat(report.pricing()).isEmpty();
        }

        @Test
        void failed_with_the_error_code_title_and_details() {
            DeliveryReport report = onlyReport(WebhookPayloads.failedStatus("wamid.OUT2", USER, T, 131026,
                    "Message undeliverable", "Message Undeliverable."));

            assertThat(report.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo(131026);
                assertThat(error.title()).isEqualTo("Message undeliverable");
                assertThat(error.details()).contains("Message Undeliverable.");
            });
        }

        @Test
        void a_message_sent_to_a_user_id_is_reported_with_it() {
            DeliveryReport report = onlyReport("""
                    {"id": "wamid.OUT3", "status": "delivered", "timestamp": "1760000000",
                     "recipient_user_id": "KE.1502576394655843"}""");

            assertThat(report.recipient()).contains(WhatsAppIdentity.ofUser(new WhatsAppUserId("KE.1502576394655843")));
        }

        @Test
        void a_status_that_is_not_a_delivery_step_is_passed_over() {
            InboundBatch batch = decode(WebhookPayloads.builder().entry(WABA).change(NUMBER_ID, "15550783881")
                    .status("""
                            {"id": "wamid.OUT4", "status": "warning", "timestamp": "1760000000", "recipient_id": "254712345678"}""")
                    .signedWith(APP_SECRET));

            assertThat(batch.reports()).isEmpty();
        }

        private DeliveryReport onlyReport(String statusJson) {
            InboundBatch batch = decode(WebhookPayloads.builder().entry(WABA).change(NUMBER_ID, "15550783881")
                    .status(statusJson).signedWith(APP_SECRET));
            assertThat(batch.messages()).isEmpty();
            assertThat(batch.reports()).hasSize(1);
            return batch.reports().get(0);
        }
    }

    @Nested
    class Bundles {

        @Test
        void several_entries_and_changes_in_one_post_are_all_read_with_their_own_number() {
            SignedWebhook hook = WebhookPayloads.builder()
                    .entry(WABA)
                    .change("111", "15550000111").contact("254700000001", "One")
                    .message(WebhookPayloads.textMessage("wamid.M1", "254700000001", T, "first"))
                    .message(WebhookPayloads.textMessage("wamid.M2", "254700000001", T + 1, "second"))
                    .change("222", "15550000222").contact("254700000002", "Two")
                    .message(WebhookPayloads.textMessage("wamid.M3", "254700000002", T, "third"))
                    .status(WebhookPayloads.status("wamid.OUT1", "delivered", "254700000009", T, null))
                    .entry("999888777")
                    .change("333", "15550000333")
                    .status(WebhookPayloads.status("wamid.OUT2", "read", "254700000010", T, null))
                    .signedWith(APP_SECRET);

            InboundBatch batch = decode(hook);

            assertThat(batch.messages()).extracting(m -> m.header().id().value())
                    .containsExactly("wamid.M1", "wamid.M2", "wamid.M3");
            assertThat(batch.messages()).extracting(m -> m.header().receivedOn().value()).containsExactly("111", "111", "222");
            assertThat(batch.messages()).extracting(m -> m.header().profile().name().orElseThrow())
                    .containsExactly("One", "One", "Two");
            assertThat(batch.reports()).extracting(r -> r.sentFrom().value()).containsExactly("222", "333");
        }

        @Test
        void changes_of_other_fields_carry_no_messages_and_are_passed_over() {
            InboundBatch batch = decode(WebhookPayloads.builder().entry(WABA)
                    .otherField("message_template_status_update", """
                            {"event": "APPROVED", "message_template_id": 594425479261596, "message_template_name": "rsvp",
                             "message_template_language": "en", "reason": "NONE"}""")
                    .signedWith(APP_SECRET));

            assertThat(batch.isEmpty()).isTrue();
        }

        @Test
        void system_level_errors_of_a_change_are_reported() {
            InboundBatch batch = decode(WebhookPayloads.builder().entry(WABA).change(NUMBER_ID, "15550783881")
                    .error("""
                            {"code": 130429, "title": "Rate limit hit", "message": "Rate limit hit",
                             "error_data": {"details": "Cloud API message throughput has been reached."}}""")
                    .signedWith(APP_SECRET));

            assertThat(batch.errors()).extracting(e -> e.code()).containsExactly(130429);
        }
    }

    @Nested
    class Rejected_deliveries {

        private final byte[] body = WebhookPayloads.builder().entry(WABA).change(NUMBER_ID, "15550783881")
                .contact(USER, "Wanjiku").message(WebhookPayloads.textMessage("wamid.X", USER, T, "hi")).bytes();

        @Test
        void without_a_signature() {
            assertThat(webhooks.decode(new ChannelWebhooks.Delivery(Map.of(), body), APP_SECRET))
                    .isInstanceOfSatisfying(ChannelWebhooks.Unauthenticated.class,
                            u -> assertThat(u.reason()).contains("missing"));
        }

        @Test
        void signed_with_another_secret() {
            String signature = WebhookSignature.sign(new ChannelSecret("someone-elses-secret"), body);

            assertThat(webhooks.decode(delivery(signature, body), APP_SECRET))
                    .isInstanceOfSatisfying(ChannelWebhooks.Unauthenticated.class,
                            u -> assertThat(u.reason()).contains("does not match"));
        }

        @Test
        void whose_body_was_changed_after_signing() {
            String signature = WebhookSignature.sign(APP_SECRET, body);
            byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("hi", "ho").getBytes(StandardCharsets.UTF_8);

            assertThat(webhooks.decode(delivery(signature, tampered), APP_SECRET))
                    .isInstanceOf(ChannelWebhooks.Unauthenticated.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"sha1=0329a06b62cd16b33eb6792be8c60b158d89a2ee", "sha256=", "sha256=zz29a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914",
                "0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914"})
        void whose_signature_header_is_not_sha256_hex(String header) {
            assertThat(webhooks.decode(delivery(header, body), APP_SECRET))
                    .isInstanceOfSatisfying(ChannelWebhooks.Unauthenticated.class,
                            u -> assertThat(u.reason()).contains("sha256="));
        }

        @Test
        void header_names_are_matched_in_any_case() {
            String signature = WebhookSignature.sign(APP_SECRET, body);

            assertThat(webhooks.decode(new ChannelWebhooks.Delivery(Map.of("x-hub-signature-256", signature), body), APP_SECRET))
                    .isInstanceOf(ChannelWebhooks.Decoded.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"object\": \"whatsapp_business_account\", \"entry\": [", "", "[]", "null", "not json at all",
                "{\"object\": \"page\", \"entry\": []}", "{\"object\": \"whatsapp_business_account\"}",
                "{\"object\": \"whatsapp_business_account\", \"entry\": []} trailing",
                "{\"object\": \"whatsapp_business_account\", \"object\": \"whatsapp_business_account\", \"entry\": []}"})
        void malformed_json_is_refused_even_when_signed(String json) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

            assertThat(webhooks.decode(delivery(WebhookSignature.sign(APP_SECRET, bytes), bytes), APP_SECRET))
                    .isInstanceOf(ChannelWebhooks.Malformed.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{\"id\": \"wamid.1\", \"timestamp\": \"1760000000\", \"type\": \"text\", \"text\": {\"body\": \"no sender\"}}",
                "{\"from\": \"254712345678\", \"timestamp\": \"1760000000\", \"type\": \"text\", \"text\": {\"body\": \"no id\"}}",
                "{\"from\": \"254712345678\", \"id\": \"wamid.1\", \"type\": \"text\", \"text\": {\"body\": \"no time\"}}",
                "{\"from\": \"254712345678\", \"id\": \"wamid.1\", \"timestamp\": \"yesterday\", \"type\": \"text\", \"text\": {\"body\": \"x\"}}",
                "{\"from\": \"254712345678\", \"id\": \"wamid.1\", \"timestamp\": \"1760000000\", \"text\": {\"body\": \"no type\"}}",
                "{\"from\": \"not-a-number\", \"id\": \"wamid.1\", \"timestamp\": \"1760000000\", \"type\": \"text\", \"text\": {\"body\": \"x\"}}",
                "{\"from\": \"254712345678\", \"id\": \"wamid.1\", \"timestamp\": \"1760000000\", \"type\": \"text\", \"text\": {}}",
                "{\"from\": \"254712345678\", \"id\": \"wamid.1\", \"timestamp\": \"1760000000\", \"type\": \"location\", \"location\": {\"latitude\": 91, \"longitude\": 0}}",
                "{\"from\": \"254712345678\", \"id\": \"wamid.1\", \"timestamp\": \"1760000000\", \"type\": \"image\", \"image\": {\"mime_type\": \"image/png\"}}"})
        void a_message_lacking_what_every_message_must_have_is_refused_with_the_place_named(String message) {
            byte[] bytes = WebhookPayloads.builder().entry(WABA).change(NUMBER_ID, "15550783881").message(message).bytes();

            assertThat(webhooks.decode(delivery(WebhookSignature.sign(APP_SECRET, bytes), bytes), APP_SECRET))
                    .isInstanceOfSatisfying(ChannelWebhooks.Malformed.class,
                            m -> assertThat(m.reason()).contains("entry[0].changes[0].value"));
        }

        private ChannelWebhooks.Delivery delivery(String signature, byte[] bytes) {
            return new ChannelWebhooks.Delivery(Map.of(WebhookSignature.HEADER, signature), bytes);
        }
    }
}
