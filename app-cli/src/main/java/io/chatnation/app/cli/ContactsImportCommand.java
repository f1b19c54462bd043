package io.chatnation.app.cli;

import io.chatnation.domain.messaging.ColumnMapping;
import io.chatnation.domain.messaging.DuplicatePolicy;
import io.chatnation.domain.messaging.ImportRowError;
import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.in.ImportContacts;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chatnation contacts import file.csv}: ImportContacts on a file of any size, with a progress bar. */
@Prototype
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports contacts from a UTF-8 CSV file with a header row.",
                "Rows with a bad phone number or repeating an earlier row are listed and left out; a file that cannot"
                        + " be read (not UTF-8, broken quoting, a mapped column missing) is rejected and nothing is written."})
final class ContactsImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file.csv>", description = "The CSV file.")
    Path file;

    @Option(names = "--org", required = true, paramLabel = "<org-id>", description = "The organisation's id.")
    String org;

    @Option(names = "--map", paramLabel = "<key=Column>", split = ",",
            description = "Which column holds what: phone, name, language, labels or custom.<field>, e.g."
                    + " --map phone=Mobile,name=Full name --map custom.city=Town. Default: columns named phone, name,"
                    + " language, labels.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--region", paramLabel = "<country>",
            description = "Country of numbers written without a country code, e.g. KE. Default: the organisation's.")
    String region;

    @Option(names = "--on-duplicate", paramLabel = "<update|skip>", defaultValue = "update",
            description = "What to do with a row whose number is already a contact: update (default) or skip.")
    String onDuplicate;

    private final OrganisationScope scope;
    private final BeanProvider<ImportContacts> importContacts;

    ContactsImportCommand(OrganisationScope scope, BeanProvider<ImportContacts> importContacts) {
        this.scope = scope;
        this.importContacts = importContacts;
    }

    @Override
    public Integer call() {
        OrgId organisation = Options.organisation(org);
        ColumnMapping mapping = Options.named(Map.of(), () -> ColumnMapping.parse(map));
        DuplicatePolicy policy = Options.named(Map.of("onDuplicate", "--on-duplicate"),
                () -> DuplicatePolicy.parse("onDuplicate", onDuplicate));
        Optional<PhoneRegion> forFile = Options.named(Map.of("region", "--region"),
                () -> Optional.ofNullable(region).map(r -> PhoneRegion.parse("region", r)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportContacts.Report report;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ImportProgress progress = new ImportProgress(err, System.console() != null, Files.size(file));
            try {
                report = scope.actIn(organisation, platform -> importContacts.get().importSheet(new ImportContacts.Command(
                        platform, progress.counting(raw), mapping, policy, forFile, progress::rowsRead)));
            } finally {
                progress.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        out.printf("Imported %s: %,d rows, %,d created, %,d updated, %,d skipped, %,d with errors.%n", file,
                report.rows(), report.created(), report.updated(), report.skipped(), report.errors().size());
        for (ImportRowError e : report.errors()) {
            out.println("row " + e.row() + (e.column().isEmpty() ? "" : ", column " + e.column()) + ": " + e.message());
        }
        return 0;
    }
}
