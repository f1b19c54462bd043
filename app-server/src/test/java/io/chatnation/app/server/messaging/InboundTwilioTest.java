package io.chatnation.app.server.messaging;

import static io.chatnation.app.server.messaging.BotTexts.DEFAULT_REPLY;
import static io.chatnation.app.server.messaging.ConnectedNumber.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.whatsapp.twilio.fake.FakeTwilio;
import io.chatnation.adapter.whatsapp.twilio.fake.SignedForm;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.messaging.ChannelSecret;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A Twilio sender end to end: connected over the API, Twilio's signed form webhooks posted to its URL, the worker
 * routing them, the reply sent through the Twilio fake, and its status callback moving the reply forward.
 */
class InboundTwilioTest {

    record TwilioNumber(Api.Session owner, String accountSid, String authToken, String sender, String webhookUrl) {

        static TwilioNumber connect(String organisation) {
            Api.Session owner = Api.registerOrganisation(organisation);
            String sid = "AC" + UUID.randomUUID().toString().replace("-", "");
            String token = "tw-" + UUID.randomUUID();
            String sender = "+1415" + ConnectedNumber.digits(7);
            Api.Response created = Api.post("/api/v1/channels", owner.bearer(), Map.of("provider", "twilio",
                    "displayNumber", sender, "accountSid", sid, "authToken", token));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.raw()).doesNotContain(token);
            assertThat(created.json().path("webhookUrl").asText()).contains("/api/v1/webhooks/twilio/");
            WhatsAppFakes.twilio().addAccount(sid, token);
            return new TwilioNumber(owner, sid, token, sender, created.json().path("webhookUrl").asText());
        }

        SignedForm text(String from, String body) {
            String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
            return SignedForm.of(webhookUrl, new ChannelSecret(authToken),
                    SignedForm.text(sid, accountSid, from, sender, "Achieng", body));
        }

        Api.Response post(SignedForm form) {
            HttpRequest.Builder request = Api.builder(URI.create(webhookUrl).getPath(), null)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
            form.headers().forEach(request::header);
            return Api.send(request);
        }

        List<FakeTwilio.SentMessage> sentTo(String user) {
            return WhatsAppFakes.twilio().sent().stream()
                    .filter(m -> m.accountSid().equals(accountSid) && m.to().equals("whatsapp:" + user)).toList();
        }

        long count(String sql) {
            return TestPlatform.countAsSuperuser(sql.replace(":org", "'" + owner.orgId() + "'"));
        }
    }

    private static String user() {
        return "+2547" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    @Test
    void hi_from_a_new_number_gets_the_default_reply_through_twilio_and_its_status_callback_delivers_it() {
        TwilioNumber number = TwilioNumber.connect("Twilio Hi Org");
        String user = user();

        Api.Response received = number.post(number.text(user, "hi"));

        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("xml"));
        assertThat(received.raw()).contains("<Response></Response>");
        await(() -> number.sentTo(user).size() == 1, "the reply at Twilio");
        FakeTwilio.SentMessage reply = number.sentTo(user).get(0);
        assertThat(reply.body()).contains(DEFAULT_REPLY);
        assertThat(reply.from()).isEqualTo("whatsapp:" + number.sender());
        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'outbound' "
                + "and status = 'sent' and provider_message_id = '" + reply.sid() + "'") == 1, "the reply stored as sent");

        assertThat(WhatsAppFakes.twilio().sendStatusCallback(number.webhookUrl(), reply, "delivered", null)).isEqualTo(200);

        await(() -> number.count("select count(*) from messages where org_id = :org and direction = 'outbound' "
                + "and status = 'delivered' and provider_message_id = '" + reply.sid() + "'") == 1, "the reply delivered");
        assertThat(number.count("select count(*) from contacts where org_id = :org and phone = '" + user
                + "' and profile_name = 'Achieng'")).isEqualTo(1);
    }

    @Test
    void an_image_from_a_twilio_number_is_fetched_with_basic_auth_and_stored_with_its_sha256() throws Exception {
        TwilioNumber number = TwilioNumber.connect("Twilio Media Org");
        String user = user();
        byte[] photo = new byte[40_000];
        ThreadLocalRandom.current().nextBytes(photo);
        String mediaUrl = WhatsAppFakes.twilio().addMedia(number.accountSid(), "ME" + ConnectedNumber.digits(12), photo,
                "image/jpeg");
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> form = new java.util.LinkedHashMap<>(SignedForm.text(sid, number.accountSid(), user,
                number.sender(), "Achieng", "Our stand"));
        form.put("NumMedia", "1");
        form.put("MessageType", "image");
        form.put("MediaUrl0", mediaUrl);
        form.put("MediaContentType0", "image/jpeg");

        assertThat(number.post(SignedForm.of(number.webhookUrl(), new ChannelSecret(number.authToken()), form)).status())
                .isEqualTo(200);

        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(photo));
        await(() -> number.count("select count(*) from message_media mm join messages m on m.id = mm.message_id"
                + " where m.org_id = :org and m.provider_message_id = '" + sid + "' and mm.status = 'fetched'"
                + " and mm.kind = 'image' and mm.size_bytes = " + photo.length + " and mm.sha256 = '" + sha256 + "'") == 1,
                "the image stored");
        await(() -> number.sentTo(user).size() == 1, "the reply");
    }

    @Test
    void a_redelivered_webhook_is_stored_once() {
        TwilioNumber number = TwilioNumber.connect("Twilio Redelivery Org");
        String user = user();
        SignedForm hi = number.text(user, "hi");

        assertThat(number.post(hi).status()).isEqualTo(200);
        assertThat(number.post(hi).status()).isEqualTo(200);

        await(() -> number.sentTo(user).size() == 1, "the reply");
        assertThat(number.count("select count(*) from messages where org_id = :org and direction = 'inbound'")).isEqualTo(1);
    }

    @Test
    void bad_or_missing_signatures_are_403_a_malformed_form_is_400_and_nothing_is_stored() {
        TwilioNumber number = TwilioNumber.connect("Twilio Bad Input Org");
        String user = user();
        SignedForm good = number.text(user, "hi");
        Map<String, String> noSender = SignedForm.text("SM" + UUID.randomUUID().toString().replace("-", ""),
                number.accountSid(), user, number.sender(), "X", "hi");
        noSender.remove("From");

        Api.Response unsigned = number.post(good.withSignature(null));
        Api.Response forged = number.post(good.withSignature("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Api.Response otherToken = number.post(SignedForm.of(number.webhookUrl(), new ChannelSecret("not-the-token"),
                SignedForm.text("SM1", number.accountSid(), user, number.sender(), "X", "hi")));
        Api.Response malformed = number.post(SignedForm.of(number.webhookUrl(), new ChannelSecret(number.authToken()),
                noSender));
        Api.Response unknownKey = Api.send(Api.builder("/api/v1/webhooks/twilio/" + "k".repeat(40), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(good.body())));

        assertThat(List.of(unsigned.status(), forged.status(), otherToken.status())).containsOnly(403);
        assertThat(unsigned.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(unknownKey.status()).isEqualTo(404);
        assertThat(number.count("select count(*) from messages where org_id = :org")).isZero();
        assertThat(number.count("select count(*) from jobs where org_id = :org")).isZero();
    }

    @Test
    void connecting_twilio_names_every_missing_field_and_stores_nothing() {
        Api.Session owner = Api.registerOrganisation("Twilio Connect Org");

        Api.Response missing = Api.post("/api/v1/channels", owner.bearer(),
                Map.of("provider", "twilio", "displayNumber", "not a number", "accountSid", "XY123"));
        Api.Response unknown = Api.post("/api/v1/channels", owner.bearer(), Map.of("provider", "carrier-pigeon"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.raw()).contains("displayNumber").contains("accountSid").contains("authToken");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("twilio").contains("sandbox");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from channel_accounts where org_id = '"
                + owner.orgId() + "'")).isZero();
    }
}
