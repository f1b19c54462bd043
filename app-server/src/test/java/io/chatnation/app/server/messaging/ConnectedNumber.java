package io.chatnation.app.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi;
import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.messaging.ChannelSecret;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * A new organisation with one WhatsApp number connected over the API and registered at the Cloud API fake, and the
 * means to play Meta: post signed webhooks to the number's URL as users write and as statuses come in.
 */
final class ConnectedNumber {

    static final String APP_SECRET = "app-secret-" + UUID.randomUUID();
    static final String VERIFY_TOKEN = "verify-" + UUID.randomUUID();

    final Api.Session owner;
    final String phoneNumberId;
    final String wabaId;
    final String displayNumber;
    final String accessToken;
    final String channelId;
    final String webhookPath;

    private ConnectedNumber(Api.Session owner, String phoneNumberId, String wabaId, String displayNumber,
                            String accessToken, JsonNode account) {
        this.owner = owner;
        this.phoneNumberId = phoneNumberId;
        this.wabaId = wabaId;
        this.displayNumber = displayNumber;
        this.accessToken = accessToken;
        this.channelId = account.path("id").asText();
        this.webhookPath = URI.create(account.path("webhookUrl").asText()).getPath();
    }

    static ConnectedNumber connect(String organisation) {
        Api.Session owner = Api.registerOrganisation(organisation);
        String phoneNumberId = digits(15);
        String wabaId = digits(15);
        String displayNumber = "+2547" + digits(8);
        String accessToken = "EAAG" + UUID.randomUUID().toString().replace("-", "");
        Api.Response created = Api.post("/api/v1/channels", owner.bearer(), Map.of("provider", "whatsapp_cloud",
                "phoneNumberId", phoneNumberId, "wabaId", wabaId, "displayNumber", displayNumber,
                "accessToken", accessToken, "appSecret", APP_SECRET, "verifyToken", VERIFY_TOKEN));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        fake().addNumber(phoneNumberId, displayNumber.substring(1), wabaId, accessToken);
        return new ConnectedNumber(owner, phoneNumberId, wabaId, displayNumber, accessToken, created.json());
    }

    static FakeCloudApi fake() {
        return WhatsAppFakes.cloud();
    }

    /** A user's text as Meta would post it, signed with the app secret; the user's service window opens. */
    WebhookPayloads.SignedWebhook text(String messageId, String fromDigits, String profileName, String body) {
        fake().userWrote(phoneNumberId, fromDigits, Instant.now());
        return WebhookPayloads.builder().entry(wabaId).change(phoneNumberId, displayNumber.substring(1))
                .contact(fromDigits, profileName)
                .message(WebhookPayloads.textMessage(messageId, fromDigits, Instant.now().getEpochSecond(), body))
                .signedWith(new ChannelSecret(APP_SECRET));
    }

    WebhookPayloads.SignedWebhook status(String messageId, String status, String recipientDigits, Instant at) {
        return WebhookPayloads.builder().entry(wabaId).change(phoneNumberId, displayNumber.substring(1))
                .status(WebhookPayloads.status(messageId, status, recipientDigits, at.getEpochSecond(), null))
                .signedWith(new ChannelSecret(APP_SECRET));
    }

    Api.Response post(WebhookPayloads.SignedWebhook hook) {
        return post(hook.body(), hook.headers());
    }

    Api.Response post(byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = Api.builder(webhookPath, null).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return Api.send(request);
    }

    /** Posts a signed text from the user and expects Meta's 200. */
    String userWrites(String fromDigits, String profileName, String body) {
        String id = "wamid." + UUID.randomUUID().toString().replace("-", "");
        Api.Response r = post(text(id, fromDigits, profileName, body));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return id;
    }

    /** What the platform sent to {@code userDigits} from this number, as the fake received it. */
    List<FakeCloudApi.SentMessage> sentTo(String userDigits) {
        return fake().sent().stream().filter(m -> m.phoneNumberId().equals(phoneNumberId) && m.to().equals(userDigits))
                .toList();
    }

    List<FakeCloudApi.SentMessage> awaitSentTo(String userDigits, int count) {
        await(() -> sentTo(userDigits).size() >= count, "a reply number " + count + " to " + userDigits);
        return sentTo(userDigits);
    }

    long count(String sql) {
        return TestPlatform.countAsSuperuser(sql.replace(":org", "'" + owner.orgId() + "'"));
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    /** A random Kenyan mobile as the Cloud API writes it (no '+'), so that each test writes from users of its own. */
    static String newUser() {
        return "2547" + digits(8);
    }

    static String digits(int length) {
        StringBuilder out = new StringBuilder().append(ThreadLocalRandom.current().nextInt(1, 10));
        while (out.length() < length) {
            out.append(ThreadLocalRandom.current().nextInt(0, 10));
        }
        return out.toString();
    }
}
