package io.chatnation.app.server.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Drives the dashboard in headless Chromium against the shared test server: signing up and in, members and
 * invitations.
 */
class DashboardBrowserTest extends BrowserTestSupport {

    @Test
    void a_newcomer_signs_up_signs_in_and_sees_the_members_page() {
        String organisation = "Acme " + shortId();
        String owner = "Ada Owner";
        String email = uniqueEmail("owner");

        page.navigate("/signup");
        page.getByLabel("Organisation name").fill(organisation);
        page.getByLabel("Your name").fill(owner);
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create organisation")).click();

        assertThat(page).hasURL(baseUrl + "/");
        assertThat(page.getByTestId("org-name")).hasText(organisation);
        assertThat(page.getByTestId("user-name")).hasText(owner);
        assertThat(page.getByTestId("user-email")).hasText(email);
        assertThat(page.getByTestId("user-role")).hasText("Organisation Owner");
        assertThat(page.getByTestId("permissions")).containsText("members:manage");

        page.getByTestId("signout").click();
        assertThat(page).hasURL(baseUrl + "/signin");

        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page.getByTestId("org-name")).hasText(organisation);

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Members")).click();
        assertThat(page).hasURL(baseUrl + "/members");
        Locator ownerRow = memberRow(email);
        assertThat(ownerRow).containsText(owner);
        assertThat(ownerRow.getByLabel("Role of " + owner)).hasValue("ORG_OWNER");

        String invitee = "Sam Surveyor";
        String inviteeEmail = uniqueEmail("surveyor");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(inviteeEmail);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(invitee);
        page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("SURVEY_MANAGER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member")).click();

        assertThat(page.getByTestId("invitation-link")).hasValue(Pattern.compile(".*/accept-invitation\\?token=.+"));
        Locator inviteeRow = memberRow(inviteeEmail);
        assertThat(inviteeRow).containsText(invitee);
        assertThat(inviteeRow).containsText("Invited");
        assertThat(inviteeRow.getByLabel("Role of " + invitee)).hasValue("SURVEY_MANAGER");

        page.reload();
        assertThat(memberRow(inviteeEmail).getByLabel("Role of " + invitee)).hasValue("SURVEY_MANAGER");
    }

    @Test
    void a_wrong_password_shows_the_servers_message() throws Exception {
        String email = uniqueEmail("forgetful");
        register("Forgetful Ltd " + shortId(), "Fran Forgetful", email);

        page.navigate("/signin");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill("not the password at all");
        Response response = page.waitForResponse(r -> r.url().endsWith("/api/v1/auth/login"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click());

        assertThat(response.status()).isEqualTo(401);
        String detail = JSON.readTree(response.text()).path("detail").asText();
        assertThat(detail).isNotBlank();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(detail);
        assertThat(page).hasURL(baseUrl + "/signin");
    }

    @Test
    void an_unauthenticated_visit_to_members_redirects_to_sign_in() {
        page.navigate("/members");

        assertThat(page).hasURL(Pattern.compile(".*/signin(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(page.getByTestId("members-table")).hasCount(0);
    }

    @Test
    void an_invited_person_chooses_a_password_and_is_signed_in() throws Exception {
        JsonNode owner = register("Invites Inc " + shortId(), "Olive Owner", uniqueEmail("owner"));
        String email = uniqueEmail("viewer");
        JsonNode added = call("POST", "/members", owner.path("accessToken").asText(),
                Map.of("email", email, "name", "Vic Viewer", "role", "VIEWER"), 201);
        String token = added.path("invitationToken").asText();
        assertThat(token).isNotBlank();

        page.navigate("/accept-invitation?token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
        page.getByLabel("Choose a password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join organisation")).click();

        assertThat(page).hasURL(baseUrl + "/");
        assertThat(page.getByTestId("user-name")).hasText("Vic Viewer");
        assertThat(page.getByTestId("user-email")).hasText(email);
        assertThat(page.getByTestId("user-role")).hasText("Viewer");
    }

    private Locator memberRow(String email) {
        return page.getByTestId("members-table").locator("tbody tr", new Locator.LocatorOptions().setHasText(email));
    }
}
