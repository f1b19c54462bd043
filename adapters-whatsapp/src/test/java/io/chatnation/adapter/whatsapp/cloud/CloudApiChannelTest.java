package io.chatnation.adapter.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi;
import io.chatnation.adapter.whatsapp.cloud.fake.MutableClock;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.CallbackData;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.DeliveryProgress;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.DeliveryStatus;
import io.chatnation.domain.messaging.LanguageCode;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MediaSource;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SendOutcome;
import io.chatnation.domain.messaging.TemplateComponent;
import io.chatnation.domain.messaging.TemplateName;
import io.chatnation.domain.messaging.TemplateParameter;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.messaging.WhatsAppUserId;
import io.chatnation.domain.shared.PhoneNumber;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Cloud API channel against the protocol fake: what goes over the wire, and how each refusal is classified. */
class CloudApiChannelTest {

    private static final String NUMBER_ID = "106540352242922";
    private static final String TOKEN = "EAAG-access-token-of-the-org";
    private static final ChannelSecret APP_SECRET = new ChannelSecret("app-secret-of-the-org");
    private static final String USER = "254712345678";
    private static final WhatsAppIdentity USER_PHONE = WhatsAppIdentity.ofPhone(new PhoneNumber("+" + USER));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private FakeCloudApi fake;
    private CloudApiChannel channel;

    @BeforeEach
    void start() {
        fake = FakeCloudApi.builder().clock(clock).throughputPerSecond(3).pairLimit(2, Duration.ofSeconds(6)).start()
                .addNumber(NUMBER_ID, "15550783881", "102290129340398", TOKEN);
        channel = channel(TOKEN, Duration.ofSeconds(5));
        fake.userWrote(NUMBER_ID, USER, clock.instant().minus(Duration.ofHours(1)));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private CloudApiChannel channel(String token, Duration timeout) {
        return new CloudApiChannel(CloudApiSettings.forNumber(new BusinessNumberId(NUMBER_ID), new ChannelSecret(token))
                .withBaseUri(fake.baseUri()).withRequestTimeout(timeout), http);
    }

    private SendOutcome send(OutboundContent content) {
        return channel.send(OutboundMessage.to(USER_PHONE, content));
    }

    private static ChannelFailure failureOf(SendOutcome outcome) {
        assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
        return ((SendOutcome.Failed) outcome).failure();
    }

    private JsonNode lastRequest() {
        List<FakeCloudApi.SentMessage> sent = fake.sent();
        return sent.get(sent.size() - 1).body();
    }

    @Nested
    class Sending {

        @Test
        void a_text_is_accepted_with_the_provider_message_id() {
            SendOutcome outcome = send(OutboundContent.TextMessage.of("Karibu! Your ticket is confirmed."));

            assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
            FakeCloudApi.SentMessage sent = fake.sent().get(0);
            assertThat(((SendOutcome.Accepted) outcome).messageId()).isEqualTo(new ProviderMessageId(sent.messageId()));
            assertThat(sent.to()).isEqualTo(USER);
            JsonNode body = sent.body();
            assertThat(body.path("messaging_product").asText()).isEqualTo("whatsapp");
            assertThat(body.path("recipient_type").asText()).isEqualTo("individual");
            assertThat(body.path("to").asText()).isEqualTo(USER);
            assertThat(body.path("type").asText()).isEqualTo("text");
            assertThat(body.path("text").path("body").asText()).isEqualTo("Karibu! Your ticket is confirmed.");
            assertThat(body.path("text").path("preview_url").asBoolean(true)).isFalse();
        }

        @Test
        void a_reply_quotes_the_users_message_and_carries_our_callback_reference() {
            channel.send(new OutboundMessage(USER_PHONE, OutboundContent.TextMessage.of("Got it"),
                    Optional.of(new ProviderMessageId("wamid.USERS")), Optional.of(new CallbackData("org:1|conv:9"))));

            assertThat(lastRequest().path("context").path("message_id").asText()).isEqualTo("wamid.USERS");
            assertThat(lastRequest().path("biz_opaque_callback_data").asText()).isEqualTo("org:1|conv:9");
        }

        @Test
        void a_user_known_only_by_user_id_is_addressed_as_recipient() {
            fake.userWrote(NUMBER_ID, "KE.1502576394655843", clock.instant());

            SendOutcome outcome = channel.send(OutboundMessage.to(
                    WhatsAppIdentity.ofUser(new WhatsAppUserId("KE.1502576394655843")), OutboundContent.TextMessage.of("hi")));

            assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
            assertThat(lastRequest().has("to")).isFalse();
            assertThat(lastRequest().path("recipient").asText()).isEqualTo("KE.1502576394655843");
        }

        @Test
        void a_template_with_header_body_and_button_parameters() {
            send(new OutboundContent.Template(new TemplateName("event_rsvp"), new LanguageCode("en_US"), List.of(
                    new TemplateComponent.Header(List.of(TemplateParameter.media(MediaKind.IMAGE,
                            MediaSource.link("header", "https://cdn.example.org/poster.jpg")))),
                    new TemplateComponent.Body(List.of(TemplateParameter.text("Jane"), TemplateParameter.text("Saturday"))),
                    new TemplateComponent.Button(TemplateComponent.ButtonType.QUICK_REPLY, 0,
                            List.of(TemplateParameter.payload("RSVP_YES"))))));

            JsonNode template = lastRequest().path("template");
            assertThat(lastRequest().path("type").asText()).isEqualTo("template");
            assertThat(template.path("name").asText()).isEqualTo("event_rsvp");
            assertThat(template.path("language").path("code").asText()).isEqualTo("en_US");
            JsonNode components = template.path("components");
            assertThat(components.get(0).path("type").asText()).isEqualTo("header");
            assertThat(components.get(0).path("parameters").get(0).path("type").asText()).isEqualTo("image");
            assertThat(components.get(0).path("parameters").get(0).path("image").path("link").asText())
                    .isEqualTo("https://cdn.example.org/poster.jpg");
            assertThat(components.get(1).path("type").asText()).isEqualTo("body");
            assertThat(components.get(1).path("parameters").findValuesAsText("text")).containsExactly("Jane", "Saturday");
            assertThat(components.get(2).path("type").asText()).isEqualTo("button");
            assertThat(components.get(2).path("sub_type").asText()).isEqualTo("quick_reply");
            assertThat(components.get(2).path("index").asText()).isEqualTo("0");
            assertThat(components.get(2).path("parameters").get(0).path("payload").asText()).isEqualTo("RSVP_YES");
        }

        @Test
        void reply_buttons() {
            send(new OutboundContent.ReplyButtons("Will you attend?", List.of(
                    new OutboundContent.ReplyButton("yes", "Yes"), new OutboundContent.ReplyButton("no", "No")),
                    Optional.of("Nairobi Music Fest"), Optional.of("Reply any time")));

            JsonNode interactive = lastRequest().path("interactive");
            assertThat(interactive.path("type").asText()).isEqualTo("button");
            assertThat(interactive.path("header").path("text").asText()).isEqualTo("Nairobi Music Fest");
            assertThat(interactive.path("body").path("text").asText()).isEqualTo("Will you attend?");
            assertThat(interactive.path("footer").path("text").asText()).isEqualTo("Reply any time");
            assertThat(interactive.path("action").path("buttons").get(1).path("type").asText()).isEqualTo("reply");
            assertThat(interactive.path("action").path("buttons").findValuesAsText("id")).containsExactly("yes", "no");
            assertThat(interactive.path("action").path("buttons").findValuesAsText("title")).containsExactly("Yes", "No");
        }

        @Test
        void a_list() {
            send(OutboundContent.ListMenu.of("Pick a ticket", "Tickets",
                    OutboundContent.ListSection.of("Early bird", OutboundContent.ListRow.of("eb-reg", "Regular")),
                    OutboundContent.ListSection.of("Door", new OutboundContent.ListRow("door-vip", "VIP", Optional.of("Front row")))));

            JsonNode interactive = lastRequest().path("interactive");
            assertThat(interactive.path("type").asText()).isEqualTo("list");
            assertThat(interactive.path("action").path("button").asText()).isEqualTo("Tickets");
            JsonNode sections = interactive.path("action").path("sections");
            assertThat(sections.get(0).path("title").asText()).isEqualTo("Early bird");
            assertThat(sections.get(1).path("rows").get(0).path("id").asText()).isEqualTo("door-vip");
            assertThat(sections.get(1).path("rows").get(0).path("description").asText()).isEqualTo("Front row");
        }

        @Test
        void media_by_link_with_a_caption_and_by_uploaded_id_with_a_filename() {
            send(new OutboundContent.Media(MediaKind.IMAGE, MediaSource.link("link", "https://cdn.example.org/card.png"),
                    Optional.of("Your HypeCard"), Optional.empty()));
            JsonNode image = lastRequest().path("image");
            assertThat(lastRequest().path("type").asText()).isEqualTo("image");
            assertThat(image.path("link").asText()).isEqualTo("https://cdn.example.org/card.png");
            assertThat(image.path("caption").asText()).isEqualTo("Your HypeCard");

            send(new OutboundContent.Media(MediaKind.DOCUMENT, new MediaSource.Uploaded(new MediaId("1037543291543636")),
                    Optional.empty(), Optional.of("ticket-0042.pdf")));
            JsonNode document = lastRequest().path("document");
            assertThat(document.path("id").asText()).isEqualTo("1037543291543636");
            assertThat(document.path("filename").asText()).isEqualTo("ticket-0042.pdf");
            assertThat(document.has("link")).isFalse();
        }

        @Test
        void mark_as_read() {
            SendOutcome outcome = channel.markAsRead(new ProviderMessageId("wamid.USERS-MESSAGE"));

            assertThat(outcome).isEqualTo(new SendOutcome.Accepted(new ProviderMessageId("wamid.USERS-MESSAGE")));
            assertThat(fake.readMarks()).containsExactly("wamid.USERS-MESSAGE");
            assertThat(fake.sent()).isEmpty();
        }
    }

    @Nested
    class Service_window {

        @Test
        void a_free_form_message_outside_24_hours_is_refused_for_good_with_131047() {
            clock.advance(Duration.ofHours(23).plusMinutes(1));

            ChannelFailure failure = failureOf(send(OutboundContent.TextMessage.of("Still there?")));

            assertThat(failure.code()).isEqualTo("131047");
            assertThat(failure.retry()).isEqualTo(ChannelFailure.Retry.PERMANENT);
            assertThat(failure.reason()).contains("24 hours");
            assertThat(fake.sent()).isEmpty();
        }

        @Test
        void a_user_who_never_wrote_gets_no_free_form_message() {
            ChannelFailure failure = failureOf(channel.send(OutboundMessage.to(
                    WhatsAppIdentity.ofPhone(new PhoneNumber("+254799000000")), OutboundContent.TextMessage.of("Hello"))));

            assertThat(failure.code()).isEqualTo("131047");
        }

        @Test
        void a_template_goes_outside_the_window() {
            clock.advance(Duration.ofDays(3));

            SendOutcome outcome = send(new OutboundContent.Template(new TemplateName("event_reminder"),
                    new LanguageCode("sw"), List.of()));

            assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
        }

        @Test
        void a_new_message_from_the_user_reopens_the_window() {
            clock.advance(Duration.ofDays(2));
            fake.userWrote(NUMBER_ID, USER, clock.instant());

            assertThat(send(OutboundContent.TextMessage.of("Welcome back"))).isInstanceOf(SendOutcome.Accepted.class);
        }
    }

    @Nested
    class Rate_limits {

        @Test
        void beyond_the_numbers_throughput_the_send_is_retryable_130429_and_goes_a_second_later() {
            for (int i = 0; i < 3; i++) {
                String user = "25471100000" + i;
                fake.userWrote(NUMBER_ID, user, clock.instant());
                assertThat(channel.send(OutboundMessage.to(WhatsAppIdentity.ofPhone(new PhoneNumber("+" + user)),
                        OutboundContent.TextMessage.of("hi")))).isInstanceOf(SendOutcome.Accepted.class);
            }

            ChannelFailure failure = failureOf(send(OutboundContent.TextMessage.of("one too many")));
            assertThat(failure.code()).isEqualTo("130429");
            assertThat(failure.isRetryable()).isTrue();

            clock.advance(Duration.ofSeconds(1));
            assertThat(send(OutboundContent.TextMessage.of("now it goes"))).isInstanceOf(SendOutcome.Accepted.class);
        }

        @Test
        void too_many_messages_to_one_user_are_retryable_131056_while_others_still_get_theirs() {
            send(OutboundContent.TextMessage.of("1"));
            send(OutboundContent.TextMessage.of("2"));

            ChannelFailure failure = failureOf(send(OutboundContent.TextMessage.of("3")));
            assertThat(failure.code()).isEqualTo("131056");
            assertThat(failure.isRetryable()).isTrue();

            fake.userWrote(NUMBER_ID, "254722222222", clock.instant());
            assertThat(channel.send(OutboundMessage.to(WhatsAppIdentity.ofPhone(new PhoneNumber("+254722222222")),
                    OutboundContent.TextMessage.of("other user")))).isInstanceOf(SendOutcome.Accepted.class);

            clock.advance(Duration.ofSeconds(6));
            assertThat(send(OutboundContent.TextMessage.of("3 again"))).isInstanceOf(SendOutcome.Accepted.class);
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest(name = "HTTP {0}, code {1} is {2}")
        @CsvSource({
                "400, 131026, PERMANENT",
                "400, 131051, PERMANENT",
                "400, 368, PERMANENT",
                "400, 100, PERMANENT",
                "400, 131049, PERMANENT",
                "400, 132001, PERMANENT",
                "400, 4, RETRYABLE",
                "400, 80007, RETRYABLE",
                "400, 131048, RETRYABLE",
                "500, 131000, RETRYABLE",
                "503, 2, RETRYABLE",
                "500, 424242, RETRYABLE",
                "400, 424242, PERMANENT",
                "500, 131026, PERMANENT"})
        void each_provider_code_is_classified(int httpStatus, int code, ChannelFailure.Retry expected) {
            fake.failNextSend(httpStatus, code, "(#" + code + ") scripted");

            ChannelFailure failure = failureOf(send(OutboundContent.TextMessage.of("hi")));

            assertThat(failure.code()).isEqualTo(String.valueOf(code));
            assertThat(failure.retry()).isEqualTo(expected);
            assertThat(failure.alert()).isEmpty();
            assertThat(failure.reason()).contains("scripted");
        }

        @Test
        void an_invalid_access_token_is_permanent_190_and_alerts_the_organisation() {
            ChannelFailure failure = failureOf(channel("EAAG-revoked", Duration.ofSeconds(5))
                    .send(OutboundMessage.to(USER_PHONE, OutboundContent.TextMessage.of("hi"))));

            assertThat(failure.code()).isEqualTo("190");
            assertThat(failure.retry()).isEqualTo(ChannelFailure.Retry.PERMANENT);
            assertThat(failure.alert()).contains(ChannelFailure.Alert.ACCESS_TOKEN_INVALID);
            assertThat(fake.sent()).isEmpty();
        }

        @Test
        void a_gateway_error_without_a_graph_body_is_retryable() {
            fake.failNextSendWithoutCode(502);

            ChannelFailure failure = failureOf(send(OutboundContent.TextMessage.of("hi")));

            assertThat(failure.code()).isEqualTo("http_502");
            assertThat(failure.isRetryable()).isTrue();
        }

        @Test
        void an_unknown_phone_number_id_is_permanent() {
            CloudApiChannel unknown = new CloudApiChannel(CloudApiSettings.forNumber(new BusinessNumberId("999"),
                    new ChannelSecret(TOKEN)).withBaseUri(fake.baseUri()), http);

            ChannelFailure failure = failureOf(unknown.send(OutboundMessage.to(USER_PHONE, OutboundContent.TextMessage.of("hi"))));

            assertThat(failure.code()).isEqualTo("100");
            assertThat(failure.retry()).isEqualTo(ChannelFailure.Retry.PERMANENT);
        }

        @Test
        void a_timeout_is_retryable() {
            fake.respondAfter(Duration.ofMillis(1500));

            ChannelFailure failure = failureOf(channel(TOKEN, Duration.ofMillis(200))
                    .send(OutboundMessage.to(USER_PHONE, OutboundContent.TextMessage.of("hi"))));

            assertThat(failure.code()).isEqualTo("timeout");
            assertThat(failure.isRetryable()).isTrue();
        }

        @Test
        void an_unreachable_api_is_retryable() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            CloudApiChannel nowhere = new CloudApiChannel(CloudApiSettings.forNumber(new BusinessNumberId(NUMBER_ID),
                    new ChannelSecret(TOKEN)).withBaseUri(URI.create("http://127.0.0.1:" + closedPort)), http);

            ChannelFailure failure = failureOf(nowhere.send(OutboundMessage.to(USER_PHONE, OutboundContent.TextMessage.of("hi"))));

            assertThat(failure.code()).isEqualTo("network_error");
            assertThat(failure.isRetryable()).isTrue();
        }
    }

    @Nested
    class Status_webhooks {

        @Test
        void sent_delivered_and_read_come_back_signed_and_carry_our_reference() throws Exception {
            try (StatusWebhookReceiver receiver = new StatusWebhookReceiver(APP_SECRET)) {
                fake.deliverWebhooksTo(receiver.url(), APP_SECRET);

                SendOutcome outcome = channel.send(new OutboundMessage(USER_PHONE, OutboundContent.TextMessage.of("hi"),
                        Optional.empty(), Optional.of(new CallbackData("org:1|recipient:5"))));
                ProviderMessageId id = ((SendOutcome.Accepted) outcome).messageId();

                List<DeliveryReport> reports = receiver.awaitReports(r -> r.size() == 3, Duration.ofSeconds(5));

                assertThat(receiver.answers()).containsOnly(200);
                assertThat(reports).extracting(DeliveryReport::status)
                        .containsExactly(DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ);
                assertThat(reports).allSatisfy(report -> {
                    assertThat(report.messageId()).isEqualTo(id);
                    assertThat(report.recipient()).contains(USER_PHONE);
                    assertThat(report.sentFrom()).isEqualTo(new BusinessNumberId(NUMBER_ID));
                    assertThat(report.callbackData()).contains("org:1|recipient:5");
                });
                DeliveryProgress progress = DeliveryProgress.from(reports.get(0));
                for (DeliveryReport report : reports) {
                    progress = progress.after(report);
                }
                assertThat(progress.status()).isEqualTo(DeliveryStatus.READ);
            }
        }

        @Test
        void a_message_to_a_user_not_on_whatsapp_is_accepted_then_reported_failed_with_131026() throws Exception {
            try (StatusWebhookReceiver receiver = new StatusWebhookReceiver(APP_SECRET)) {
                fake.deliverWebhooksTo(receiver.url(), APP_SECRET).makeUndeliverable(USER);

                assertThat(send(OutboundContent.TextMessage.of("hi"))).isInstanceOf(SendOutcome.Accepted.class);
                List<DeliveryReport> reports = receiver.awaitReports(r -> !r.isEmpty(), Duration.ofSeconds(5));

                assertThat(reports).singleElement().satisfies(report -> {
                    assertThat(report.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(report.errors()).extracting(e -> e.code()).containsExactly(131026);
                });
            }
        }

        @Test
        void a_webhook_signed_with_another_secret_is_refused_by_the_receiver() throws Exception {
            try (StatusWebhookReceiver receiver = new StatusWebhookReceiver(APP_SECRET)) {
                fake.deliverWebhooksTo(receiver.url(), new ChannelSecret("not-the-app-secret"));

                send(OutboundContent.TextMessage.of("hi"));
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (fake.webhookAttempts().size() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }

                assertThat(fake.webhookAttempts()).extracting(FakeCloudApi.WebhookAttempt::httpStatus).containsOnly(401);
                assertThat(receiver.reports()).isEmpty();
            }
        }

        @Test
        void an_inbound_text_from_the_fake_opens_the_window() throws Exception {
            try (StatusWebhookReceiver receiver = new StatusWebhookReceiver(APP_SECRET)) {
                fake.deliverWebhooksTo(receiver.url(), APP_SECRET);
                String newUser = "254733000111";

                assertThat(fake.userSendsText(NUMBER_ID, newUser, "Baraka", "hi")).isEqualTo(200);

                assertThat(channel.send(OutboundMessage.to(WhatsAppIdentity.ofPhone(new PhoneNumber("+" + newUser)),
                        OutboundContent.TextMessage.of("Karibu Baraka")))).isInstanceOf(SendOutcome.Accepted.class);
            }
        }
    }
}
