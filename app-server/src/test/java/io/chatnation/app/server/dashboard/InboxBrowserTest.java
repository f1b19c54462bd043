package io.chatnation.app.server.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi;
import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads;
import io.chatnation.app.server.messaging.WhatsAppFakes;
import io.chatnation.domain.messaging.ChannelSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The inbox screen in headless Chromium: a new WhatsApp user's "hi" appears live; the agent opens, answers, takes over, resolves. */
class InboxBrowserTest extends BrowserTestSupport {

    private static final String APP_SECRET = "inbox-browser-secret";

    @Test
    void a_new_numbers_hi_appears_live_and_the_agent_answers_takes_over_and_resolves() throws Exception {
        String email = uniqueEmail("agent");
        JsonNode session = register("Live Inbox Ltd " + shortId(), "Ivy Inbox", email);
        String token = session.path("accessToken").asText();
        String phoneNumberId = digits(15);
        String wabaId = digits(15);
        String display = "2547" + digits(8);
        String accessToken = "EAAG" + UUID.randomUUID().toString().replace("-", "");
        JsonNode channel = call("POST", "/channels", token, Map.of("provider", "whatsapp_cloud", "phoneNumberId", phoneNumberId,
                "wabaId", wabaId, "displayNumber", "+" + display, "accessToken", accessToken, "appSecret", APP_SECRET,
                "verifyToken", "verify-" + shortId()), 201);
        FakeCloudApi fake = WhatsAppFakes.cloud();
        fake.addNumber(phoneNumberId, display, wabaId, accessToken);

        signIn(email);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inbox")).click();
        assertThat(page).hasURL(baseUrl + "/inbox");
        assertThat(page.getByTestId("inbox-live")).hasText("Live");
        assertThat(page.getByText("No conversations match.")).isVisible();

        // A person writes for the first time; the list shows them without a reload.
        String user = "2547" + digits(8);
        fake.userWrote(phoneNumberId, user, Instant.now());
        WebhookPayloads.SignedWebhook hook = WebhookPayloads.builder().entry(wabaId).change(phoneNumberId, display)
                .contact(user, "Zawadi")
                .message(WebhookPayloads.textMessage("wamid." + shortId(), user, Instant.now().getEpochSecond(), "hi"))
                .signedWith(new ChannelSecret(APP_SECRET));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(baseUrl + URI.create(channel.path("webhookUrl").asText()).getPath()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(hook.body()));
        hook.headers().forEach(post::header);
        assertThat(HttpClient.newHttpClient().send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        Locator row = page.locator("[data-testid=inbox-conversation][data-phone='+" + user + "']");
        assertThat(row).isVisible();
        assertThat(row).containsText("Zawadi");
        assertThat(row.getByTestId("inbox-unread")).hasText("1");

        // Opening it shows the thread and reads the message.
        row.click();
        Locator thread = page.getByTestId("inbox-thread");
        assertThat(thread.getByRole(AriaRole.HEADING)).hasText("Zawadi");
        assertThat(thread.locator("[data-testid=inbox-message][data-sender=contact]")).containsText("hi");
        assertThat(row.getByTestId("inbox-unread")).hasCount(0);

        // A photo arrives while the thread is open: it shows as soon as the worker has stored it.
        byte[] photo = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        String mediaId = "media-" + shortId();
        fake.addMedia(mediaId, photo, "image/png");
        WebhookPayloads.SignedWebhook picture = WebhookPayloads.builder().entry(wabaId).change(phoneNumberId, display)
                .contact(user, "Zawadi")
                .message(WebhookPayloads.mediaMessage("wamid." + shortId(), user, Instant.now().getEpochSecond(), "image",
                        mediaId, "image/png", "Our stand", null))
                .signedWith(new ChannelSecret(APP_SECRET));
        HttpRequest.Builder postPicture = HttpRequest.newBuilder(
                URI.create(baseUrl + URI.create(channel.path("webhookUrl").asText()).getPath()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(picture.body()));
        picture.headers().forEach(postPicture::header);
        assertThat(HttpClient.newHttpClient().send(postPicture.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        Locator image = thread.locator("img[data-testid=inbox-media]");
        assertThat(image).isVisible();
        assertThat(image).hasAttribute("alt", "image from the contact");
        assertThat((Boolean) image.evaluate("img => img.complete && img.naturalWidth === 1")).isTrue();

        // The agent's reply goes through the channel and shows as the agent's.
        page.getByTestId("inbox-reply").fill("Karibu! How can we help?");
        page.getByTestId("inbox-send").click();
        assertThat(thread.locator("[data-testid=inbox-message][data-sender=agent]")).containsText("Karibu! How can we help?");
        assertThat(fake.sent().stream().filter(m -> m.to().equals(user)).map(FakeCloudApi.SentMessage::textBody))
                .contains("Karibu! How can we help?");

        page.getByTestId("inbox-takeover").click();
        assertThat(page.getByTestId("inbox-thread-status")).containsText("an agent has taken over");
        assertThat(page.getByTestId("inbox-takeover")).hasAttribute("aria-pressed", "true");
        assertThat(row).containsText("Human");

        page.getByTestId("inbox-resolve").click();
        assertThat(page.getByTestId("inbox-thread-status")).containsText("Resolved");
        assertThat(page.getByTestId("inbox-reopen")).isVisible();
        // The list shows open conversations by default: the resolved one leaves it, and is found under Resolved.
        assertThat(row).hasCount(0);
        page.getByTestId("inbox-status").selectOption("resolved");
        assertThat(row).containsText("Resolved");
    }

    private static String digits(int length) {
        StringBuilder out = new StringBuilder().append(ThreadLocalRandom.current().nextInt(1, 10));
        while (out.length() < length) {
            out.append(ThreadLocalRandom.current().nextInt(0, 10));
        }
        return out.toString();
    }
}
