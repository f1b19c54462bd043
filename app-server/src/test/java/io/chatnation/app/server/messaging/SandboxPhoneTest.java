package io.chatnation.app.server.messaging;

import static io.chatnation.app.server.messaging.BotTexts.DEFAULT_REPLY;
import static io.chatnation.app.server.messaging.BotTexts.OPTED_OUT;
import static io.chatnation.app.server.messaging.ConnectedNumber.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.SendOutcome;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.MessageChannel;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sandbox phone end to end: a sandbox number connected over the API, a simulated phone writing to it, the same
 * worker routing the message, and the reply "delivered" to the phone's thread.
 */
class SandboxPhoneTest {

    record Sandbox(Api.Session owner, String accountId, String number) {
        static Sandbox connect(String organisation) {
            Api.Session owner = Api.registerOrganisation(organisation);
            String number = "+2547" + ConnectedNumber.digits(8);
            Api.Response created = Api.post("/api/v1/channels", owner.bearer(),
                    Map.of("provider", "sandbox", "displayNumber", number));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().path("provider").asText()).isEqualTo("sandbox");
            assertThat(created.json().path("webhookUrl").isNull()).isTrue();
            return new Sandbox(owner, created.json().path("id").asText(), number);
        }

        Api.Response write(Map<String, Object> body) {
            return Api.post("/api/v1/sandbox/" + accountId + "/messages", owner.bearer(), body);
        }

        List<JsonNode> thread(String phone) {
            Api.Response r = Api.get("/api/v1/sandbox/" + accountId + "/messages?phone="
                    + java.net.URLEncoder.encode(phone, java.nio.charset.StandardCharsets.UTF_8), owner.bearer());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            List<JsonNode> out = new ArrayList<>();
            r.json().path("data").forEach(out::add);
            return out;
        }

        long count(String sql) {
            return TestPlatform.countAsSuperuser(sql.replace(":org", "'" + owner.orgId() + "'"));
        }
    }

    @Test
    void hi_from_a_simulated_phone_is_routed_and_the_default_reply_is_delivered_to_its_thread() {
        Sandbox sandbox = Sandbox.connect("Sandbox Hi Org");
        String local = "07" + ConnectedNumber.digits(8).substring(0, 8);

        Api.Response written = sandbox.write(Map.of("from", "+254" + local.substring(1), "text", "hi"));

        assertThat(written.status()).as(written.toString()).isEqualTo(202);
        String phone = written.json().path("from").asText();
        await(() -> sandbox.thread(phone).stream().anyMatch(m -> m.path("direction").asText().equals("outbound")
                && m.path("status").asText().equals("delivered")), "the reply delivered to the phone");
        List<JsonNode> thread = sandbox.thread(phone);
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).path("direction").asText()).isEqualTo("inbound");
        assertThat(thread.get(0).path("body").asText()).isEqualTo("hi");
        assertThat(thread.get(1).path("body").asText()).isEqualTo(DEFAULT_REPLY);
        assertThat(sandbox.count("select count(*) from contacts where org_id = :org and phone = '" + phone + "'"))
                .isEqualTo(1);
        assertThat(sandbox.count("select count(*) from audit_logs where org_id = :org "
                + "and action = 'sandbox.message_written'")).isEqualTo(1);
    }

    @Test
    void stop_from_a_simulated_phone_is_answered_with_the_opted_out_reply() {
        Sandbox sandbox = Sandbox.connect("Sandbox Stop Org");
        String phone = "+2547" + ConnectedNumber.digits(8);

        assertThat(sandbox.write(Map.of("from", phone, "text", "STOP")).status()).isEqualTo(202);

        await(() -> sandbox.thread(phone).stream().anyMatch(m -> m.path("body").asText().equals(OPTED_OUT)),
                "the opted-out reply");
        assertThat(sandbox.count("select count(*) from contacts where org_id = :org and phone = '" + phone
                + "' and opted_out")).isEqualTo(1);
    }

    @Test
    void buttons_and_lists_the_sandbox_delivered_can_be_tapped_and_come_back_as_replies_to_them() {
        Sandbox sandbox = Sandbox.connect("Sandbox Choices Org");
        String phone = "+2547" + ConnectedNumber.digits(8);
        assertThat(sandbox.write(Map.of("from", phone, "text", "hi")).status()).isEqualTo(202);
        await(() -> sandbox.thread(phone).size() == 2, "the default reply");
        // The bot offers choices the way any flow will: through the sandbox channel of the number.
        OrgId org = OrgId.of(sandbox.owner().orgId());
        ChannelAccount account = TestPlatform.context().getBean(UnitOfWork.class).inOrganization(org, () ->
                TestPlatform.context().getBean(ChannelAccounts.class).find(ChannelAccountId.of(sandbox.accountId()))
                        .orElseThrow());
        MessageChannel channel = TestPlatform.context().getBean(ChannelConnector.class)
                .connect(account, new ChannelCredentials.Sandbox());
        WhatsAppIdentity to = WhatsAppIdentity.ofPhone(new PhoneNumber(phone));
        SendOutcome buttons = channel.send(OutboundMessage.to(to, OutboundContent.ReplyButtons.of("Coming on Friday?",
                new OutboundContent.ReplyButton("rsvp_yes", "Yes"), new OutboundContent.ReplyButton("rsvp_no", "No"))));
        SendOutcome list = channel.send(OutboundMessage.to(to, OutboundContent.ListMenu.of("Pick a session", "Sessions",
                OutboundContent.ListSection.of("Morning", OutboundContent.ListRow.of("keynote", "Keynote")))));
        assertThat(buttons).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(list).isInstanceOf(SendOutcome.Accepted.class);

        Api.Response tapped = sandbox.write(Map.of("from", phone, "buttonId", "rsvp_yes"));
        Api.Response picked = sandbox.write(Map.of("from", phone, "listRowId", "keynote"));

        assertThat(tapped.status()).as(tapped.toString()).isEqualTo(202);
        assertThat(tapped.json().path("type").asText()).isEqualTo("button_reply");
        assertThat(picked.json().path("type").asText()).isEqualTo("list_reply");
        assertThat(sandbox.count("select count(*) from messages where org_id = :org and direction = 'inbound' "
                + "and type = 'button_reply'")).isEqualTo(1);
        assertThat(sandbox.count("select count(*) from sandbox_deliveries where org_id = :org "
                + "and content->'buttons'->0->>'id' = 'rsvp_yes'")).isEqualTo(1);
        assertThat(sandbox.write(Map.of("from", phone, "listRowId", "rsvp_yes")).status())
                .as("a button id is no list row").isEqualTo(400);
    }

    @Test
    void bad_input_answers_a_problem_and_stores_nothing() {
        Sandbox sandbox = Sandbox.connect("Sandbox Bad Input Org");
        String phone = "+2547" + ConnectedNumber.digits(8);

        Api.Response noFrom = sandbox.write(Map.of("text", "hi"));
        Api.Response twoThings = sandbox.write(Map.of("from", phone, "text", "hi", "buttonId", "yes"));
        Api.Response notOffered = sandbox.write(Map.of("from", phone, "buttonId", "yes"));
        Api.Response badPhone = sandbox.write(Map.of("from", "not a number", "text", "hi"));
        Api.Response itself = sandbox.write(Map.of("from", sandbox.number(), "text", "hi"));

        for (Api.Response r : List.of(noFrom, twoThings, notOffered, badPhone, itself)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        }
        assertThat(noFrom.raw()).contains("from");
        assertThat(notOffered.raw()).contains("buttonId");
        assertThat(sandbox.count("select count(*) from messages where org_id = :org")).isZero();
        assertThat(sandbox.count("select count(*) from jobs where org_id = :org")).isZero();
    }

    @Test
    void a_real_providers_number_is_no_sandbox_and_another_organisation_cannot_use_it() {
        Sandbox sandbox = Sandbox.connect("Sandbox Owner Org");
        ConnectedNumber cloud = ConnectedNumber.connect("Sandbox Cloud Org");
        Api.Session stranger = Api.registerOrganisation("Sandbox Stranger Org");
        String phone = "+2547" + ConnectedNumber.digits(8);

        Api.Response onCloud = Api.post("/api/v1/sandbox/" + cloud.channelId + "/messages", cloud.owner.bearer(),
                Map.of("from", phone, "text", "hi"));
        Api.Response foreign = Api.post("/api/v1/sandbox/" + sandbox.accountId() + "/messages", stranger.bearer(),
                Map.of("from", phone, "text", "hi"));
        Api.Response anonymous = Api.post("/api/v1/sandbox/" + sandbox.accountId() + "/messages", null,
                Map.of("from", phone, "text", "hi"));

        assertThat(onCloud.status()).isEqualTo(404);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(cloud.count("select count(*) from messages where org_id = :org")).isZero();
        assertThat(sandbox.count("select count(*) from messages where org_id = :org")).isZero();
    }
}
