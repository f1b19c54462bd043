package io.chatnation.app.server.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The channel settings screen in headless Chromium: connecting a Cloud API number, its webhook URL, removing it;
 * a Twilio sender and a sandbox number.
 */
class ChannelSettingsBrowserTest extends BrowserTestSupport {

    @Test
    void an_owner_connects_a_number_sees_its_webhook_url_never_its_secrets_and_removes_it() throws Exception {
        String email = uniqueEmail("owner");
        JsonNode owner = register("Channels Ltd " + shortId(), "Chan Owner", email);
        signIn(email);

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Channels")).click();
        assertThat(page).hasURL(baseUrl + "/channels");
        assertThat(page.getByTestId("channels-empty")).isVisible();
        assertThat(page.getByLabel("Provider")).hasValue("whatsapp_cloud");

        String phoneNumberId = String.valueOf(100_000_000_000L + (long) (Math.random() * 899_999_999_999L));
        String accessToken = "EAAG-access-" + shortId();
        String appSecret = "app-secret-" + shortId();
        String verifyToken = "verify-" + shortId();
        Locator form = page.getByTestId("connect-form");
        form.getByLabel("Display number").fill("+254711000111");
        // Not digits: the server's problem+json names the field, and the form shows it there.
        form.getByLabel("Phone number ID").fill("pn-" + phoneNumberId);
        form.getByLabel("WhatsApp Business Account ID").fill("998877665544");
        form.getByLabel("Access token").fill(accessToken);
        form.getByLabel("App secret").fill(appSecret);
        form.getByLabel("Verify token", new Locator.GetByLabelOptions().setExact(true)).fill(verifyToken);
        assertThat(form.getByLabel("Access token")).hasAttribute("type", "password");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Connect number")).click();
        assertThat(page.getByTestId("channel-phoneNumberId-error")).containsText("numeric");
        assertThat(page.getByTestId("channel")).hasCount(0);

        form.getByLabel("Phone number ID").fill(phoneNumberId);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Connect number")).click();

        Locator channel = page.getByTestId("channel");
        assertThat(channel).hasCount(1);
        assertThat(channel.getByTestId("channel-number")).hasText("+254711000111");
        assertThat(channel.getByTestId("channel-phone-number-id")).hasText(phoneNumberId);
        assertThat(channel).containsText("WhatsApp Cloud API (Meta)");
        Locator webhook = page.getByLabel("Webhook URL for +254711000111");
        assertThat(webhook).hasValue(Pattern.compile("^https?://[^/]+/api/v1/webhooks/whatsapp/[A-Za-z0-9_-]{20,}$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy the webhook URL of +254711000111"))).isVisible();
        // The secrets left the form once stored, and the page never shows them.
        assertThat(form.getByLabel("Access token")).hasValue("");
        assertSecretsAbsent(accessToken, appSecret, verifyToken);

        page.reload();
        assertThat(channel).hasCount(1);
        assertSecretsAbsent(accessToken, appSecret, verifyToken);
        String listed = call("GET", "/channels", owner.path("accessToken").asText(), null, 200).toString();
        assertThat(listed).contains(phoneNumberId).doesNotContain(accessToken, appSecret, verifyToken);

        page.onceDialog(dialog -> {
            assertThat(dialog.message()).contains("Remove +254711000111?");
            dialog.accept();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove +254711000111")).click();
        assertThat(page.getByTestId("channels-notice")).hasText("+254711000111 was removed.");
        assertThat(channel).hasCount(0);
        page.reload();
        assertThat(page.getByTestId("channels-empty")).isVisible();
    }

    @Test
    void an_owner_sets_the_default_region_that_local_numbers_are_read_in() throws Exception {
        String email = uniqueEmail("owner");
        JsonNode owner = register("Region Ltd " + shortId(), "Rita Region", email);
        signIn(email);
        page.navigate("/channels");

        Locator settings = page.getByTestId("contact-settings-form");
        settings.getByLabel("Default region").fill("K1");
        settings.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.getByTestId("default-region-error")).containsText("two-letter country code");

        settings.getByLabel("Default region").fill("ke");
        settings.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.getByTestId("settings-saved")).containsText("KE");
        assertThat(call("GET", "/contacts/settings", owner.path("accessToken").asText(), null, 200).path("defaultRegion").asText())
                .isEqualTo("KE");
        page.reload();
        assertThat(page.getByLabel("Default region")).hasValue("KE");
    }

    @Test
    void an_owner_connects_a_twilio_sender_whose_auth_token_is_never_shown_and_a_sandbox_number_to_chat_with() throws Exception {
        String email = uniqueEmail("owner");
        JsonNode owner = register("Twilio Ltd " + shortId(), "Tess Twilio", email);
        signIn(email);
        page.navigate("/channels");

        String sender = "+2547" + (10_000_000 + (long) (Math.random() * 89_999_999));
        String authToken = "twilio-auth-" + shortId() + shortId();
        String accountSid = "AC" + "0123456789abcdef".repeat(2);
        Locator form = page.getByTestId("connect-form");
        form.getByLabel("Provider").selectOption("twilio");
        // Only Twilio's fields: no Meta ids or tokens.
        assertThat(form.getByLabel("Phone number ID")).hasCount(0);
        assertThat(form.getByLabel("Auth token")).hasAttribute("type", "password");
        form.getByLabel("Sender number").fill(sender);
        form.getByLabel("Account SID").fill("AC-not-a-sid");
        form.getByLabel("Auth token").fill(authToken);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Connect number")).click();
        assertThat(page.getByTestId("channel-accountSid-error")).containsText("32 hexadecimal digits");
        assertThat(page.getByTestId("channel")).hasCount(0);

        form.getByLabel("Account SID").fill(accountSid);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Connect number")).click();
        Locator channel = page.getByTestId("channel");
        assertThat(channel).hasCount(1);
        assertThat(channel.getByTestId("channel-number")).hasText(sender);
        assertThat(channel).containsText("Twilio");
        assertThat(page.getByTestId("channels-notice")).containsText("Enter its webhook URL at Twilio");
        assertThat(page.getByLabel("Webhook URL for " + sender))
                .hasValue(Pattern.compile("^https?://[^/]+/api/v1/webhooks/twilio/[A-Za-z0-9_-]{20,}$"));
        assertThat(channel).containsText("When a message comes in");
        assertThat(form.getByLabel("Auth token")).hasValue("");
        assertSecretsAbsent(authToken);
        page.reload();
        assertThat(channel).hasCount(1);
        assertSecretsAbsent(authToken);
        String listed = call("GET", "/channels", owner.path("accessToken").asText(), null, 200).toString();
        assertThat(listed).contains(sender, "\"provider\":\"twilio\"").doesNotContain(authToken);

        String simulated = "+2547" + (10_000_000 + (long) (Math.random() * 89_999_999));
        form.getByLabel("Provider").selectOption("sandbox");
        assertThat(form.getByLabel("Account SID")).hasCount(0);
        form.getByLabel("Number", new Locator.GetByLabelOptions().setExact(true)).fill(simulated);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Connect number")).click();
        assertThat(channel).hasCount(2);
        Locator sandbox = channel.filter(new Locator.FilterOptions().setHasText(simulated));
        assertThat(sandbox.getByTestId("webhook-url")).hasCount(0);
        String sandboxId = sandbox.getAttribute("data-channel-id");
        sandbox.getByTestId("sandbox-phone-link").click();
        assertThat(page).hasURL(baseUrl + "/sandbox?number=" + sandboxId);
        assertThat(page.getByTestId("sandbox-number")).hasValue(sandboxId);
    }

    private void assertSecretsAbsent(String... secrets) {
        String html = page.content();
        for (String secret : secrets) {
            assertThat(html).doesNotContain(secret);
        }
    }
}
