package io.chatnation.app.server.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contacts screen in headless Chromium: the import wizard, the table and its filters, a contact's drawer. */
class ContactsPageBrowserTest extends BrowserTestSupport {

    private static final String SHEET = """
            Mobile,Full name,Tags,City
            +254712000001,Alice Achieng,vip;nairobi,Nairobi
            +254712000002,Brian Otieno,,Kisumu
            not-a-number,Carol Wanjiru,vip,Nakuru
            +254712000003,Dan Mwangi,vip,Mombasa
            """;

    @Test
    void an_owner_imports_a_csv_with_one_bad_row_filters_by_label_and_blocks_a_contact() throws Exception {
        String email = uniqueEmail("owner");
        register("Contacts Ltd " + shortId(), "Cora Contacts", email);
        signIn(email);

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Contacts")).click();
        assertThat(page).hasURL(baseUrl + "/contacts");
        assertThat(page.getByTestId("contacts-empty")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import contacts")).click();
        page.getByLabel("CSV file").setInputFiles(new FilePayload("people.csv", "text/csv", SHEET.getBytes(StandardCharsets.UTF_8)));
        Locator preview = page.getByTestId("import-preview");
        assertThat(preview).containsText("Alice Achieng");
        assertThat(preview.locator("tbody tr")).hasCount(4);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: map columns")).click();
        // The well-known headers are recognised; the rest become custom fields.
        assertThat(page.getByLabel("Import Mobile as")).hasValue("phone");
        assertThat(page.getByLabel("Import Full name as")).hasValue("name");
        assertThat(page.getByLabel("Import Tags as")).hasValue("labels");
        assertThat(page.getByLabel("Import City as")).hasValue("custom");
        assertThat(page.getByLabel("Custom field name for City")).hasValue("city");

        // Two columns claiming the phone number are refused next to the second one, before anything is sent.
        page.getByLabel("Import Full name as").selectOption("phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: duplicates")).click();
        assertThat(page.getByTestId("column-mapping")).containsText("Column Mobile is already imported as phone number.");
        page.getByLabel("Import Full name as").selectOption("name");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: duplicates")).click();

        page.getByLabel("Skip the row and leave the contact as it is").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import contacts").setExact(true)).last().click();

        assertThat(page.getByTestId("import-summary")).hasText("4 rows read: 3 contacts added, 0 updated, 0 skipped, 1 row with an error was left out.");
        assertThat(page.getByTestId("import-created")).hasText("3");
        Locator errorRows = page.getByTestId("import-error-row");
        assertThat(errorRows).hasCount(1);
        assertThat(errorRows.first()).hasAttribute("data-row", "4");
        assertThat(errorRows.first()).containsText("Mobile");

        Download report = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download error report")).click());
        assertThat(report.suggestedFilename()).isEqualTo("import-errors.csv");
        String reportCsv = Files.readString(report.path(), StandardCharsets.UTF_8);
        assertThat(reportCsv).startsWith("\"row\",\"column\",\"reason\"").contains("\"4\",\"Mobile\"");

        Locator rows = page.getByTestId("contact-row");
        assertThat(rows).hasCount(3);
        assertThat(page.getByTestId("contacts-table")).not().containsText("Carol");

        Download export = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export CSV")).click());
        assertThat(Files.readString(export.path(), StandardCharsets.UTF_8))
                .startsWith("phone,wa_user_id,name,language,labels")
                .contains("\"+254712000001\",\"\",\"Alice Achieng\"", "\"+254712000003\"")
                .doesNotContain("Carol");

        page.getByLabel("Label", new Page.GetByLabelOptions().setExact(true)).fill("vip");
        assertThat(rows).hasCount(2);
        assertThat(page.getByTestId("contacts-table")).not().containsText("Brian");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alice Achieng")).click();
        Locator drawer = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Alice Achieng"));
        assertThat(drawer.getByTestId("contact-phone")).hasText("+254712000001");
        assertThat(drawer.getByLabel("Value of city")).hasValue("Nairobi");
        assertThat(drawer.getByLabel("Labels")).hasValue("nairobi, vip");

        // The server's problem+json field error shows next to the field, and nothing is saved.
        drawer.getByLabel("Language").fill("not a language!");
        drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save profile")).click();
        assertThat(page.getByTestId("contact-language-error")).containsText("language code");
        drawer.getByLabel("Language").fill("sw");
        drawer.getByLabel("Notes").fill("Prefers Swahili");
        drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save profile")).click();
        assertThat(drawer.getByTestId("contact-notice")).hasText("The profile was saved.");

        drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Block")).click();
        assertThat(drawer.getByTestId("contact-notice")).containsText("Alice Achieng is blocked");
        assertThat(drawer.getByTestId("contact-status")).containsText("Blocked");
        drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(drawer).hasCount(0);

        page.getByLabel("Blocked", new Page.GetByLabelOptions().setExact(true)).selectOption("true");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).hasAttribute("data-phone", "+254712000001");

        // What the screen showed is what was stored.
        page.reload();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alice Achieng")).click();
        assertThat(drawer.getByLabel("Language")).hasValue("sw");
        assertThat(drawer.getByLabel("Notes")).hasValue("Prefers Swahili");
        assertThat(drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unblock"))).isVisible();
    }

    @Test
    void a_file_that_is_not_utf8_is_rejected_whole_and_the_wizard_says_nothing_was_imported() throws Exception {
        String email = uniqueEmail("owner");
        register("Latin Ltd " + shortId(), "Lola Latin", email);
        signIn(email);
        page.navigate("/contacts");

        byte[] latin1 = "phone,name\n+254712000011,Amina\n+254712000012,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import contacts")).click();
        page.getByLabel("CSV file").setInputFiles(new FilePayload("latin1.csv", "text/csv", latin1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: map columns")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: duplicates")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import contacts").setExact(true)).last().click();

        Locator rejected = page.getByTestId("import-rejected");
        assertThat(rejected).containsText("Nothing was imported.");
        assertThat(rejected).containsText("not UTF-8");
        assertThat(page.getByTestId("contacts-empty")).isVisible();
        assertThat(page.getByTestId("contact-row")).hasCount(0);
    }

    @Test
    void a_contact_added_by_hand_gets_field_errors_from_the_server_and_then_opens_in_the_drawer() throws Exception {
        String email = uniqueEmail("owner");
        JsonNode owner = register("Manual Ltd " + shortId(), "Max Manual", email);
        call("PUT", "/contacts/settings", owner.path("accessToken").asText(), Map.of("defaultRegion", "KE"), 200);
        signIn(email);
        page.navigate("/contacts");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add contact")).click();
        Locator form = page.getByTestId("create-contact-form");
        form.getByLabel("Phone number").fill("12");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add contact")).click();
        assertThat(page.getByTestId("new-contact-phone-error")).isVisible();

        // Written locally: the organisation's default region (KE) makes it +254.
        form.getByLabel("Phone number").fill("0712 345 678");
        form.getByLabel("Name").fill("Wanjiku Kamau");
        form.getByLabel("Opted in at").fill("event desk form");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add contact")).click();

        Locator drawer = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Wanjiku Kamau"));
        assertThat(drawer.getByTestId("contact-phone")).hasText("+254712345678");
        assertThat(drawer.getByTestId("consent-summary")).containsText("event desk form");

        drawer.getByLabel("Consent source").fill("phone call");
        drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record opt-out")).click();
        assertThat(drawer.getByTestId("consent-summary")).containsText("Opted out");
        assertThat(drawer.getByTestId("consent-history")).containsText("Opted out · phone call");
        assertThat(drawer.getByTestId("consent-history")).containsText("Opted in · event desk form");

        page.onceDialog(dialog -> dialog.accept());
        drawer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Erase personal data")).click();
        assertThat(drawer).hasCount(0);
        assertThat(page.getByTestId("contacts-table")).not().containsText("Wanjiku");
    }

    @Test
    void a_viewer_has_no_contacts_or_channels_in_the_navigation_and_is_told_so_on_the_page() throws Exception {
        JsonNode owner = register("Viewing Ltd " + shortId(), "Otto Owner", uniqueEmail("owner"));
        String email = uniqueEmail("viewer");
        Map<String, String> viewer = new HashMap<>(Map.of("email", email, "name", "Vera Viewer", "role", "VIEWER"));
        viewer.put("password", PASSWORD);
        call("POST", "/members", owner.path("accessToken").asText(), viewer, 201);

        signIn(email);
        Locator nav = page.getByRole(AriaRole.NAVIGATION);
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Members"))).isVisible();
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Contacts"))).hasCount(0);
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Channels"))).hasCount(0);

        page.navigate("/contacts");
        assertThat(page.getByTestId("contacts-forbidden")).containsText("You do not have access to contacts.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import contacts"))).hasCount(0);
        page.navigate("/channels");
        assertThat(page.getByTestId("channels-forbidden")).isVisible();
    }
}
