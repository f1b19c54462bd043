package io.chatnation.app.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every dashboard browser test needs: headless Chromium (Debian's package, never a downloaded build) for
 * the test class, a fresh browser context and page per test against the shared test server (dashboard at
 * {@code /}, API at {@code /api/v1}), a screenshot and the browser's complaints when a test fails, and API
 * calls to set up data without clicking through the dashboard.
 */
abstract class BrowserTestSupport {

    static final String PASSWORD = "correct horse battery";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = Paths.get("/usr/lib/chromium/chromium");
    private static final double TIMEOUT_MS = 20_000;

    private static Playwright playwright;
    private static Browser browser;

    String baseUrl;
    BrowserContext context;
    Page page;
    private final List<String> browserErrors = new ArrayList<>();

    /** On failure, keeps a screenshot under target/playwright and prints what the browser complained about. */
    @RegisterExtension
    final AfterTestExecutionCallback reportFailure = extension -> {
        if (extension.getExecutionException().isEmpty() || page == null) {
            return;
        }
        Path shot = Paths.get("target", "playwright", extension.getRequiredTestClass().getSimpleName() + "-"
                + extension.getRequiredTestMethod().getName() + ".png");
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
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        baseUrl = TestPlatform.baseUrl().replaceAll("/+$", "");
        // Each test's browser comes from its own address (the test server reads X-Forwarded-For), so sign-in
        // throttling per address does not make the tests of a run throttle each other.
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
                .setExtraHTTPHeaders(Map.of("X-Forwarded-For", clientAddress())));
        context.setDefaultTimeout(TIMEOUT_MS);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                browserErrors.add(message.text());
            }
        });
        page.onPageError(browserErrors::add);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** Signs in through the sign-in form and waits for the home page. */
    void signIn(String email) {
        page.navigate("/signin");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        PlaywrightAssertions.assertThat(page.getByTestId("org-name")).isVisible();
    }

    private static String clientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    JsonNode register(String organisation, String name, String email) throws Exception {
        return call("POST", "/auth/register", null,
                Map.of("organizationName", organisation, "name", name, "email", email, "password", PASSWORD), 201);
    }

    /** Calls the API directly; {@code body} may be null for a call without one. */
    JsonNode call(String method, String path, String accessToken, Map<String, String> body, int expectedStatus)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1" + path))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", clientAddress());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    static String uniqueEmail(String who) {
        return who + "." + shortId() + "@example.com";
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
