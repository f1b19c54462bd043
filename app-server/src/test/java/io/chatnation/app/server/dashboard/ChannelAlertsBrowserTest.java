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

/**
 * A number whose access token WhatsApp refuses, in headless Chromium: the alert on the home page and in the
 * navigation, the number's warning badge and reason on the channels screen, and the alert marked read.
 */
class ChannelAlertsBrowserTest extends BrowserTestSupport {

    private static final String APP_SECRET = "alerts-browser-secret";

    @Test
    void a_refused_access_token_is_shown_at_home_in_the_navigation_and_on_the_number_until_read() throws Exception {
        String email = uniqueEmail("owner");
        JsonNode session = register("Alerts Ltd " + shortId(), "Alma Alert", email);
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

        // A user writes; the default reply is refused as Meta refuses an expired token.
        String user = "2547" + digits(8);
        fake.userWrote(phoneNumberId, user, Instant.now());
        fake.failNextSend(401, 190, "Error validating access token: Session has expired");
        WebhookPayloads.SignedWebhook hook = WebhookPayloads.builder().entry(wabaId).change(phoneNumberId, display)
                .contact(user, "Faraji")
                .message(WebhookPayloads.textMessage("wamid." + shortId(), user, Instant.now().getEpochSecond(), "hi"))
                .signedWith(new ChannelSecret(APP_SECRET));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(baseUrl + URI.create(channel.path("webhookUrl").asText()).getPath()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(hook.body()));
        hook.headers().forEach(post::header);
        assertThat(HttpClient.newHttpClient().send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        awaitAlert(token);

        signIn(email);
        Locator homeAlert = page.getByTestId("channel-alert");
        assertThat(homeAlert).hasCount(1);
        assertThat(homeAlert).containsText("+" + display);
        assertThat(page.getByTestId("nav-channel-alerts")).hasText("1");

        homeAlert.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Go to channels")).click();
        assertThat(page).hasURL(baseUrl + "/channels");
        Locator number = page.getByTestId("channel");
        assertThat(number.getByTestId("channel-needs-attention")).hasText("Needs attention");
        assertThat(number.getByTestId("channel-attention-reason")).containsText("190");
        Locator alert = page.getByTestId("channel-alert");
        assertThat(alert).containsText("+" + display);

        alert.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("channel-alert")).hasCount(0);
        assertThat(page.getByTestId("nav-channel-alerts")).hasCount(0);
        JsonNode alerts = call("GET", "/messaging/alerts", token, null, 200).path("items");
        assertThat(alerts.get(0).path("read").asBoolean()).isTrue();

        // Read is read for good; the number still says what is wrong until it is connected anew.
        page.reload();
        assertThat(number.getByTestId("channel-needs-attention")).isVisible();
        assertThat(page.getByTestId("channel-alert")).hasCount(0);
    }

    private void awaitAlert(String token) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (call("GET", "/messaging/alerts", token, null, 200).path("items").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no alert was raised for the refused access token");
            }
            Thread.sleep(100);
        }
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder().append(ThreadLocalRandom.current().nextInt(1, 10));
        while (digits.length() < count) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
