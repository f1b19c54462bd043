package io.chatnation.app.server.messaging;

import static io.chatnation.app.server.messaging.BotTexts.DEFAULT_REPLY;
import static io.chatnation.app.server.messaging.BotTexts.OPTED_OUT;
import static io.chatnation.app.server.messaging.ConnectedNumber.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.whatsapp.cloud.WebhookSignature;
import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi;
import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.messaging.ChannelSecret;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inbound pipeline end to end: Meta's signed webhooks posted to a number's URL, the worker routing them, and
 * replies arriving at the Cloud API fake.
 */
class InboundWhatsAppTest {

    @Test
    void hi_from_a_new_number_creates_the_contact_and_conversation_and_gets_the_default_reply() {
        ConnectedNumber number = ConnectedNumber.connect("Hi Org");
        String user = ConnectedNumber.newUser();

        String inbound = number.userWrites(user, "Wanjiku", "hi");

        FakeCloudApi.SentMessage reply = number.awaitSentTo(user, 1).get(0);
        assertThat(reply.textBody()).isEqualTo(DEFAULT_REPLY);
        assertThat(reply.body().path("context").path("message_id").asText()).isEqualTo(inbound);
        assertThat(number.count("select count(*) from contacts where org_id = :org and phone = '+" + user
                + "' and profile_name = 'Wanjiku' and not opted_out and last_inbound_at is not null")).isEqualTo(1);
        assertThat(number.count("select count(*) from conversations v join contacts c on c.id = v.contact_id "
                + "where v.org_id = :org and c.phone = '+" + user + "' and v.current_state = 'IDLE' "
                + "and v.state_data = '{}'::jsonb and v.current_module is null")).isEqualTo(1);
        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'outbound' "
                + "and status = 'sent' and provider_message_id = '" + reply.messageId() + "'") == 1, "the reply stored as sent");
        assertThat(number.count("select count(*) from messages where org_id = :org and direction = 'inbound' "
                + "and provider_message_id = '" + inbound + "' and status = 'handled' and body = 'hi' "
                + "and contact_id is not null and conversation_id is not null")).isEqualTo(1);
        await(() -> number.count("select count(*) from jobs where org_id = :org") == 0, "the job completed");
    }

    @Test
    void a_redelivered_webhook_stores_nothing_new_and_is_answered_once() throws InterruptedException {
        ConnectedNumber number = ConnectedNumber.connect("Redelivery Org");
        String user = ConnectedNumber.newUser();
        WebhookPayloads.SignedWebhook hook = number.text("wamid.redelivered-" + user, user, "Otieno", "hi");

        Api.Response first = number.post(hook);
        Api.Response again = number.post(hook);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("newMessages").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("newMessages").asInt()).isZero();
        number.awaitSentTo(user, 1);
        Thread.sleep(500);
        number.post(hook);
        Thread.sleep(500);
        assertThat(number.sentTo(user)).hasSize(1);
        assertThat(number.count("select count(*) from messages where org_id = :org and direction = 'inbound'")).isEqualTo(1);
        assertThat(number.count("select count(*) from contacts where org_id = :org")).isEqualTo(1);
    }

    @Test
    void one_persons_messages_are_handled_in_the_order_received_while_several_workers_run() {
        ConnectedNumber number = ConnectedNumber.connect("Ordering Org");
        String user = ConnectedNumber.newUser();
        ConnectedNumber.fake().userWrote(number.phoneNumberId, user, Instant.now());
        long now = Instant.now().getEpochSecond();
        WebhookPayloads.Builder batch = WebhookPayloads.builder().entry(number.wabaId)
                .change(number.phoneNumberId, number.displayNumber.substring(1)).contact(user, "Kamau");
        for (int i = 0; i < 3; i++) {
            batch.message(WebhookPayloads.textMessage("wamid.order-" + i + "-" + user, user, now, "question " + i));
        }
        batch.message(WebhookPayloads.textMessage("wamid.order-stop-" + user, user, now, "STOP"));

        Api.Response r = number.post(batch.signedWith(new ChannelSecret(ConnectedNumber.APP_SECRET)));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("newMessages").asInt()).isEqualTo(4);
        List<FakeCloudApi.SentMessage> replies = number.awaitSentTo(user, 4);
        assertThat(replies).extracting(FakeCloudApi.SentMessage::textBody)
                .containsExactly(DEFAULT_REPLY, DEFAULT_REPLY, DEFAULT_REPLY, OPTED_OUT);
        assertThat(replies).extracting(m -> m.body().path("context").path("message_id").asText())
                .containsExactly("wamid.order-0-" + user, "wamid.order-1-" + user, "wamid.order-2-" + user,
                        "wamid.order-stop-" + user);
    }

    @Test
    void a_reply_the_provider_refuses_for_now_is_sent_again_and_a_permanently_refused_one_is_marked_failed() {
        ConnectedNumber number = ConnectedNumber.connect("Retry Org");
        String patient = ConnectedNumber.newUser();
        String unreachable = ConnectedNumber.newUser();

        ConnectedNumber.fake().failNextSend(400, 130429, "Rate limit hit");
        number.userWrites(patient, "Patient", "hi");

        assertThat(number.awaitSentTo(patient, 1).get(0).textBody()).isEqualTo(DEFAULT_REPLY);
        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'outbound' "
                + "and status = 'sent'") == 1, "the retried reply stored as sent");

        ConnectedNumber.fake().failNextSend(400, 131026, "Message undeliverable");
        number.userWrites(unreachable, "Gone", "hi");

        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'outbound' "
                + "and status = 'failed' and error_code = 131026 and failed_at is not null") == 1, "the reply marked failed");
        await(() -> number.count("select count(*) from jobs where org_id = :org") == 0, "both jobs completed");
        assertThat(number.sentTo(unreachable)).isEmpty();
        assertThat(number.sentTo(patient)).hasSize(1);
    }

    @Test
    void a_bad_or_missing_signature_is_refused_with_401_and_nothing_is_stored() {
        ConnectedNumber number = ConnectedNumber.connect("Forged Org");
        String user = ConnectedNumber.newUser();
        WebhookPayloads.SignedWebhook genuine = number.text("wamid.forged-" + user, user, "Mallory", "hi");
        String forged = WebhookPayloads.builder().entry(number.wabaId).change(number.phoneNumberId, "1")
                .message(WebhookPayloads.textMessage("wamid.x", user, 1, "hi"))
                .signedWith(new ChannelSecret("another-app-secret")).signature();

        Api.Response wrong = number.post(genuine.body(), Map.of("X-Hub-Signature-256", forged, "Content-Type", "application/json"));
        Api.Response missing = number.post(genuine.body(), Map.of("Content-Type", "application/json"));

        for (Api.Response response : List.of(wrong, missing)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(number.count("select count(*) from messages where org_id = :org")).isZero();
        assertThat(number.count("select count(*) from jobs where org_id = :org")).isZero();
        assertThat(number.count("select count(*) from contacts where org_id = :org")).isZero();
    }

    @Test
    void a_signed_body_that_is_not_a_webhook_is_a_400_and_an_unknown_webhook_key_a_404() {
        ConnectedNumber number = ConnectedNumber.connect("Malformed Org");
        byte[] body = "{\"entry\": \"not a list\"".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign(new ChannelSecret(ConnectedNumber.APP_SECRET), body);

        Api.Response malformed = number.post(body, Map.of("X-Hub-Signature-256", signature, "Content-Type", "application/json"));
        Api.Response unknown = Api.send(Api.builder("/api/v1/webhooks/whatsapp/" + "x".repeat(43), null)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(number.count("select count(*) from messages where org_id = :org")).isZero();
    }

    @Test
    void the_handshake_echoes_the_challenge_for_the_right_verify_token_and_is_403_otherwise() {
        ConnectedNumber number = ConnectedNumber.connect("Handshake Org");

        Api.Response right = Api.get(number.webhookPath + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token="
                + ConnectedNumber.VERIFY_TOKEN, null);
        Api.Response wrong = Api.get(number.webhookPath + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess", null);
        Api.Response incomplete = Api.get(number.webhookPath + "?hub.challenge=1158201444", null);

        assertThat(right.status()).as(right.toString()).isEqualTo(200);
        assertThat(right.raw()).isEqualTo("1158201444");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        assertThat(wrong.raw()).doesNotContain("1158201444");
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
        assertThat(incomplete.raw()).contains("hub.mode", "hub.verify_token");
    }

    @Test
    void stop_opts_the_contact_out_with_an_audit_entry_and_start_opts_them_back_in() throws InterruptedException {
        ConnectedNumber number = ConnectedNumber.connect("Consent Org");
        String user = ConnectedNumber.newUser();
        number.userWrites(user, "Achieng", "hi");
        number.awaitSentTo(user, 1);

        number.userWrites(user, "Achieng", "STOP");

        assertThat(number.awaitSentTo(user, 2).get(1).textBody()).startsWith("You have been unsubscribed");
        assertThat(number.count("select count(*) from contacts where org_id = :org and opted_out and opted_out_at is not null"))
                .isEqualTo(1);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'contact.opted_out' "
                + "and actor_type = 'system' and entity_type = 'contact'")).isEqualTo(1);

        number.userWrites(user, "Achieng", "hello?");
        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'inbound' "
                + "and status = 'handled'") == 3, "the third message routed");
        Thread.sleep(300);
        assertThat(number.sentTo(user)).as("nothing is sent to an opted-out contact").hasSize(2);

        number.userWrites(user, "Achieng", " start ");

        assertThat(number.awaitSentTo(user, 3).get(2).textBody()).startsWith("Welcome back");
        assertThat(number.count("select count(*) from contacts where org_id = :org and not opted_out and opted_in_at is not null"))
                .isEqualTo(1);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'contact.opted_in' "
                + "and actor_type = 'system'")).isEqualTo(1);
        assertThat(number.count("select count(*) from contact_consent_events where org_id = :org and source like 'whatsapp%'"))
                .as("both changes in the consent history").isEqualTo(2);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action like 'contact.opted%' "
                + "and metadata::text like '%" + user + "%'")).as("the number stays out of the trail").isZero();
    }

    @Test
    void a_blocked_contact_is_never_answered_but_their_messages_are_kept() throws InterruptedException {
        ConnectedNumber number = ConnectedNumber.connect("Blocking Org");
        String user = ConnectedNumber.newUser();
        number.userWrites(user, "Kamau", "hi");
        number.awaitSentTo(user, 1);
        String id = io.chatnation.app.server.Api.get("/api/v1/contacts?search=" + user, number.owner.bearer()).json()
                .at("/data/0/id").asText();
        assertThat(io.chatnation.app.server.Api.post("/api/v1/contacts/" + id + "/block", number.owner.bearer(),
                Map.of()).status()).isEqualTo(200);

        number.userWrites(user, "Kamau", "hello?");
        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'inbound' "
                + "and status = 'handled'") == 2, "the second message routed");
        Thread.sleep(300);
        assertThat(number.sentTo(user)).as("nothing is sent to a blocked contact").hasSize(1);
    }

    @Test
    void delivery_reports_move_the_reply_forward_and_a_late_delivered_never_undoes_read() {
        ConnectedNumber number = ConnectedNumber.connect("Status Org");
        String first = ConnectedNumber.newUser();
        String second = ConnectedNumber.newUser();
        number.userWrites(first, "One", "hi");
        number.userWrites(second, "Two", "hi");
        String toFirst = number.awaitSentTo(first, 1).get(0).messageId();
        String toSecond = number.awaitSentTo(second, 1).get(0).messageId();
        awaitStatus(number, toFirst, "sent");
        awaitStatus(number, toSecond, "sent");

        number.post(number.status(toFirst, "delivered", first, Instant.now().minusSeconds(5)));
        awaitStatus(number, toFirst, "delivered");
        number.post(number.status(toFirst, "read", first, Instant.now()));
        awaitStatus(number, toFirst, "read");

        number.post(number.status(toSecond, "read", second, Instant.now()));
        awaitStatus(number, toSecond, "read");
        number.post(number.status(toSecond, "delivered", second, Instant.now().minusSeconds(5)));
        await(() -> number.count("select count(*) from messages where org_id = :org and provider_message_id = '"
                + toSecond + "' and delivered_at is not null") == 1, "the late delivery time filled in");
        assertThat(number.count("select count(*) from messages where org_id = :org and provider_message_id = '"
                + toSecond + "' and status = 'read' and read_at is not null")).isEqualTo(1);
    }

    @Test
    void channel_accounts_show_their_webhook_url_but_never_their_secrets_and_removal_closes_the_webhook() {
        ConnectedNumber number = ConnectedNumber.connect("Channels Org");

        Api.Response list = Api.get("/api/v1/channels", number.owner.bearer());
        Api.Response shown = Api.get("/api/v1/channels/" + number.channelId, number.owner.bearer());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("data")).hasSize(1);
        assertThat(shown.json().path("phoneNumberId").asText()).isEqualTo(number.phoneNumberId);
        assertThat(shown.json().path("webhookUrl").asText()).endsWith(number.webhookPath);
        for (Api.Response r : List.of(list, shown)) {
            assertThat(r.raw()).doesNotContain(ConnectedNumber.APP_SECRET, ConnectedNumber.VERIFY_TOKEN, number.accessToken);
        }
        assertThat(number.count("select count(*) from channel_accounts where org_id = :org and position('"
                + number.accessToken + "' in encode(access_token, 'escape')) = 0")).isEqualTo(1);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'channel_account.connected'"))
                .isEqualTo(1);

        Api.Response removed = Api.delete("/api/v1/channels/" + number.channelId, number.owner.bearer());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/channels/" + number.channelId, number.owner.bearer()).status()).isEqualTo(404);
        assertThat(number.post(number.text("wamid.after-removal", "254700000001", "X", "hi")).status()).isEqualTo(404);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'channel_account.removed'"))
                .isEqualTo(1);
    }

    @Test
    void connecting_a_channel_with_bad_fields_names_each_field_and_stores_nothing() {
        Api.Session owner = Api.registerOrganisation("Bad Channel Org");

        Api.Response r = Api.post("/api/v1/channels", owner.bearer(), Map.of("provider", "whatsapp_cloud",
                "phoneNumberId", "abc", "displayNumber", "0712", "accessToken", " "));
        Api.Response unknown = Api.post("/api/v1/channels", owner.bearer(), Map.of("provider", "telegram",
                "displayNumber", "0712"));

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.raw()).contains("phoneNumberId", "wabaId", "displayNumber", "accessToken", "appSecret",
                "verifyToken");
        // Which fields a number needs depends on its provider: an unknown one is named with the choices.
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("provider", "whatsapp_cloud, twilio, sandbox", "displayNumber");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from channel_accounts where org_id = '" + owner.orgId() + "'"))
                .isZero();
    }

    @Test
    void managing_channels_needs_org_manage() {
        Api.Session owner = Api.registerOrganisation("Scoped Org");
        Api.Response key = Api.post("/api/v1/api-keys", owner.bearer(), Map.of("name", "reader", "scopes", List.of("org:read")));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        String reader = key.json().path("secret").asText();

        Api.Response listed = Api.get("/api/v1/channels", reader);
        Api.Response connected = Api.post("/api/v1/channels", reader, Map.of("phoneNumberId", "1234", "wabaId", "5678",
                "displayNumber", "+254712345678", "accessToken", "t", "appSecret", "s", "verifyToken", "v"));

        assertThat(listed.status()).as(listed.toString()).isEqualTo(403);
        assertThat(connected.status()).as(connected.toString()).isEqualTo(403);
        assertThat(TestPlatform.countAsSuperuser("select count(*) from channel_accounts where org_id = '" + owner.orgId() + "'"))
                .isZero();
    }

    private static void awaitStatus(ConnectedNumber number, String providerMessageId, String status) {
        await(() -> number.count("select count(*) from messages where org_id = :org and provider_message_id = '"
                + providerMessageId + "' and status = '" + status + "'") == 1, providerMessageId + " " + status);
    }
}
