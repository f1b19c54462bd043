package io.chatnation.app.server.messaging;

import static io.chatnation.app.server.messaging.BotTexts.DEFAULT_REPLY;
import static io.chatnation.app.server.messaging.ConnectedNumber.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi;
import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.in.AbandonExpiredConversations;
import io.chatnation.ports.messaging.in.DeliverChannelAlerts;
import io.chatnation.ports.messaging.in.ResumeConversation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Routing end to end through the Cloud API fake: the menu, processes holding a conversation, their timeouts, human
 * takeover, the organisation's own default reply and consent words, and an access token the provider refuses.
 */
class RoutingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SETTINGS = "/api/v1/messaging/settings";

    private static Map<String, Object> menuOf(String... labels) {
        return Map.of("title", "How can we help you today?", "options",
                java.util.Arrays.stream(labels).map(l -> Map.of("label", l, "keyword", "JOIN")).toList());
    }

    /** A tap on a reply button or list row, as Meta posts it. */
    private static String tap(String messageId, String fromDigits, String kind, String id, String title) {
        ObjectNode message = JSON.createObjectNode();
        message.put("from", fromDigits).put("id", messageId).put("timestamp", String.valueOf(Instant.now().getEpochSecond()))
                .put("type", "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", kind);
        interactive.putObject(kind).put("id", id).put("title", title);
        return message.toString();
    }

    private static void userTaps(ConnectedNumber number, String user, String kind, String id, String title) {
        ConnectedNumber.fake().userWrote(number.phoneNumberId, user, Instant.now());
        Api.Response r = number.post(WebhookPayloads.builder().entry(number.wabaId)
                .change(number.phoneNumberId, number.displayNumber.substring(1)).contact(user, "Tapper")
                .message(tap("wamid." + UUID.randomUUID().toString().replace("-", ""), user, kind, id, title))
                .signedWith(new ChannelSecret(ConnectedNumber.APP_SECRET)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static Api.Response saveSettings(ConnectedNumber number, Map<String, Object> body) {
        return Api.sendJson("PUT", SETTINGS, number.owner.bearer(), body);
    }

    private static String conversationState(ConnectedNumber number, String user) {
        long locked = number.count("select count(*) from conversations v join contacts c on c.id = v.contact_id "
                + "where v.org_id = :org and c.phone = '+" + user + "' and v.current_state = 'LOCKED'");
        return locked == 1 ? "LOCKED" : "IDLE";
    }

    @Test
    void menu_shows_a_list_and_the_choice_starts_its_process_which_records_the_opt_in() {
        ConnectedNumber number = ConnectedNumber.connect("Menu Org");
        String user = ConnectedNumber.newUser();
        Api.Response saved = saveSettings(number, Map.of("menu", menuOf("Join updates", "Events news", "Offers", "Jobs")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        number.userWrites(user, "Amina", "Menú");

        FakeCloudApi.SentMessage list = number.awaitSentTo(user, 1).get(0);
        assertThat(list.type()).isEqualTo("interactive");
        assertThat(list.body().path("interactive").path("type").asText()).isEqualTo("list");
        assertThat(list.body().path("interactive").path("action").toString()).contains("Join updates", "Jobs");
        assertThat(conversationState(number, user)).isEqualTo("LOCKED");

        userTaps(number, user, "list_reply", "menu:1", "Join updates");

        FakeCloudApi.SentMessage question = number.awaitSentTo(user, 2).get(1);
        assertThat(question.body().path("interactive").path("type").asText()).isEqualTo("button");
        assertThat(number.count("select count(*) from conversations where org_id = :org and current_state = 'LOCKED' "
                + "and current_module = 'opt_in_confirmation' and state_step = 'confirming' "
                + "and state_expires_at > now()")).isEqualTo(1);

        userTaps(number, user, "button_reply", "optin:yes", "Yes, subscribe");

        assertThat(number.awaitSentTo(user, 3).get(2).textBody()).startsWith("Thank you! You are subscribed");
        await(() -> number.count("select count(*) from contacts where org_id = :org and opt_in_source = "
                + "'whatsapp_confirmation' and opted_in_at is not null") == 1, "the opt-in recorded");
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'contact.opted_in'"))
                .isEqualTo(1);
        await(() -> conversationState(number, user).equals("IDLE"), "the conversation released");
        assertThat(number.count("select count(*) from messages where org_id = :org and direction = 'inbound' "
                + "and choice_id = 'menu:1' and body = 'Join updates'")).isEqualTo(1);
    }

    @Test
    void a_locked_conversation_continues_its_process_instead_of_the_default_reply() {
        ConnectedNumber number = ConnectedNumber.connect("Locked Org");
        String user = ConnectedNumber.newUser();

        number.userWrites(user, "Baraka", "join");
        assertThat(number.awaitSentTo(user, 1).get(0).type()).isEqualTo("interactive");
        number.userWrites(user, "Baraka", "hi");

        List<FakeCloudApi.SentMessage> sent = number.awaitSentTo(user, 3);
        assertThat(sent.get(1).textBody()).isEqualTo("Please tap Yes or No.");
        assertThat(sent.get(2).body().path("interactive").path("type").asText()).isEqualTo("button");
        assertThat(sent).extracting(FakeCloudApi.SentMessage::textBody).doesNotContain(DEFAULT_REPLY);
        assertThat(conversationState(number, user)).isEqualTo("LOCKED");

        number.userWrites(user, "Baraka", "hapana");

        assertThat(number.awaitSentTo(user, 4).get(3).textBody()).startsWith("No problem");
        await(() -> conversationState(number, user).equals("IDLE"), "the conversation released");
        assertThat(number.count("select count(*) from contacts where org_id = :org and opt_in_source is not null")).isZero();
    }

    @Test
    void an_expired_lock_is_abandoned_with_a_notice_and_the_next_hi_gets_the_default_reply() {
        ConnectedNumber number = ConnectedNumber.connect("Timeout Org");
        String user = ConnectedNumber.newUser();
        number.userWrites(user, "Chege", "JOIN");
        number.awaitSentTo(user, 1);
        await(() -> conversationState(number, user).equals("LOCKED"), "the process holding the conversation");
        TestPlatform.countAsSuperuser("with moved as (update conversations set state_expires_at = now() - interval '1 minute' "
                + "where org_id = '" + number.owner.orgId() + "' returning 1) select count(*) from moved");

        int abandoned = TestPlatform.context().getBean(AbandonExpiredConversations.class).abandonExpired(1000);

        assertThat(abandoned).isGreaterThanOrEqualTo(1);
        assertThat(number.awaitSentTo(user, 2).get(1).textBody()).startsWith("We did not get your answer");
        assertThat(number.count("select count(*) from conversations where org_id = :org and current_state = 'IDLE' "
                + "and current_module is null and state_step is null and state_expires_at is null "
                + "and state_data = '{}'::jsonb")).isEqualTo(1);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'conversation.abandoned' "
                + "and actor_type = 'system'")).isEqualTo(1);

        number.userWrites(user, "Chege", "hi");

        assertThat(number.awaitSentTo(user, 3).get(2).textBody()).isEqualTo(DEFAULT_REPLY);
    }

    @Test
    void stop_in_the_middle_of_a_process_opts_out_and_frees_the_conversation() {
        ConnectedNumber number = ConnectedNumber.connect("Stop Midway Org");
        String user = ConnectedNumber.newUser();
        number.userWrites(user, "Halima", "join");
        number.awaitSentTo(user, 1);

        number.userWrites(user, "Halima", "STOP");

        assertThat(number.awaitSentTo(user, 2).get(1).textBody()).startsWith("You have been unsubscribed");
        await(() -> conversationState(number, user).equals("IDLE"), "the conversation released");
        assertThat(number.count("select count(*) from contacts where org_id = :org and opted_out")).isEqualTo(1);
    }

    @Test
    void a_module_resumes_a_waiting_conversation_and_its_process_answers_the_contact() {
        ConnectedNumber number = ConnectedNumber.connect("Resume Org");
        String user = ConnectedNumber.newUser();
        number.userWrites(user, "Imani", "join");
        number.awaitSentTo(user, 1);
        await(() -> conversationState(number, user).equals("LOCKED"), "the process holding the conversation");
        ResumeConversation resume = TestPlatform.context().getBean(ResumeConversation.class);
        OrgId org = new OrgId(UUID.fromString(number.owner.orgId()));
        ContactId contact = new ContactId(UUID.fromString(Api.get("/api/v1/contacts", number.owner.bearer()).json()
                .path("data").get(0).path("id").asText()));

        assertThat(resume.resume(new ResumeConversation.Command(org, contact, "opt_in_confirmation", Map.of())))
                .as("a LOCKED conversation waits for the contact, not for an outside event")
                .isEqualTo(ResumeConversation.Outcome.NOT_WAITING);
        TestPlatform.countAsSuperuser("with moved as (update conversations set current_state = 'WAITING' where org_id = '"
                + number.owner.orgId() + "' returning 1) select count(*) from moved");

        assertThat(resume.resume(new ResumeConversation.Command(org, contact, "opt_in_confirmation", Map.of("paid", "no"))))
                .isEqualTo(ResumeConversation.Outcome.RESUMED);
        List<FakeCloudApi.SentMessage> sent = number.awaitSentTo(user, 3);
        assertThat(sent.get(1).textBody()).isEqualTo("Please tap Yes or No.");
        assertThat(sent.get(2).body().path("interactive").path("type").asText()).isEqualTo("button");
        assertThat(number.count("select count(*) from conversations where org_id = :org and current_state = 'LOCKED'"))
                .isEqualTo(1);
        assertThat(resume.resume(new ResumeConversation.Command(org, contact, "opt_in_confirmation", Map.of())))
                .isEqualTo(ResumeConversation.Outcome.NOT_WAITING);
    }

    @Test
    void while_an_agent_has_taken_over_the_bot_stays_silent() throws InterruptedException {
        ConnectedNumber number = ConnectedNumber.connect("Takeover Org");
        String user = ConnectedNumber.newUser();
        number.userWrites(user, "Dalia", "hi");
        number.awaitSentTo(user, 1);
        TestPlatform.countAsSuperuser("with moved as (update conversations set human_takeover = true where org_id = '"
                + number.owner.orgId() + "' returning 1) select count(*) from moved");

        number.userWrites(user, "Dalia", "menu");

        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'inbound' "
                + "and status = 'handled'") == 2, "the second message routed");
        Thread.sleep(300);
        assertThat(number.sentTo(user)).hasSize(1);
        assertThat(conversationState(number, user)).isEqualTo("IDLE");
    }

    @Test
    void the_organisations_default_reply_and_local_opt_out_word_are_used() {
        ConnectedNumber number = ConnectedNumber.connect("Karibu Org");
        String user = ConnectedNumber.newUser();
        Api.Response saved = saveSettings(number, Map.of("defaultReply", "Karibu! Tutakujibu hivi karibuni.",
                "optOutWords", List.of("acha")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("optOutWords").toString()).isEqualTo("[\"ACHA\"]");
        assertThat(Api.get(SETTINGS, number.owner.bearer()).json().path("defaultReplyInEffect").asText())
                .isEqualTo("Karibu! Tutakujibu hivi karibuni.");

        number.userWrites(user, "Eshe", "habari");
        assertThat(number.awaitSentTo(user, 1).get(0).textBody()).isEqualTo("Karibu! Tutakujibu hivi karibuni.");

        number.userWrites(user, "Eshe", "Acha");

        assertThat(number.awaitSentTo(user, 2).get(1).textBody()).startsWith("You have been unsubscribed");
        assertThat(number.count("select count(*) from contacts where org_id = :org and opted_out")).isEqualTo(1);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'contact.opted_out'"))
                .isEqualTo(1);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org "
                + "and action = 'messaging.routing_updated'")).isEqualTo(1);
    }

    @Test
    void bad_settings_are_a_400_naming_the_field_and_change_nothing() {
        ConnectedNumber number = ConnectedNumber.connect("Bad Settings Org");

        Api.Response unknownKeyword = saveSettings(number, Map.of("menu", Map.of("title", "Pick",
                "options", List.of(Map.of("label", "Tickets", "keyword", "TICKETS")))));
        Api.Response turnedAround = saveSettings(number, Map.of("optOutWords", List.of("start")));
        Api.Response tooMany = saveSettings(number, Map.of("menu", menuOf("1", "2", "3", "4", "5", "6", "7", "8", "9",
                "10", "11")));

        for (Api.Response r : List.of(unknownKeyword, turnedAround, tooMany)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(unknownKeyword.raw()).contains("menu.options[0].keyword", "JOIN");
        assertThat(number.count("select count(*) from messaging_settings where org_id = :org")).isZero();
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action like 'messaging.%'")).isZero();
        assertThat(Api.sendJson("PUT", SETTINGS, null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void a_refused_access_token_marks_the_number_and_notifies_the_organisation_once() {
        ConnectedNumber number = ConnectedNumber.connect("Expired Token Org");
        String first = ConnectedNumber.newUser();
        String second = ConnectedNumber.newUser();

        ConnectedNumber.fake().failNextSend(401, 190, "Error validating access token: Session has expired");
        number.userWrites(first, "Faraji", "hi");
        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'outbound' "
                + "and status = 'failed' and error_code = 190") == 1, "the first reply failed");
        ConnectedNumber.fake().failNextSend(401, 190, "Error validating access token: Session has expired");
        number.userWrites(second, "Gathoni", "hi");
        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'outbound' "
                + "and status = 'failed' and error_code = 190") == 2, "the second reply failed");

        assertThat(number.count("select count(*) from channel_alerts where org_id = :org "
                + "and code = 'channel.access_token_invalid' and read_at is null")).isEqualTo(1);
        assertThat(number.count("select count(*) from channel_accounts where org_id = :org and attention_code = '190' "
                + "and attention_since is not null")).isEqualTo(1);

        Api.Response channel = Api.get("/api/v1/channels/" + number.channelId, number.owner.bearer());
        assertThat(channel.json().path("needsAttention").asBoolean()).as(channel.toString()).isTrue();
        assertThat(channel.json().path("attention").path("code").asText()).isEqualTo("190");
        assertThat(Api.get("/api/v1/channels", number.owner.bearer()).json().toString()).contains("\"needsAttention\":true");
        Api.Response alerts = Api.get("/api/v1/messaging/alerts", number.owner.bearer());
        assertThat(alerts.json().path("items")).hasSize(1);
        String alertId = alerts.json().path("items").get(0).path("id").asText();
        assertThat(alerts.json().path("items").get(0).path("title").asText()).contains(number.displayNumber);
        Api.Response read = Api.post("/api/v1/messaging/alerts/" + alertId + "/read", number.owner.bearer(), Map.of());
        assertThat(read.json().path("read").asBoolean()).as(read.toString()).isTrue();
        assertThat(Api.post("/api/v1/messaging/alerts/not-a-uuid/read", number.owner.bearer(), Map.of()).status())
                .isEqualTo(400);

        // Delivered once to the owners and admins; the test platform has no mail server, so the mail is skipped.
        TestPlatform.context().getBean(DeliverChannelAlerts.class).deliver();
        TestPlatform.context().getBean(DeliverChannelAlerts.class).deliver();
        assertThat(number.count("select count(*) from channel_alerts where org_id = :org and delivered_at is not null "
                + "and mail_state = 'skipped'")).isEqualTo(1);
    }
    @Test
    void a_message_that_cannot_be_routed_waits_for_its_retry_alone_while_the_others_are_answered() {
        ConnectedNumber number = ConnectedNumber.connect("Unroutable Org");
        String user = ConnectedNumber.newUser();
        String gone = UUID.randomUUID().toString();
        // A job naming a message that is not stored: routing it fails, whichever of the worker's batches it joins.
        assertThat(number.count("with queued as (insert into jobs (org_id, queue, ordering_key, payload, run_after,"
                + " created_at) values (:org, 'messaging.inbound', 'unroutable:" + gone + "', jsonb_build_object("
                + "'kind', 'message', 'account', '" + number.channelId + "', 'message', '" + gone + "'), now(), now())"
                + " returning 1) select count(*) from queued")).isEqualTo(1);

        String inbound = number.userWrites(user, "Achieng", "hi");

        FakeCloudApi.SentMessage reply = number.awaitSentTo(user, 1).get(0);
        assertThat(reply.textBody()).isEqualTo(DEFAULT_REPLY);
        assertThat(reply.body().path("context").path("message_id").asText()).isEqualTo(inbound);
        await(() -> number.count("select count(*) from jobs where org_id = :org and payload->>'message' = '" + gone
                + "' and last_error like '%is gone%'") == 1, "the unroutable job rescheduled with its reason");
        assertThat(number.count("select count(*) from jobs where org_id = :org and payload->>'message' = '" + gone
                + "' and dead_at is null and run_after > now()")).isEqualTo(1);
        await(() -> number.count("select count(*) from jobs where org_id = :org and payload->>'message' <> '" + gone
                + "'") == 0, "the answered message's job completed");
    }
}
