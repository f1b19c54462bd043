package io.chatnation.app.server.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The messaging settings screen in headless Chromium: a default reply and a menu with its WhatsApp preview, saved
 * and shown again after a reload; the server's field errors next to the field; read-only for a viewer.
 */
class MessagingSettingsBrowserTest extends BrowserTestSupport {

    private static final String REPLY = "Karibu! We answer within the hour.";

    @Test
    void an_owner_sets_a_default_reply_and_a_two_option_menu_previews_it_and_finds_it_after_a_reload() throws Exception {
        String email = uniqueEmail("owner");
        JsonNode owner = register("Menu Ltd " + shortId(), "Mona Menu", email);
        String token = owner.path("accessToken").asText();
        String keyword = call("GET", "/messaging/settings", token, null, 200).path("processKeywords").get(0).asText();
        signIn(email);

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Messaging")).click();
        assertThat(page).hasURL(baseUrl + "/messaging/settings");
        Locator form = page.getByTestId("messaging-settings-form");
        Locator preview = page.getByTestId("menu-preview");
        // Nothing saved yet: the preview shows the platform's own default reply.
        assertThat(preview.getByTestId("preview-reply")).not().isEmpty();

        form.getByLabel("Default reply").fill(REPLY);
        assertThat(preview.getByTestId("preview-reply")).hasText(REPLY);
        form.getByLabel("Offer a menu").check();
        form.getByLabel("Menu title").fill("How can we help you today?");
        form.getByLabel("Option 1 label").fill("Join the list");
        assertThat(form.getByLabel("Option 1 starts")).hasValue(keyword);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add an option")).click();
        form.getByLabel("Option 2 label").fill("Talk to us");
        form.getByLabel("Option 2 starts").selectOption(keyword);

        // Two options are reply buttons under the menu title.
        assertThat(preview.getByTestId("preview-buttons")).isVisible();
        assertThat(preview.getByTestId("preview-buttons")).containsText("How can we help you today?");
        assertThat(preview.getByTestId("preview-option")).hasText(new String[] {"Join the list", "Talk to us"});
        assertThat(preview.getByTestId("preview-list")).hasCount(0);

        // Four are a list; back to two, buttons again.
        Locator add = form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add an option"));
        add.click();
        add.click();
        assertThat(preview.getByTestId("preview-list")).isVisible();
        assertThat(preview.getByTestId("preview-kind")).containsText("A list of 4 rows");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove option 4")).click();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove option 3")).click();
        assertThat(preview.getByTestId("preview-buttons")).isVisible();

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.getByTestId("messaging-settings-saved")).isVisible();

        JsonNode saved = call("GET", "/messaging/settings", token, null, 200);
        assertThat(saved.path("defaultReply").asText()).isEqualTo(REPLY);
        assertThat(saved.path("menu").path("title").asText()).isEqualTo("How can we help you today?");
        assertThat(saved.path("menu").path("options")).hasSize(2);
        assertThat(saved.path("menu").path("options").get(1).path("label").asText()).isEqualTo("Talk to us");
        assertThat(saved.path("menu").path("options").get(1).path("keyword").asText()).isEqualTo(keyword);

        page.reload();
        assertThat(form.getByLabel("Default reply")).hasValue(REPLY);
        assertThat(form.getByLabel("Offer a menu")).isChecked();
        assertThat(form.getByLabel("Option 1 label")).hasValue("Join the list");
        assertThat(form.getByLabel("Option 2 label")).hasValue("Talk to us");
        assertThat(preview.getByTestId("preview-option")).hasText(new String[] {"Join the list", "Talk to us"});
    }

    @Test
    void an_over_long_default_reply_is_refused_next_to_the_field_and_nothing_is_saved() throws Exception {
        String email = uniqueEmail("owner");
        JsonNode owner = register("Long Reply Ltd " + shortId(), "Lee Long", email);
        String token = owner.path("accessToken").asText();
        call("PUT", "/messaging/settings", token, Map.of("defaultReply", REPLY), 200);
        signIn(email);
        page.navigate("/messaging/settings");

        Locator form = page.getByTestId("messaging-settings-form");
        assertThat(form.getByLabel("Default reply")).hasValue(REPLY);
        form.getByLabel("Default reply").fill("a".repeat(4097));
        form.getByLabel("Local opt-out words").fill("ACHA, SITAKI");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save settings")).click();

        assertThat(page.getByTestId("default-reply-error")).containsText("at most 4096 characters");
        assertThat(form.getByLabel("Default reply")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByTestId("messaging-settings-saved")).hasCount(0);
        JsonNode unchanged = call("GET", "/messaging/settings", token, null, 200);
        assertThat(unchanged.path("defaultReply").asText()).isEqualTo(REPLY);
        assertThat(unchanged.path("optOutWords")).isEmpty();

        // A built-in opt-in word cannot opt anyone out: the server names the field, the form shows it there.
        form.getByLabel("Default reply").fill(REPLY);
        form.getByLabel("Local opt-out words").fill("ACHA, START");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.getByTestId("opt-out-words-error")).containsText("START");
        assertThat(page.getByTestId("default-reply-error")).hasCount(0);

        form.getByLabel("Local opt-out words").fill("acha, sitaki");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.getByTestId("messaging-settings-saved")).isVisible();
        assertThat(form.getByLabel("Local opt-out words")).hasValue("ACHA, SITAKI");
    }

    @Test
    void a_viewer_sees_the_settings_but_cannot_change_them() throws Exception {
        JsonNode owner = register("Viewing Menu Ltd " + shortId(), "Olga Owner", uniqueEmail("owner"));
        call("PUT", "/messaging/settings", owner.path("accessToken").asText(), Map.of("defaultReply", REPLY), 200);
        String email = uniqueEmail("viewer");
        Map<String, String> viewer = new HashMap<>(Map.of("email", email, "name", "Val Viewer", "role", "VIEWER"));
        viewer.put("password", PASSWORD);
        call("POST", "/members", owner.path("accessToken").asText(), viewer, 201);

        signIn(email);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Messaging")).click();
        assertThat(page.getByTestId("messaging-settings-read-only")).isVisible();
        Locator form = page.getByTestId("messaging-settings-form");
        assertThat(form.getByLabel("Default reply")).hasValue(REPLY);
        assertThat(form.getByLabel("Default reply")).not().isEditable();
        assertThat(form.getByLabel("Offer a menu")).isDisabled();
        assertThat(form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save settings"))).hasCount(0);
        assertThat(page.getByTestId("menu-preview").getByTestId("preview-reply")).hasText(REPLY);
    }
}
