package io.chatnation.bench.contacts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.adapter.formats.messaging.CommonsCsvContactSheets;
import io.chatnation.adapter.formats.messaging.LibPhoneNumbers;
import io.chatnation.adapter.persistence.audit.JdbcAuditTrail;
import io.chatnation.adapter.persistence.messaging.JdbcContactDirectory;
import io.chatnation.adapter.persistence.messaging.JdbcContactSettings;
import io.chatnation.adapter.persistence.setup.Database;
import io.chatnation.adapter.persistence.setup.DatabaseAddress;
import io.chatnation.adapter.persistence.setup.DatabaseSettings;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.adapter.persistence.tenancy.JdbcOrganizations;
import io.chatnation.domain.messaging.ColumnMapping;
import io.chatnation.domain.messaging.DuplicatePolicy;
import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.tenancy.Organization;
import io.chatnation.ports.audit.usecase.RecordAuditEntryService;
import io.chatnation.ports.messaging.in.ImportContacts;
import io.chatnation.ports.messaging.usecase.ContactWork;
import io.chatnation.ports.messaging.usecase.ImportContactsService;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Generates a CSV of locally written Kenyan numbers with names, labels and a custom field, and imports it through
 * ImportContacts exactly as the API and CLI do (parse, libphonenumber, dedupe, COPY, merge, audit), timing the whole
 * use case. Then imports it again with update-on-duplicate: the second figure is the merge path.
 */
public final class ContactImportBenchmark {

    private static final double TARGET_ROWS_PER_SECOND = 20_000;

    public static void main(String[] args) throws Exception {
        int rows = 100_000;
        Optional<DatabaseAddress> external = Optional.empty();
        String url = null;
        String user = "postgres";
        String password = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--db" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--help" -> {
                    System.out.println("contact-import bench: [--rows N] [--db jdbc-url --user U --password P]");
                    System.exit(0);
                }
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (url != null) {
            external = Optional.of(new DatabaseAddress(url, user, password));
        }
        Path target = Path.of(System.getProperty("bench.target", "target"));
        Path scratch = target.resolve("bench-db-" + UUID.randomUUID());
        Path csv = target.resolve("contacts-" + rows + ".csv");
        generate(csv, rows);
        int exit;
        try (Database database = Database.open(new DatabaseSettings(external, scratch, external.isPresent() ? 0 : freePort(),
                "chatnation_bench_app", "bench-" + UUID.randomUUID(), 4), true)) {
            exit = run(database, csv, rows);
        } finally {
            remove(scratch);
        }
        System.exit(exit);
    }

    private static int run(Database database, Path csv, int rows) throws IOException {
        Clock clock = Clock.systemUTC();
        JdbcUnitOfWork uow = new JdbcUnitOfWork(database.application());
        Jdbc jdbc = new Jdbc(uow);
        OrgId org = new OrgId(UUID.randomUUID());
        uow.runInOrganization(org, () -> new JdbcOrganizations(jdbc).add(new Organization(org,
                new DisplayName("Import bench"), clock.instant())));
        ContactWork work = new ContactWork(uow, caller -> Access.everything(), new JdbcContactDirectory(jdbc, uow),
                new RecordAuditEntryService(new JdbcAuditTrail(jdbc, new ObjectMapper()), clock, UUID::randomUUID), clock);
        ImportContacts importer = new ImportContactsService(work, new JdbcContactSettings(jdbc),
                new CommonsCsvContactSheets(), new LibPhoneNumbers());
        Caller caller = Caller.system(org, UUID.randomUUID());
        ColumnMapping mapping = ColumnMapping.parse(Map.of("phone", "Phone", "name", "Name", "labels", "Labels",
                "custom.county", "County"));

        System.out.printf("contact import: %,d rows, %.1f MB, %s%n", rows, Files.size(csv) / 1e6, database.describe());
        System.out.printf("  %-22s %.2f s (CSV parse and libphonenumber alone, one core, for reference)%n", "read + normalise:",
                readAndNormalise(csv));
        boolean ok = true;
        for (DuplicatePolicy pass : new DuplicatePolicy[] {DuplicatePolicy.UPDATE, DuplicatePolicy.UPDATE}) {
            long start = System.nanoTime();
            ImportContacts.Report report;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16)) {
                report = importer.importSheet(new ImportContacts.Command(caller, in, mapping, pass,
                        Optional.of(new PhoneRegion("KE")), null));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = rows / seconds;
            System.out.printf("  %-22s %,d created, %,d updated, %,d errors in %.2f s = %,.0f rows/s%n",
                    report.created() > 0 ? "new contacts:" : "all existing (merge):", report.created(), report.updated(),
                    report.errors().size(), seconds, rate);
            ok &= report.errors().isEmpty() && report.created() + report.updated() == rows && rate >= TARGET_ROWS_PER_SECOND;
        }
        System.out.println(ok ? "PASS: ≥ " + (long) TARGET_ROWS_PER_SECOND + " rows/s" : "FAIL");
        return ok ? 0 : 1;
    }

    private static double readAndNormalise(Path csv) throws IOException {
        LibPhoneNumbers phones = new LibPhoneNumbers();
        Optional<PhoneRegion> ke = Optional.of(new PhoneRegion("KE"));
        long start = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16)) {
            new CommonsCsvContactSheets().read(in, row -> {
                if (row.row() > 1) {
                    phones.normalise("phone", row.cells().get(0), ke);
                }
            });
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Distinct Kenyan mobile numbers written locally (0 7XX XXX XXX), as a spreadsheet export would hold them. */
    private static void generate(Path csv, int rows) throws IOException {
        Files.createDirectories(csv.getParent());
        Random random = new Random(42);
        String[] labels = {"vip", "nairobi", "event-2026", "newsletter", "church"};
        String[] counties = {"Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"};
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Phone,Name,Labels,County\n");
            for (int i = 0; i < rows; i++) {
                int subscriber = 10_000_000 + i; // 0710 000 000 upward: Safaricom ranges, all valid
                String local = "07" + subscriber;
                w.write(local.substring(0, 4) + " " + local.substring(4, 7) + " " + local.substring(7));
                w.write(",\"Person " + i + ", Test\"," + labels[random.nextInt(labels.length)] + ";"
                        + labels[random.nextInt(labels.length)] + "," + counties[random.nextInt(counties.length)] + "\n");
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(Path scratch) {
        if (!Files.exists(scratch)) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("contact-import bench: could not remove " + scratch + ": " + e.getMessage());
        }
    }
}
