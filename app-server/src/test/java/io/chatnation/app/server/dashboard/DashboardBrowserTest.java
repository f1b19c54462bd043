package io.chatnation.app.server.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.chatnation.app.server.TestPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives the dashboard in headless Chromium (Debian's package, never a downloaded build) against the
 * shared test server, which serves the dashboard at {@code /} and the API at {@code /api/v1}.
 */
class DashboardBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/lib/chromium/chromium");
    private static final String PASSWORD = "correct horse battery";
    private static final double TIMEOUT_MS = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Playwright playwright;
    private static Browser browser;

    private String baseUrl;
    private BrowserContext context;
    private Page page;
    private final List<String> browserErrors = new ArrayList<>();

    /** On failure, keeps a screenshot under target/playwright and prints what the browser complained about. */
    @RegisterExtension
    final AfterTestExecutionCallback reportFailure = extension -> {
        if (extension.getExecutionException().isEmpty() || page == null) {
            return;
        }
        Path shot = Paths.get("target", "playwright", extension.getRequiredTestMethod().getName() + ".png");
        try {
            Files.createDirectories(shot.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            System.err.println("Screenshot of the failed page: " + shot.toAbsolutePath() + " (at " + page.url() + ")");
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not take a screenshot: " + e);
        }
        browserErrors.forEach(error -> System.err.println("Browser: " + error));
    };

    @BeforeAll
    static void launchChromium() {
        assertTrue(Files.isExecutable(CHROMIUM), "The dashboard tests need Debian's chromium at " + CHROMIUM
                + " (apt-get install chromium; .ci/run installs it)");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        baseUrl = TestPlatform.baseUrl().replaceAll("/+$", "");
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl));
        context.setDefaultTimeout(TIMEOUT_MS);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                browserErrors.add(message.text());
            }
        });
        page.onPageError(error -> browserErrors.add(error));
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

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

    private JsonNode register(String organisation, String name, String email) throws Exception {
        return call("POST", "/auth/register", null,
                Map.of("organizationName", organisation, "name", name, "email", email, "password", PASSWORD), 201);
    }

    private JsonNode call(String method, String path, String accessToken, Map<String, String> body, int expectedStatus)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1" + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static String uniqueEmail(String who) {
        return who + "." + shortId() + "@example.com";
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
