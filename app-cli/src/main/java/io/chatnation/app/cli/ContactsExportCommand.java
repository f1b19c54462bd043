package io.chatnation.app.cli;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.WhatsAppUserId;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.in.ExportContacts;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatnation contacts export}: every contact as CSV, in the columns an import reads back. */
@Prototype
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports an organisation's contacts, oldest first, as CSV (phone, name, language, labels, ...).")
final class ContactsExportCommand implements Callable<Integer> {

    private static final String[] HEADER = {"phone", "wa_user_id", "name", "language", "labels", "opted_out", "blocked",
            "created_at"};

    @Spec
    CommandSpec spec;

    @Option(names = "--org", required = true, paramLabel = "<org-id>", description = "The organisation's id.")
    String org;

    @Option(names = "--output", paramLabel = "<file>", description = "Write to this file instead of stdout.")
    Path output;

    private final OrganisationScope scope;
    private final BeanProvider<ExportContacts> exportContacts;

    ContactsExportCommand(OrganisationScope scope, BeanProvider<ExportContacts> exportContacts) {
        this.scope = scope;
        this.exportContacts = exportContacts;
    }

    @Override
    public Integer call() throws IOException {
        OrgId organisation = Options.organisation(org);
        long count;
        if (output == null) {
            count = write(organisation, spec.commandLine().getOut());
            spec.commandLine().getErr().println("Exported " + count + " contacts of organisation " + organisation + ".");
            return 0;
        }
        Path target = output.toAbsolutePath();
        // Written beside the target and moved into place: a failed export leaves no half file.
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            try (Writer file = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                count = write(organisation, file);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        spec.commandLine().getOut().println("Exported " + count + " contacts of organisation " + organisation + " to "
                + target + ".");
        return 0;
    }

    private long write(OrgId organisation, Writer destination) throws IOException {
        CSVPrinter csv = new CSVPrinter(destination, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        long count = scope.actIn(organisation, platform -> exportContacts.get().export(platform, c -> {
            try {
                csv.printRecord(cells(c));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        csv.flush();
        return count;
    }

    private static Object[] cells(ContactDetails c) {
        return new Object[] {c.phone().map(PhoneNumber::e164).orElse(""), c.waUserId().map(WhatsAppUserId::value).orElse(""),
                c.profile().name().orElse(""), c.profile().language().orElse(""), String.join(";", c.profile().labels()),
                c.optedOut(), c.blocked(), c.createdAt()};
    }
}
