package io.chatnation.app.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi;
import io.chatnation.app.server.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The templates hub and an operator's messages to a contact: free-form text only within the 24-hour
 * customer-service window, approved templates at any time, refusals before anything reaches the provider.
 */
class TemplatesAndSendingTest {

    private static Map<String, Object> template(String name, String status, String body, List<String> variables) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", name);
        t.put("language", "en");
        t.put("category", "UTILITY");
        t.put("components", Map.of("header", "Order update", "body", body, "footer", "Reply STOP to opt out",
                "buttons", List.of("Track order")));
        t.put("variables", variables);
        t.put("status", status);
        return t;
    }

    private static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static String onlyContactId(Api.Session owner) {
        Api.Response contacts = Api.get("/api/v1/contacts", owner.bearer());
        assertThat(contacts.json().path("data")).hasSize(1);
        return contacts.json().path("data").get(0).path("id").asText();
    }

    private static List<String> fields(Api.Response problem) {
        List<String> out = new ArrayList<>();
        problem.json().path("errors").forEach(e -> out.add(e.path("field").asText()));
        return out;
    }

    @Test
    void free_form_goes_inside_the_window_is_refused_after_24_hours_and_an_approved_template_still_goes() {
        ConnectedNumber number = ConnectedNumber.connect("Window Org");
        String user = ConnectedNumber.newUser();
        number.userWrites(user, "Achieng", "hi");
        number.awaitSentTo(user, 1);
        String contact = onlyContactId(number.owner);
        Api.post("/api/v1/templates", number.owner.bearer(),
                template("order_shipped", "APPROVED", "Hi {{1}}, your order has shipped.", List.of("name")));

        Api.Response inside = Api.post("/api/v1/contacts/" + contact + "/messages", number.owner.bearer(),
                Map.of("text", "Your order is on its way"));

        assertThat(inside.status()).as(inside.toString()).isEqualTo(201);
        assertThat(inside.json().path("status").asText()).isEqualTo("sent");
        assertThat(number.sentTo(user)).extracting(FakeCloudApi.SentMessage::textBody).last()
                .isEqualTo("Your order is on its way");
        assertThat(number.count("select count(*) from messages where org_id = :org and direction = 'outbound' "
                + "and sender_type = 'agent' and status = 'sent' and body = 'Your order is on its way' and provider_message_id = '"
                + inside.json().path("providerMessageId").asText() + "'")).isEqualTo(1);

        number.count("with moved as (update contacts set last_inbound_at = now() - interval '25 hours' "
                + "where org_id = :org returning 1) select count(*) from moved");
        long outboundBefore = number.count("select count(*) from messages where org_id = :org and direction = 'outbound'");

        Api.Response outside = Api.post("/api/v1/contacts/" + contact + "/messages", number.owner.bearer(),
                Map.of("text", "Are you still there?"));

        assertThat(outside.status()).as(outside.toString()).isEqualTo(422);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.json().path("type").asText()).endsWith("rule-violated/customerServiceWindow");
        assertThat(outside.json().path("detail").asText()).contains("24 hours");
        assertThat(number.sentTo(user)).hasSize(2);
        assertThat(number.count("select count(*) from messages where org_id = :org and direction = 'outbound'"))
                .as("nothing stored for a refused message").isEqualTo(outboundBefore);

        Api.Response templated = Api.post("/api/v1/contacts/" + contact + "/messages", number.owner.bearer(),
                Map.of("template", "order_shipped", "language", "en"));

        assertThat(templated.status()).as(templated.toString()).isEqualTo(201);
        assertThat(templated.json().path("status").asText()).isEqualTo("sent");
        assertThat(templated.json().path("body").asText()).isEqualTo("Hi Achieng, your order has shipped.");
        FakeCloudApi.SentMessage sent = number.sentTo(user).get(2);
        assertThat(sent.type()).isEqualTo("template");
        JsonNode payload = sent.body().path("template");
        assertThat(payload.path("name").asText()).isEqualTo("order_shipped");
        assertThat(payload.path("language").path("code").asText()).isEqualTo("en");
        assertThat(payload.toString()).contains("Achieng");
        assertThat(number.count("select count(*) from messages where org_id = :org and direction = 'outbound' "
                + "and type = 'template' and status = 'sent'")).isEqualTo(1);
    }

    @Test
    void a_contact_who_never_wrote_gets_only_approved_templates_through_the_organisations_number() {
        ConnectedNumber number = ConnectedNumber.connect("Cold Org");
        String phone = "+2547" + ConnectedNumber.digits(8);
        String contact = created(Api.post("/api/v1/contacts", number.owner.bearer(),
                Map.of("phone", phone, "name", "Baraka", "customFields", Map.of("city", "Kisumu"))));
        String user = phone.substring(1);
        Api.post("/api/v1/templates", number.owner.bearer(),
                template("pending_one", "PENDING", "Hello {{1}}", List.of("name")));
        Api.post("/api/v1/templates", number.owner.bearer(),
                template("event_invite", "APPROVED", "Hello {{1}}, see you in {{2}}.", List.of("name", "custom.city")));

        Api.Response text = Api.post("/api/v1/contacts/" + contact + "/messages", number.owner.bearer(),
                Map.of("text", "hi"));
        Api.Response pending = Api.post("/api/v1/contacts/" + contact + "/messages", number.owner.bearer(),
                Map.of("template", "pending_one", "language", "en"));
        Api.Response unknown = Api.post("/api/v1/contacts/" + contact + "/messages", number.owner.bearer(),
                Map.of("template", "no_such_template", "language", "en"));
        Api.Response explicit = Api.post("/api/v1/contacts/" + contact + "/messages", number.owner.bearer(),
                Map.of("template", "event_invite", "language", "en", "parameters", List.of("Bob", "Nairobi")));

        assertThat(text.status()).isEqualTo(422);
        assertThat(text.json().path("detail").asText()).contains("never wrote");
        assertThat(pending.status()).isEqualTo(422);
        assertThat(pending.json().path("type").asText()).endsWith("rule-violated/templateApproved");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(explicit.status()).as(explicit.toString()).isEqualTo(201);
        assertThat(explicit.json().path("body").asText()).isEqualTo("Hello Bob, see you in Nairobi.");
        assertThat(number.sentTo(user)).hasSize(1);
        assertThat(number.sentTo(user).get(0).type()).isEqualTo("template");
        assertThat(number.count("select count(*) from messages where org_id = :org")).isEqualTo(1);
    }

    @Test
    void templates_are_created_listed_changed_and_removed_with_an_audit_trail() {
        Api.Session owner = Api.registerOrganisation("Templates Org");
        String id = created(Api.post("/api/v1/templates", owner.bearer(),
                template("welcome", "PENDING", "Welcome {{1}}!", List.of("name"))));

        Api.Response duplicate = Api.post("/api/v1/templates", owner.bearer(),
                template("welcome", "PENDING", "Another", List.of()));
        Api.Response otherLanguage = Api.post("/api/v1/templates", owner.bearer(), Map.of("name", "welcome",
                "language", "sw", "category", "MARKETING", "components", Map.of("body", "Karibu!")));
        Api.Response list = Api.get("/api/v1/templates", owner.bearer());
        Api.Response changed = Api.sendJson("PUT", "/api/v1/templates/" + id, owner.bearer(),
                template("welcome", "APPROVED", "Welcome back, {{1}}!", List.of("name")));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(otherLanguage.status()).as(otherLanguage.toString()).isEqualTo(201);
        assertThat(otherLanguage.json().path("status").asText()).isEqualTo("PENDING");
        assertThat(list.json().path("data")).extracting(t -> t.path("language").asText()).containsExactly("en", "sw");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("status").asText()).isEqualTo("APPROVED");
        assertThat(changed.json().at("/components/body").asText()).isEqualTo("Welcome back, {{1}}!");
        assertThat(changed.json().at("/components/buttons/0").asText()).isEqualTo("Track order");
        assertThat(Api.get("/api/v1/templates/" + id, owner.bearer()).json().path("status").asText()).isEqualTo("APPROVED");

        Api.Response deleted = Api.delete("/api/v1/templates/" + id, owner.bearer());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/templates/" + id, owner.bearer()).status()).isEqualTo(404);
        Api.Response audit = Api.get("/api/v1/audit-logs", owner.bearer());
        assertThat(audit.raw()).contains("template.created").contains("template.updated").contains("template.deleted");
    }

    @Test
    void invalid_templates_are_refused_with_the_fields_to_fix_and_nothing_is_stored() {
        Api.Session owner = Api.registerOrganisation("Invalid Templates Org");

        Api.Response badName = Api.post("/api/v1/templates", owner.bearer(),
                template("Order Shipped!", "PENDING", "Hi", List.of()));
        Api.Response gap = Api.post("/api/v1/templates", owner.bearer(),
                template("gap", "PENDING", "Hi {{1}}, code {{3}}", List.of("name", "phone")));
        Api.Response tooLong = Api.post("/api/v1/templates", owner.bearer(),
                template("long_body", "PENDING", "x".repeat(1025), List.of()));
        Api.Response variables = Api.post("/api/v1/templates", owner.bearer(),
                template("vars", "PENDING", "Hi {{1}} and {{2}}", List.of("name")));
        Api.Response unknownField = Api.post("/api/v1/templates", owner.bearer(),
                template("field", "PENDING", "Hi {{1}}", List.of("email")));
        Api.Response several = Api.post("/api/v1/templates", owner.bearer(),
                Map.of("name", "ok_name", "language", "english", "category", "SPAM", "status", "LIVE"));

        assertThat(badName.status()).isEqualTo(400);
        assertThat(fields(badName)).containsExactly("name");
        assertThat(gap.status()).isEqualTo(400);
        assertThat(fields(gap)).containsExactly("components.body");
        assertThat(gap.json().toString()).contains("{{2}} is missing");
        assertThat(fields(tooLong)).containsExactly("components.body");
        assertThat(tooLong.json().toString()).contains("1024");
        assertThat(fields(variables)).containsExactly("variables");
        assertThat(fields(unknownField)).containsExactly("variables[0]");
        assertThat(fields(several)).containsExactlyInAnyOrder("language", "category", "status", "components.body");
        assertThat(Api.get("/api/v1/templates", owner.bearer()).json().path("data")).isEmpty();
    }

    @Test
    void a_preview_fills_the_body_with_the_contacts_fields_or_the_given_values() {
        Api.Session owner = Api.registerOrganisation("Preview Org");
        String contact = created(Api.post("/api/v1/contacts", owner.bearer(), Map.of("phone",
                "+2547" + ConnectedNumber.digits(8), "name", "Wanjiru", "customFields", Map.of("ticket", "A-17"))));
        String nameless = created(Api.post("/api/v1/contacts", owner.bearer(),
                Map.of("phone", "+2547" + ConnectedNumber.digits(8))));
        String id = created(Api.post("/api/v1/templates", owner.bearer(), template("ticket_ready", "APPROVED",
                "Hi {{1}}, ticket {{2}} is ready. {{1}}, bring your ID.", List.of("name", "custom.ticket"))));

        Api.Response forContact = Api.post("/api/v1/templates/" + id + "/preview", owner.bearer(),
                Map.of("contactId", contact));
        Api.Response withValues = Api.post("/api/v1/templates/" + id + "/preview", owner.bearer(),
                Map.of("values", List.of("Ann", "B-2")));
        Api.Response missingField = Api.post("/api/v1/templates/" + id + "/preview", owner.bearer(),
                Map.of("contactId", nameless));
        Api.Response tooFew = Api.post("/api/v1/templates/" + id + "/preview", owner.bearer(),
                Map.of("values", List.of("Ann")));

        assertThat(forContact.status()).as(forContact.toString()).isEqualTo(200);
        assertThat(forContact.json().path("body").asText()).isEqualTo("Hi Wanjiru, ticket A-17 is ready. Wanjiru, bring your ID.");
        assertThat(withValues.json().path("body").asText()).isEqualTo("Hi Ann, ticket B-2 is ready. Ann, bring your ID.");
        assertThat(missingField.status()).isEqualTo(400);
        assertThat(fields(missingField)).containsExactly("variables[0]");
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(fields(tooFew)).containsExactly("parameters");
    }

    @Test
    void templates_are_read_with_campaign_or_organisation_access_and_written_with_content_access() {
        Api.Session owner = Api.registerOrganisation("Template Access Org");
        String id = created(Api.post("/api/v1/templates", owner.bearer(),
                template("reminder", "APPROVED", "Reminder", List.of())));
        String campaignsReader = Api.post("/api/v1/api-keys", owner.bearer(),
                Map.of("name", "Planner", "scopes", List.of("campaigns:read"))).json().path("secret").asText();
        String contactsOnly = Api.post("/api/v1/api-keys", owner.bearer(),
                Map.of("name", "CRM", "scopes", List.of("contacts:read", "contacts:manage"))).json().path("secret").asText();
        String contact = created(Api.post("/api/v1/contacts", owner.bearer(),
                Map.of("phone", "+2547" + ConnectedNumber.digits(8))));

        assertThat(Api.get("/api/v1/templates", campaignsReader).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/templates/" + id, campaignsReader).status()).isEqualTo(200);
        assertThat(Api.post("/api/v1/templates", campaignsReader, template("mine", "PENDING", "x", List.of())).status())
                .isEqualTo(403);
        assertThat(Api.delete("/api/v1/templates/" + id, campaignsReader).status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/templates/" + id + "/preview", campaignsReader, Map.of("contactId", contact))
                .status()).as("a contact's fields are personal data").isEqualTo(403);
        assertThat(Api.get("/api/v1/templates", contactsOnly).status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/contacts/" + contact + "/messages", contactsOnly,
                Map.of("template", "reminder", "language", "en")).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/templates", null).status()).isEqualTo(401);
        assertThat(Api.get("/api/v1/templates", owner.bearer()).json().path("data")).hasSize(1);
    }
}
