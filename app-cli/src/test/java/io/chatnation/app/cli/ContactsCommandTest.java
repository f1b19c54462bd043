package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsCommandTest {

    @TempDir
    Path folder;

    private static long contactsOf(String org) {
        return ((Number) TestCli.rows("select count(*) as n from contacts where org_id = ?::uuid", org).get(0).get("n"))
                .longValue();
    }

    @Test
    void import_maps_columns_reports_bad_rows_and_export_writes_them_back() throws IOException {
        String org = TestCli.newOrganisation("Contacts CLI Org");
        Path sheet = folder.resolve("people.csv");
        Files.writeString(sheet, "Mobile,Full name,Town\n0712 345 678,Jane,Nairobi\n0712345678,Jane again,Nairobi\n"
                + "abc,Nobody,Nowhere\n+234 803 123 4567,Ade,Lagos\n", StandardCharsets.UTF_8);

        TestCli.Run run = TestCli.run("contacts", "import", sheet.toString(), "--org", org, "--region", "KE",
                "--map", "phone=Mobile,name=Full name", "--map", "custom.town=Town");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("4 rows, 2 created, 0 updated, 0 skipped, 2 with errors.")
                .contains("row 3, column Mobile: repeats the phone number of row 2")
                .contains("row 4, column Mobile: 'abc' is not a phone number");
        assertThat(contactsOf(org)).isEqualTo(2);

        Path exported = folder.resolve("contacts.csv");
        TestCli.Run export = TestCli.run("contacts", "export", "--org", org, "--output", exported.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exported 2 contacts");
        assertThat(Files.readAllLines(exported)).hasSize(3).first().asString().startsWith("phone,wa_user_id,name");
        assertThat(Files.readString(exported)).contains("+254712345678,,Jane,", "+2348031234567,,Ade,");
    }

    @Test
    void a_file_that_cannot_be_read_is_refused_with_exit_code_2_and_nothing_is_written() throws IOException {
        String org = TestCli.newOrganisation("Contacts CLI Org");
        Path sheet = folder.resolve("broken.csv");
        Files.write(sheet, "phone,name\n+254712345678,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        TestCli.Run run = TestCli.run("contacts", "import", sheet.toString(), "--org", org);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("file: row 2").contains("not UTF-8").contains("column 2");
        assertThat(contactsOf(org)).isZero();

        TestCli.Run badOption = TestCli.run("contacts", "import", sheet.toString(), "--org", org, "--on-duplicate", "merge");
        assertThat(badOption.exitCode()).isEqualTo(2);
        assertThat(badOption.err()).contains("--on-duplicate: must be update or skip");
    }
}
