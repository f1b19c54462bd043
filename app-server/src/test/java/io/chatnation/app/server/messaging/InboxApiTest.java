package io.chatnation.app.server.messaging;

import static io.chatnation.app.server.messaging.ConnectedNumber.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inbox over REST: a WhatsApp user writes, an agent finds, reads, answers and handles the conversation. */
class InboxApiTest {

    private static final String INBOX = "/api/v1/inbox/conversations";

    @Test
    void an_agent_finds_reads_answers_takes_over_resolves_and_the_contact_reopens_it() {
        ConnectedNumber number = ConnectedNumber.connect("Inbox Org");
        String auth = number.owner.bearer();
        String user = ConnectedNumber.newUser();
        number.userWrites(user, "Achieng", "hi");
        number.awaitSentTo(user, 1);
        JsonNode row = awaitOne(auth, "");

        assertThat(row.at("/contact/name").asText()).isEqualTo("Achieng");
        assertThat(row.at("/contact/phone").asText()).isEqualTo("+" + user);
        assertThat(row.path("status").asText()).isEqualTo("open");
        assertThat(row.path("humanTakeover").asBoolean()).isFalse();
        assertThat(row.path("unreadCount").asInt()).isEqualTo(1);
        assertThat(row.path("assignee").isNull()).isTrue();
        assertThat(row.path("lastMessageAt").asText()).isNotBlank();
        String id = row.path("id").asText();

        // Filters and search: each criterion narrows, and what does not match is left out.
        assertThat(ids(auth, "?status=open")).containsExactly(id);
        assertThat(ids(auth, "?status=resolved")).isEmpty();
        assertThat(ids(auth, "?unread=true")).containsExactly(id);
        assertThat(ids(auth, "?unread=false")).isEmpty();
        assertThat(ids(auth, "?assigned=unassigned")).containsExactly(id);
        assertThat(ids(auth, "?assigned=me")).isEmpty();
        assertThat(ids(auth, "?search=achie")).containsExactly(id);
        assertThat(ids(auth, "?search=" + user.substring(4))).containsExactly(id);
        assertThat(ids(auth, "?search=thanks%20for%20your")).as("the bot's reply text").containsExactly(id);
        assertThat(ids(auth, "?search=nobody-writes-this")).isEmpty();
        assertThat(ids(auth, "?label=vip")).isEmpty();

        // Opening the thread shows both sides, oldest first, and reads the contact's message.
        JsonNode thread = Api.get(INBOX + "/" + id, auth).json();
        List<String> senders = new ArrayList<>();
        thread.path("messages").forEach(m -> senders.add(m.path("senderType").asText() + ":" + m.path("direction").asText()));
        assertThat(senders).containsExactly("contact:inbound", "bot:outbound");
        assertThat(thread.at("/messages/0/body").asText()).isEqualTo("hi");
        assertThat(thread.at("/conversation/unreadCount").asInt()).isZero();
        assertThat(ids(auth, "?unread=true")).isEmpty();

        // The agent answers through the ordinary sending path: the fake receives it, the thread shows it as the agent's.
        Api.Response sent = Api.post(INBOX + "/" + id + "/messages", auth, Map.of("text", "An agent here, how can I help?"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().path("status").asText()).isEqualTo("sent");
        assertThat(number.awaitSentTo(user, 2).get(1).textBody()).isEqualTo("An agent here, how can I help?");
        JsonNode last = lastMessage(auth, id);
        assertThat(last.path("senderType").asText()).isEqualTo("agent");
        assertThat(last.path("body").asText()).isEqualTo("An agent here, how can I help?");
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'message.sent'")).isEqualTo(1);

        // Takeover: on, idempotent, off; each real change audited once.
        Api.Response on = Api.post(INBOX + "/" + id + "/takeover", auth, Map.of());
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        assertThat(on.json().path("humanTakeover").asBoolean()).isTrue();
        assertThat(Api.post(INBOX + "/" + id + "/takeover", auth, Map.of()).json().path("humanTakeover").asBoolean()).isTrue();
        assertThat(number.count("select count(*) from conversations where org_id = :org and human_takeover")).isEqualTo(1);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'conversation.taken_over' "
                + "and entity_type = 'conversation'")).isEqualTo(1);
        assertThat(Api.delete(INBOX + "/" + id + "/takeover", auth).status()).isEqualTo(204);
        assertThat(Api.get(INBOX + "/" + id, auth).json().at("/conversation/humanTakeover").asBoolean()).isFalse();
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'conversation.handed_back'"))
                .isEqualTo(1);

        // Resolve; resolving again is refused; the contact writing again reopens it, unread.
        Api.Response resolved = Api.post(INBOX + "/" + id + "/resolve", auth, Map.of());
        assertThat(resolved.json().path("status").asText()).isEqualTo("resolved");
        assertThat(number.count("select count(*) from conversations where org_id = :org and resolved_at is not null")).isEqualTo(1);
        Api.Response again = Api.post(INBOX + "/" + id + "/resolve", auth, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");
        assertThat(ids(auth, "?status=resolved")).containsExactly(id);
        number.userWrites(user, "Achieng", "one more question");
        await(() -> ids(auth, "?status=open&unread=true").contains(id), "the conversation reopened by the contact");
        assertThat(number.count("select count(*) from conversations where org_id = :org and resolved_at is null "
                + "and unread_count = 1")).isEqualTo(1);

        // Reopen by hand after resolving once more.
        Api.post(INBOX + "/" + id + "/resolve", auth, Map.of());
        assertThat(Api.post(INBOX + "/" + id + "/reopen", auth, Map.of()).json().path("status").asText()).isEqualTo("open");
        assertThat(Api.post(INBOX + "/" + id + "/reopen", auth, Map.of()).status()).isEqualTo(409);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'conversation.reopened'"))
                .isEqualTo(1);

        // Assignment to a member; "me" finds it; someone outside the organisation is refused and nothing changes.
        Api.Response assigned = Api.sendJson("PUT", INBOX + "/" + id + "/assignee", auth, Map.of("userId", number.owner.userId()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().at("/assignee/id").asText()).isEqualTo(number.owner.userId());
        assertThat(assigned.json().at("/assignee/name").asText()).isEqualTo("Owner of Inbox Org");
        assertThat(ids(auth, "?assigned=me")).containsExactly(id);
        assertThat(ids(auth, "?assigned=" + number.owner.userId())).containsExactly(id);
        assertThat(ids(auth, "?assigned=unassigned")).isEmpty();
        Api.Session stranger = Api.registerOrganisation("Someone Else's Org");
        Api.Response outsider = Api.sendJson("PUT", INBOX + "/" + id + "/assignee", auth, Map.of("userId", stranger.userId()));
        badRequest(outsider, "userId");
        assertThat(number.count("select count(*) from conversations where org_id = :org and assigned_user_id = '"
                + number.owner.userId() + "'")).isEqualTo(1);
        assertThat(Api.delete(INBOX + "/" + id + "/assignee", auth).status()).isEqualTo(204);
        assertThat(ids(auth, "?assigned=unassigned")).containsExactly(id);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action in "
                + "('conversation.assigned', 'conversation.unassigned')")).isEqualTo(2);

        // Another organisation sees none of it.
        assertThat(Api.get(INBOX, stranger.bearer()).json().path("data")).isEmpty();
        assertThat(Api.get(INBOX + "/" + id, stranger.bearer()).status()).isEqualTo(404);
        assertThat(Api.post(INBOX + "/" + id + "/resolve", stranger.bearer(), Map.of()).status()).isEqualTo(404);
    }

    @Test
    void the_list_and_the_thread_page_with_cursors() {
        ConnectedNumber number = ConnectedNumber.connect("Paging Inbox Org");
        String auth = number.owner.bearer();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String user = ConnectedNumber.newUser();
            users.add(user);
            number.userWrites(user, "Person " + i, "hello " + i);
            number.awaitSentTo(user, 1);
        }
        await(() -> ids(auth, "").size() == 3, "three conversations");

        JsonNode first = Api.get(INBOX + "?limit=2", auth).json();
        assertThat(first.path("data")).hasSize(2);
        // Latest message first: the third person wrote last.
        assertThat(first.at("/data/0/contact/phone").asText()).isEqualTo("+" + users.get(2));
        String cursor = first.at("/meta/cursor").asText();
        JsonNode second = Api.get(INBOX + "?limit=2&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8), auth).json();
        assertThat(second.path("data")).hasSize(1);
        assertThat(second.at("/data/0/contact/phone").asText()).isEqualTo("+" + users.get(0));
        assertThat(second.at("/meta/cursor").isNull()).isTrue();

        String id = first.at("/data/0/id").asText();
        JsonNode latest = Api.get(INBOX + "/" + id + "?limit=1", auth).json();
        assertThat(latest.path("messages")).hasSize(1);
        assertThat(latest.at("/messages/0/senderType").asText()).isEqualTo("bot");
        String older = latest.at("/meta/cursor").asText();
        JsonNode before = Api.get(INBOX + "/" + id + "?limit=1&cursor=" + URLEncoder.encode(older, StandardCharsets.UTF_8), auth).json();
        assertThat(before.at("/messages/0/body").asText()).isEqualTo("hello 2");
        assertThat(before.at("/meta/cursor").isNull()).isTrue();
    }

    @Test
    void bad_input_is_answered_400_and_a_role_without_contacts_is_refused() {
        ConnectedNumber number = ConnectedNumber.connect("Strict Inbox Org");
        String auth = number.owner.bearer();
        String user = ConnectedNumber.newUser();
        number.userWrites(user, "Njeri", "hi");
        number.awaitSentTo(user, 1);
        String id = awaitOne(auth, "").path("id").asText();

        badRequest(Api.get(INBOX + "?status=closed", auth), "status");
        badRequest(Api.get(INBOX + "?assigned=somebody", auth), "assigned");
        badRequest(Api.get(INBOX + "?unread=maybe", auth), "unread");
        badRequest(Api.get(INBOX + "?limit=0", auth), "limit");
        badRequest(Api.get(INBOX + "?cursor=not-a-cursor", auth), "cursor");
        badRequest(Api.get(INBOX + "/not-an-id", auth), "conversationId");
        assertThat(Api.get(INBOX + "/" + UUID.randomUUID(), auth).status()).isEqualTo(404);
        badRequest(Api.post(INBOX + "/" + id + "/messages", auth, Map.of()), "text");
        badRequest(Api.sendJson("PUT", INBOX + "/" + id + "/assignee", auth, Map.of()), "userId");
        badRequest(Api.sendJson("PUT", INBOX + "/" + id + "/assignee", auth, Map.of("userId", "x")), "userId");
        assertThat(number.count("select count(*) from messages where org_id = :org and sender_type = 'agent'")).isZero();
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and entity_type = 'conversation'")).isZero();

        String email = Api.uniqueEmail("viewer");
        assertThat(Api.post("/api/v1/members", auth, Map.of("email", email, "name", "Viewer", "role", "VIEWER",
                "password", Api.PASSWORD)).status()).isEqualTo(201);
        String viewer = Api.logIn(email, Api.PASSWORD).bearer();
        Api.Response refused = Api.get(INBOX, viewer);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(Api.post(INBOX + "/" + id + "/resolve", viewer, Map.of()).status()).isEqualTo(403);
        assertThat(Api.post(INBOX + "/" + id + "/messages", viewer, Map.of("text", "hello")).status()).isEqualTo(403);
        assertThat(number.count("select count(*) from conversations where org_id = :org and status = 'open'")).isEqualTo(1);
        assertThat(number.sentTo(user)).hasSize(1);
    }

    /** A 400 problem+json whose field errors name {@code field}. */
    static void badRequest(Api.Response r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).as(r.toString()).contains(field);
    }

    static JsonNode awaitOne(String auth, String query) {
        await(() -> Api.get(INBOX + query, auth).json().path("data").size() == 1
                && Api.get(INBOX + query, auth).json().at("/data/0/lastMessage").asText().length() > 0, "the conversation");
        return Api.get(INBOX + query, auth).json().path("data").get(0);
    }

    static List<String> ids(String auth, String query) {
        Api.Response r = Api.get(INBOX + query, auth);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().path("data").forEach(c -> out.add(c.path("id").asText()));
        return out;
    }

    private static JsonNode lastMessage(String auth, String id) {
        JsonNode messages = Api.get(INBOX + "/" + id, auth).json().path("messages");
        return messages.get(messages.size() - 1);
    }
}
