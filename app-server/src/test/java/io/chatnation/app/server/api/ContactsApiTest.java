package io.chatnation.app.server.api;

import static io.chatnation.app.server.api.ProblemAssertions.assertFieldError;
import static io.chatnation.app.server.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/v1/contacts: CSV import with its row report and fatal errors, the contact lifecycle, export and erasure. */
class ContactsApiTest {

    private static Api.Session kenyanOrganisation() {
        Api.Session owner = Api.registerOrganisation("Contacts Org");
        assertThat(Api.sendJson("PUT", "/api/v1/contacts/settings", owner.bearer(), Map.of("defaultRegion", "ke")).status())
                .isEqualTo(200);
        return owner;
    }

    private static Api.Response importCsv(Api.Session who, String query, String csv) {
        return importBytes(who, query, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Api.Response importBytes(Api.Session who, String query, byte[] csv) {
        return Api.send(Api.builder("/api/v1/contacts/imports" + query, who.bearer()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    private static long contactsOf(Api.Session who) {
        return TestPlatform.countAsSuperuser("select count(*) from contacts where org_id = '" + who.orgId() + "'");
    }

    private static List<String> phones(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.path("data").forEach(c -> out.add(c.path("phone").asText()));
        return out;
    }

    @Test
    void an_import_maps_columns_normalises_local_numbers_and_lists_them() {
        Api.Session owner = kenyanOrganisation();
        Api.Response r = importCsv(owner, "?mapping=phone=Mobile,name=Full%20name,labels=Tags,custom.city=Town",
                "Mobile,Full name,Tags,Town\n0712 345 678,\"Wanjiku, Jane\",vip;nairobi,Nairobi\n+234 803 123 4567,Ade,,Lagos\n");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().path("rows").asLong()).isEqualTo(2);
        assertThat(r.json().path("created").asLong()).isEqualTo(2);
        assertThat(r.json().path("errors")).isEmpty();

        JsonNode all = Api.get("/api/v1/contacts", owner.bearer()).json();
        assertThat(phones(all)).containsExactlyInAnyOrder("+254712345678", "+2348031234567");
        JsonNode jane = Api.get("/api/v1/contacts?search=wanjiku", owner.bearer()).json().path("data").get(0);
        assertThat(jane.path("name").asText()).isEqualTo("Wanjiku, Jane");
        assertThat(jane.path("labels").toString()).isEqualTo("[\"nairobi\",\"vip\"]");
        assertThat(jane.at("/customFields/city").asText()).isEqualTo("Nairobi");
        assertThat(phones(Api.get("/api/v1/contacts?label=vip", owner.bearer()).json())).containsExactly("+254712345678");
        assertThat(phones(Api.get("/api/v1/contacts?search=803123", owner.bearer()).json())).containsExactly("+2348031234567");

        JsonNode audit = Api.get("/api/v1/audit-logs?action=contacts.imported", owner.bearer()).json().path("data").get(0);
        assertThat(audit.at("/metadata/created").asLong()).isEqualTo(2);
    }

    @Test
    void a_multipart_upload_imports_the_same_way() {
        Api.Session owner = kenyanOrganisation();
        String boundary = "----contacts" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nphone,name\n0712345678,Amina\n0733000000,Otieno\n\r\n--" + boundary + "--\r\n";
        Api.Response r = Api.send(Api.builder("/api/v1/contacts/imports?onDuplicate=skip", owner.bearer())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().path("created").asLong()).isEqualTo(2);
        assertThat(contactsOf(owner)).isEqualTo(2);
    }

    @Test
    void bad_numbers_and_repeated_rows_are_reported_by_row_and_column_and_the_rest_is_imported() {
        Api.Session owner = kenyanOrganisation();
        Api.Response r = importCsv(owner, "", "phone,name\n0712345678,A\n12345,B\n+254 712 345 678,C\n0722000000,D,extra\n0733000000,E\n");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().path("rows").asLong()).isEqualTo(5);
        assertThat(r.json().path("created").asLong()).isEqualTo(2);
        JsonNode errors = r.json().path("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).path("row").asLong()).isEqualTo(3);
        assertThat(errors.get(0).path("column").asText()).isEqualTo("phone");
        assertThat(errors.get(0).path("message").asText()).contains("12345");
        assertThat(errors.get(1).path("row").asLong()).isEqualTo(4);
        assertThat(errors.get(1).path("message").asText()).contains("repeats the phone number of row 2");
        assertThat(errors.get(2).path("row").asLong()).isEqualTo(5);
        assertThat(errors.get(2).path("message").asText()).contains("3 cells");
        assertThat(contactsOf(owner)).isEqualTo(2);
    }

    @Test
    void broken_quoting_on_the_last_row_rejects_the_whole_file_and_writes_nothing() {
        Api.Session owner = kenyanOrganisation();
        Api.Response r = importCsv(owner, "", "phone,name\n0712345678,A\n0722000000,B\n0733000000,\"C\n");
        JsonNode problem = assertFieldError(r, "file", "broken quoting");
        assertThat(ProblemAssertions.message(problem, "file")).startsWith("row 4");
        assertThat(contactsOf(owner)).isZero();
    }

    @Test
    void a_file_that_is_not_utf8_is_rejected_with_a_clear_error() {
        Api.Session owner = kenyanOrganisation();
        Api.Response r = importBytes(owner, "", "phone,name\n0712345678,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertFieldError(r, "file", "not UTF-8");
        assertThat(contactsOf(owner)).isZero();
    }

    @Test
    void a_mapped_column_missing_from_the_header_is_fatal_and_bad_options_name_their_field() {
        Api.Session owner = kenyanOrganisation();
        assertFieldError(importCsv(owner, "?mapping=phone=Mobile", "phone\n0712345678\n"), "file", "column Mobile");
        assertFieldError(importCsv(owner, "?onDuplicate=merge", "phone\n0712345678\n"), "onDuplicate", "update or skip");
        assertFieldError(importCsv(owner, "?mapping=colour=Red", "phone\n0712345678\n"), "mapping.colour", "not one of");
        assertThat(contactsOf(owner)).isZero();
    }

    @Test
    void existing_contacts_are_updated_or_skipped_as_asked() {
        Api.Session owner = kenyanOrganisation();
        assertThat(importCsv(owner, "", "phone,name,labels\n0712345678,Old,a\n").status()).isEqualTo(200);
        Api.Response skipped = importCsv(owner, "?onDuplicate=skip", "phone,name,labels\n0712345678,New,b\n0722000000,Other,\n");
        assertThat(skipped.json().path("created").asLong()).isEqualTo(1);
        assertThat(skipped.json().path("skipped").asLong()).isEqualTo(1);
        JsonNode kept = Api.get("/api/v1/contacts?search=0712345678", owner.bearer()).json().path("data").get(0);
        assertThat(kept.path("name").asText()).isEqualTo("Old");

        Api.Response updated = importCsv(owner, "?onDuplicate=update", "phone,name,labels\n0712345678,New,b\n");
        assertThat(updated.json().path("updated").asLong()).isEqualTo(1);
        JsonNode changed = Api.get("/api/v1/contacts?search=0712345678", owner.bearer()).json().path("data").get(0);
        assertThat(changed.path("name").asText()).isEqualTo("New");
        assertThat(changed.path("labels").toString()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void a_contact_is_created_updated_blocked_opted_out_and_in_exported_and_erased() {
        Api.Session owner = kenyanOrganisation();
        assertFieldError(Api.post("/api/v1/contacts", owner.bearer(), Map.of("phone", "07")), "phone", "not a valid phone number");
        Api.Response created = Api.post("/api/v1/contacts", owner.bearer(),
                Map.of("phone", "0712 345 678", "name", "Amina", "optInSource", "event desk"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().path("phone").asText()).isEqualTo("+254712345678");
        assertThat(created.json().path("optInSource").asText()).isEqualTo("event desk");
        assertProblem(Api.post("/api/v1/contacts", owner.bearer(), Map.of("phone", "+254712345678")), 409);
        String id = created.json().path("id").asText();
        String path = "/api/v1/contacts/" + id;

        JsonNode patched = Api.patch(path, owner.bearer(), Map.of("language", "sw", "labels", List.of("member"),
                "customFields", Map.of("county", "Kisumu"), "notes", "prefers evenings")).json();
        assertThat(patched.path("name").asText()).isEqualTo("Amina");
        assertThat(patched.path("language").asText()).isEqualTo("sw");
        assertFieldError(Api.patch(path, owner.bearer(), Map.of("customFields", Map.of("x", "y".repeat(9000)))),
                "customFields", "bytes");

        assertThat(Api.post(path + "/block", owner.bearer(), Map.of()).json().path("blocked").asBoolean()).isTrue();
        assertThat(phones(Api.get("/api/v1/contacts?blocked=true", owner.bearer()).json())).containsExactly("+254712345678");
        assertThat(Api.post(path + "/unblock", owner.bearer(), Map.of()).json().path("blocked").asBoolean()).isFalse();
        assertThat(Api.post(path + "/opt-out", owner.bearer(), Map.of("source", "phone call")).json()
                .path("optedOut").asBoolean()).isTrue();
        assertThat(phones(Api.get("/api/v1/contacts?optedOut=true", owner.bearer()).json())).containsExactly("+254712345678");
        assertFieldError(Api.post(path + "/opt-in", owner.bearer(), Map.of()), "source", "required");
        assertThat(Api.post(path + "/opt-in", owner.bearer(), Map.of("source", "web form")).json()
                .path("optedOut").asBoolean()).isFalse();

        JsonNode data = Api.get(path + "/data", owner.bearer()).json();
        assertThat(data.at("/contact/phone").asText()).isEqualTo("+254712345678");
        List<String> history = new ArrayList<>();
        data.path("consentHistory").forEach(c -> history.add(c.path("change").asText() + ":" + c.path("source").asText()));
        assertThat(history).containsExactly("opted_in:event desk", "opted_out:phone call", "opted_in:web form");

        String csv = Api.get("/api/v1/contacts/export", owner.bearer()).raw();
        assertThat(csv).startsWith("phone,").contains("\"+254712345678\",\"\",\"Amina\",\"sw\",\"member\"");

        assertThat(Api.post(path + "/erasure", owner.bearer(), Map.of()).status()).isEqualTo(204);
        assertProblem(Api.get(path, owner.bearer()), 404);
        assertThat(contactsOf(owner)).isZero();
        assertThat(TestPlatform.countAsSuperuser("select count(*) from contact_consent_events where org_id = '"
                + owner.orgId() + "'")).isZero();
        String trail = Api.get("/api/v1/audit-logs?entityId=" + id, owner.bearer()).raw();
        assertThat(trail).contains("contact.erased", "contact.opted_out").doesNotContain("712345678", "Amina", "Kisumu");
    }

    @Test
    void pages_follow_the_cursor_and_other_organisations_see_nothing() {
        Api.Session owner = kenyanOrganisation();
        StringBuilder csv = new StringBuilder("phone\n");
        for (int i = 0; i < 5; i++) {
            csv.append("07120000").append(i).append("0\n");
        }
        assertThat(importCsv(owner, "", csv.toString()).json().path("created").asLong()).isEqualTo(5);
        JsonNode first = Api.get("/api/v1/contacts?limit=3", owner.bearer()).json();
        String cursor = first.at("/meta/cursor").asText();
        JsonNode second = Api.get("/api/v1/contacts?limit=3&cursor=" + cursor, owner.bearer()).json();
        List<String> seen = new ArrayList<>(phones(first));
        seen.addAll(phones(second));
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(second.at("/meta/cursor").isNull()).isTrue();
        assertFieldError(Api.get("/api/v1/contacts?blocked=maybe", owner.bearer()), "blocked", "true or false");

        Api.Session stranger = Api.registerOrganisation("Other Org");
        assertThat(phones(Api.get("/api/v1/contacts", stranger.bearer()).json())).isEmpty();
        String id = first.path("data").get(0).path("id").asText();
        assertProblem(Api.get("/api/v1/contacts/" + id, stranger.bearer()), 404);
    }
}
