package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private static String org;
    private static String otherOrg;

    @TempDir
    Path folder;

    /** An organisation with a known trail: created with its owner, then a member added and an API key made. */
    @BeforeAll
    static void anOrganisationWithATrail() {
        org = TestCli.newOrganisation("Exported Org");
        TestCli.run("user", "add", "--org", org, "--email", TestCli.uniqueEmail("member"), "--name", "Member", "--role", "VIEWER");
        TestCli.run("apikey", "create", "--org", org, "--name", "exports", "--scopes", "org:read");
        otherOrg = TestCli.newOrganisation("Someone Else's Org");
    }

    @Test
    void csv_to_a_file_has_a_header_and_one_row_per_entry_oldest_first() throws IOException {
        Path file = folder.resolve("audit.csv");

        TestCli.Run run = TestCli.run("audit", "export", "--org", org, "--format", "csv", "--output", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Exported 4 audit entries of organisation " + org + " as csv to " + file.toAbsolutePath()
                + "." + System.lineSeparator());
        List<CSVRecord> rows = csv(Files.readString(file));
        assertThat(rows).extracting(r -> r.get("action"))
                .containsExactly("organization.created", "member.added", "member.invited", "api_key.created");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("organizationId")).isEqualTo(org);
            assertThat(r.get("actorType")).isEqualTo("system");
        });
        Map<String, Object> after = JSON.readValue(rows.get(0).get("after"), OBJECT);
        assertThat(after).containsEntry("name", "Exported Org");
        assertThat(folder).isDirectoryContaining(p -> p.getFileName().toString().equals("audit.csv"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".partial"));
    }

    @Test
    void jsonl_to_stdout_has_one_object_per_line_named_as_in_the_api() throws IOException {
        TestCli.Run run = TestCli.run("audit", "export", "--org", org, "--format", "JSONL");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        Map<String, Object> first = JSON.readValue(lines.get(0), OBJECT);
        assertThat(first.keySet()).containsExactlyElementsOf(AuditEntryFields.NAMES);
        assertThat(first).containsEntry("action", "organization.created").containsEntry("actorType", "system")
                .containsEntry("organizationId", org).containsEntry("before", null);
        assertThat(run.err()).as("the summary stays off stdout").startsWith("Exported 4 audit entries");
    }

    @Test
    void filters_narrow_the_export() {
        TestCli.Run members = TestCli.run("audit", "export", "--org", org, "--format", "jsonl", "--action", "member.");
        TestCli.Run future = TestCli.run("audit", "export", "--org", org, "--format", "csv", "--from", "2999-01-01T00:00:00Z");

        assertThat(members.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"action\":\"member."));
        assertThat(future.exitCode()).isZero();
        assertThat(future.out()).isEqualTo("id,occurredAt,organizationId,actorType,actorId,action,entityType,entityId,"
                + "ipAddress,userAgent,before,after,metadata\r\n");
    }

    @Test
    void only_the_organisations_own_trail_is_exported() {
        TestCli.Run run = TestCli.run("audit", "export", "--org", otherOrg, "--format", "csv");

        assertThat(csv(run.out())).hasSize(2).allSatisfy(r -> assertThat(r.get("organizationId")).isEqualTo(otherOrg));
        assertThat(run.out()).doesNotContain(org);
    }

    @Test
    void an_unknown_format_is_a_usage_error_and_no_file_is_written() {
        Path file = folder.resolve("audit.xml");

        TestCli.Run run = TestCli.run("audit", "export", "--org", org, "--format", "xml", "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: Invalid value for option '--format': expected one of [CSV, JSONL]").hasLineCount(1);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void a_malformed_instant_is_refused_under_its_option() {
        TestCli.Run run = TestCli.run("audit", "export", "--org", org, "--format", "csv", "--from", "yesterday");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --from: must be an ISO-8601 instant such as 2026-01-31T09:00:00Z"
                + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        TestCli.Run run = TestCli.run("audit", "export", "--org", org, "--format", "csv",
                "--from", "2026-02-01T00:00:00Z", "--to", "2026-01-01T00:00:00Z");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --from: must not be after 'to'" + System.lineSeparator());
    }

    @Test
    void an_unknown_organisation_exports_nothing_and_writes_no_file() {
        String unknown = "01a23000-0000-7000-8000-00000000cafe";
        Path file = folder.resolve("audit.csv");

        TestCli.Run run = TestCli.run("audit", "export", "--org", unknown, "--format", "csv", "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: organisation " + unknown + " not found" + System.lineSeparator());
        assertThat(folder).isEmptyDirectory();
    }

    private static List<CSVRecord> csv(String text) {
        try (Reader in = new StringReader(text)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
