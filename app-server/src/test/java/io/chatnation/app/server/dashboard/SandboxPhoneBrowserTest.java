package io.chatnation.app.server.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The sandbox phone in headless Chromium: a new sandbox number, "hi" answered with the default reply, STOP honoured. */
class SandboxPhoneBrowserTest extends BrowserTestSupport {

    private static final String DEFAULT_REPLY =
            "Hello! Thanks for your message. We will get back to you shortly. Reply STOP to stop receiving messages.";
    private static final String OPTED_OUT =
            "You have been unsubscribed and will receive no more messages from us. Reply START to subscribe again.";

    private static String number() {
        return "+2547" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    @Test
    void hi_gets_the_default_reply_and_stop_the_opted_out_reply() throws Exception {
        String email = uniqueEmail("owner");
        register("Sandbox Phone Ltd " + shortId(), "Sam Sandbox", email);
        signIn(email);

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sandbox")).click();
        assertThat(page).hasURL(baseUrl + "/sandbox");
        page.getByTestId("sandbox-new-number").fill("not a number");
        page.getByTestId("sandbox-connect").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("E.164");
        page.getByTestId("sandbox-new-number").fill(number());
        page.getByTestId("sandbox-connect").click();

        page.getByTestId("sandbox-phone").fill(number());
        page.getByTestId("sandbox-input").fill("hi");
        page.getByTestId("sandbox-send").click();

        Locator outbound = page.locator("[data-testid=sandbox-message][data-direction=outbound]");
        assertThat(page.locator("[data-testid=sandbox-message][data-direction=inbound]")).hasText(
                java.util.regex.Pattern.compile("^hi"));
        assertThat(outbound.first()).containsText(DEFAULT_REPLY);
        assertThat(outbound.first()).hasAttribute("data-status", "delivered");
        assertThat(page.getByTestId("sandbox-input")).hasValue("");

        page.getByTestId("sandbox-input").fill("STOP");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

        assertThat(outbound).hasCount(2);
        assertThat(outbound.nth(1)).containsText(OPTED_OUT);
    }
}
