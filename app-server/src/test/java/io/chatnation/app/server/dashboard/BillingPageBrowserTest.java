package io.chatnation.app.server.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.in.DebitTokens;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The billing page in headless Chromium: balance, buying tokens through the sandbox provider, who sees it, bad input. */
class BillingPageBrowserTest extends BrowserTestSupport {

    @Test
    void an_owner_buys_the_100_token_bundle_with_the_sandbox_and_sees_the_balance_and_the_purchase() throws Exception {
        String email = uniqueEmail("owner");
        register("Top Up Ltd " + shortId(), "Tess Topup", email);
        signIn(email);

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Billing")).click();
        assertThat(page).hasURL(baseUrl + "/billing");
        assertThat(page.getByTestId("wallet-balance")).hasText("0");
        assertThat(page.getByTestId("wallet-reserved")).hasText("0");
        assertThat(page.getByTestId("wallet-available")).hasText("0");
        assertThat(page.getByTestId("usage-empty")).isVisible();
        assertThat(page.getByTestId("transactions-table")).containsText("No transactions yet.");

        page.getByLabel("Bundle").selectOption("starter");
        page.getByLabel("Pay with").selectOption("sandbox");
        assertThat(page.getByLabel("Bundle").locator("option[value=starter]")).containsText("100 tokens");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buy tokens")).click();

        Locator progress = page.getByTestId("purchase-progress");
        assertThat(progress).containsText("100 tokens");
        // Paid by hand, before the sandbox's own payer (a few seconds later) would.
        Response decided = page.waitForResponse(r -> r.url().matches(".*/api/v1/payments/sandbox/[^/]+/complete"),
                () -> page.getByTestId("sandbox-complete").click());
        assertThat(decided.status()).isEqualTo(200);

        assertThat(progress).hasAttribute("data-status", "PAID");
        assertThat(page.getByTestId("purchase-status")).hasText("Paid");
        assertThat(page.getByTestId("wallet-balance")).hasText("100");
        assertThat(page.getByTestId("wallet-available")).hasText("100");
        Locator purchaseRow = page.locator("[data-testid=transaction-row][data-type=purchase]");
        assertThat(purchaseRow).hasCount(1);
        assertThat(purchaseRow.getByTestId("transaction-change")).hasText("+100");

        page.getByLabel("Type").selectOption("debit");
        assertThat(page.getByTestId("transactions-table")).containsText("No transactions of this type yet.");
        assertThat(page.getByTestId("transaction-row")).hasCount(0);
        page.getByLabel("Type").selectOption("purchase");
        assertThat(purchaseRow).hasCount(1);

        page.reload();
        assertThat(page.getByTestId("wallet-balance")).hasText("100");
    }

    @Test
    void spending_shows_in_the_usage_chart_and_the_ledger_and_a_low_balance_is_flagged() throws Exception {
        String email = uniqueEmail("owner");
        JsonNode owner = register("Big Spender Ltd " + shortId(), "Bea Spender", email);
        OrgId org = OrgId.of(owner.path("organizationId").asText());
        TestPlatform.context().getBean(CreditPurchasedTokens.class).credit(new CreditPurchasedTokens.Command(
                org, UUID.randomUUID(), TokenAmount.parse("tokens", "100"), "Test bundle"));
        DebitTokens debits = TestPlatform.context().getBean(DebitTokens.class);
        for (int i = 0; i < 22; i++) {
            debits.debit(new DebitTokens.Command(Caller.system(org, UUID.randomUUID()), Optional.empty(),
                    TokenAmount.parse("tokens", "4"), new ModuleName("hypecards"), BillableAction.HYPECARD_BASIC,
                    Optional.empty(), IdempotencyKey.in("test", UUID.randomUUID()), null));
        }
        String token = owner.path("accessToken").asText();
        String walletId = call("GET", "/billing/wallet", token, null, 200).path("id").asText();
        call("PATCH", "/billing/wallets/" + walletId, token, Map.of("lowBalanceThreshold", "20"), 200);

        signIn(email);
        page.navigate("/billing");
        assertThat(page.getByTestId("wallet-balance")).hasText("12");
        assertThat(page.getByTestId("low-balance")).containsText("12 tokens are available, below your warning level of 20");
        assertThat(page.getByTestId("usage-total")).hasText("88");
        assertThat(page.getByTestId("usage")).containsText("Hypecards: 88");

        // 23 entries, newest first: a page of 20, then the rest.
        Locator rows = page.getByTestId("transaction-row");
        assertThat(rows).hasCount(20);
        assertThat(rows.first().getByTestId("transaction-change")).hasText("−4");
        page.getByTestId("transactions-load-more").click();
        assertThat(rows).hasCount(23);
        assertThat(rows.last()).hasAttribute("data-type", "purchase");
        assertThat(page.getByTestId("transactions-load-more")).hasCount(0);

        page.getByLabel("Type").selectOption("purchase");
        assertThat(rows).hasCount(1);
        assertThat(rows.first().getByTestId("transaction-change")).hasText("+100");
    }

    @Test
    void a_viewer_has_no_billing_in_the_navigation_and_is_told_so_on_the_page() throws Exception {
        JsonNode owner = register("Viewers Ltd " + shortId(), "Olga Owner", uniqueEmail("owner"));
        String email = uniqueEmail("viewer");
        Map<String, String> viewer = new HashMap<>(Map.of("email", email, "name", "Val Viewer", "role", "VIEWER"));
        viewer.put("password", PASSWORD);
        call("POST", "/members", owner.path("accessToken").asText(), viewer, 201);

        signIn(email);
        Locator navigation = page.getByRole(AriaRole.NAVIGATION);
        assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Members"))).isVisible();
        assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Billing"))).hasCount(0);

        page.navigate("/billing");
        assertThat(page.getByTestId("billing-forbidden")).containsText("You do not have access to billing");
        assertThat(page.getByTestId("wallet-summary")).hasCount(0);
        assertThat(page.getByTestId("buy-tokens-form")).hasCount(0);
    }

    @Test
    void a_refusal_by_the_server_shows_the_same_clear_message() throws Exception {
        String email = uniqueEmail("owner");
        register("Withdrawn Ltd " + shortId(), "Wes Withdrawn", email);
        signIn(email);
        // As if billing access had been withdrawn since the profile was loaded.
        page.route("**/api/v1/billing/wallet", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(403)
                .setContentType("application/problem+json")
                .setBody("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Missing permission billing:read\"}")));

        page.navigate("/billing");
        assertThat(page.getByTestId("billing-forbidden")).containsText("You do not have access to billing");
        assertThat(page.getByTestId("billing-forbidden")).containsText("Missing permission billing:read");
        assertThat(page.getByTestId("wallet-summary")).hasCount(0);
    }

    @Test
    void buying_with_m_pesa_and_a_malformed_phone_shows_the_field_error_and_starts_nothing() throws Exception {
        String email = uniqueEmail("owner");
        JsonNode owner = register("Mobile Money Ltd " + shortId(), "Moses Mpesa", email);
        signIn(email);
        page.navigate("/billing");

        page.getByLabel("Pay with").selectOption("mpesa");
        Locator phone = page.getByLabel("M-Pesa phone number");
        phone.fill("12345");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buy tokens")).click();

        assertThat(page.getByTestId("phone-error")).containsText("Kenyan mobile number");
        assertThat(phone).hasAttribute("aria-invalid", "true");
        assertThat(phone).isFocused();
        assertThat(page.getByTestId("purchase-progress")).hasCount(0);

        phone.fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buy tokens")).click();
        assertThat(page.getByTestId("phone-error")).containsText(Pattern.compile("Enter the phone number"));

        JsonNode purchases = call("GET", "/billing/purchases", owner.path("accessToken").asText(), null, 200);
        assertThat(purchases.path("data")).isEmpty();
    }
}
