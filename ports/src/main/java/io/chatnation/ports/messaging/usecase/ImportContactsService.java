package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ColumnMapping;
import io.chatnation.domain.messaging.ContactProfile;
import io.chatnation.domain.messaging.ImportRowError;
import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.in.ImportContacts;
import io.chatnation.ports.messaging.out.ContactDirectory;
import io.chatnation.ports.messaging.out.ContactDirectory.ImportedContact;
import io.chatnation.ports.messaging.out.ContactSettings;
import io.chatnation.ports.messaging.out.ContactSheets;
import io.chatnation.ports.messaging.out.ContactSheets.SheetRow;
import io.chatnation.ports.messaging.out.PhoneNumbers;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the whole sheet before writing anything, in the one transaction that then writes it: a fatal error found
 * on the last row still leaves the organisation's contacts as they were.
 */
public final class ImportContactsService implements ImportContacts {

    private static final int PROGRESS_EVERY = 1_000;

    private final ContactWork work;
    private final ContactSettings settings;
    private final ContactSheets sheets;
    private final PhoneNumbers phones;

    public ImportContactsService(ContactWork work, ContactSettings settings, ContactSheets sheets, PhoneNumbers phones) {
        this.work = work;
        this.settings = settings;
        this.sheets = sheets;
        this.phones = phones;
    }

    @Override
    public Report importSheet(Command c) {
        return work.as(c.caller(), Permission.CONTACTS_MANAGE, () -> {
            Optional<PhoneRegion> region = c.region().or(settings::defaultRegion);
            Rows rows = new Rows(c.mapping(), region, c.progress());
            try {
                sheets.read(c.sheet(), rows::accept);
            } catch (ContactSheets.UnreadableSheet e) {
                throw ImportContacts.rejected(List.of(new ImportRowError(e.row(), "", e.getMessage())));
            }
            if (rows.columns == null) {
                throw ImportContacts.rejected(List.of(new ImportRowError(1, "", "the file is empty: a header row is required")));
            }
            rows.settle();
            rows.errors.sort(java.util.Comparator.comparingLong(ImportRowError::row));
            c.progress().rowsRead(rows.read);
            ContactDirectory.ImportCounts counts = work.directory().importBatch(rows.accepted,
                    c.onDuplicate(), work.clock().instant());
            Report report = new Report(rows.read, counts.created(), counts.updated(), counts.skipped(), rows.errors);
            work.audit().record(new RecordAuditEntry.Command(c.caller(), "contacts.imported", "contact", Optional.empty(),
                    Optional.empty(), Optional.empty(), Map.of("rows", report.rows(), "created", report.created(),
                    "updated", report.updated(), "skipped", report.skipped(), "rowErrors", report.errors().size(),
                    "onDuplicate", c.onDuplicate().name().toLowerCase(Locale.ROOT))));
            return report;
        });
    }

    /** The rows read so far: the accepted ones by phone number (first row wins) and the errors of the others. */
    private final class Rows {
        private final ColumnMapping mapping;
        private final Optional<PhoneRegion> region;
        private final Progress progress;
        private final List<SheetRow> pending = new ArrayList<>();
        private final List<ImportedContact> accepted = new ArrayList<>();
        private final Map<PhoneNumber, Long> firstRow = new HashMap<>();
        private final List<ImportRowError> errors = new ArrayList<>();
        private Columns columns;
        private long read;

        Rows(ColumnMapping mapping, Optional<PhoneRegion> region, Progress progress) {
            this.mapping = mapping;
            this.region = region;
            this.progress = progress;
        }

        void accept(SheetRow row) {
            if (columns == null) {
                columns = Columns.of(mapping, row.cells());
                return;
            }
            read++;
            if (read % PROGRESS_EVERY == 0) {
                progress.rowsRead(read);
            }
            if (row.cells().size() != columns.width) {
                errors.add(new ImportRowError(row.row(), "", "has " + row.cells().size() + " cells where the header has "
                        + columns.width));
                return;
            }
            pending.add(row);
        }

        /**
         * Normalises the pending rows on every core (libphonenumber is the costliest step of an import and each row
         * stands alone), then settles duplicates in file order, so the first of two rows with one number wins.
         */
        void settle() {
            List<Parsed> parsed = pending.parallelStream().map(this::parse).toList();
            pending.clear();
            for (Parsed p : parsed) {
                if (p.error != null) {
                    errors.add(p.error);
                    continue;
                }
                Long earlier = firstRow.putIfAbsent(p.contact.phone(), p.row);
                if (earlier != null) {
                    errors.add(new ImportRowError(p.row, mapping.phone(), "repeats the phone number of row " + earlier));
                } else if (p.profileError != null) {
                    firstRow.remove(p.contact.phone());
                    errors.add(p.profileError);
                } else {
                    accepted.add(p.contact);
                }
            }
        }

        private Parsed parse(SheetRow row) {
            PhoneNumber phone;
            try {
                phone = phones.normalise(mapping.phone(), row.cells().get(columns.phone), region);
            } catch (InvalidInput e) {
                return new Parsed(row.row(), null, new ImportRowError(row.row(), mapping.phone(),
                        e.errors().get(0).message()), null);
            }
            try {
                return new Parsed(row.row(), new ImportedContact(phone, columns.profile(row.cells())), null, null);
            } catch (InvalidInput e) {
                String field = e.errors().get(0).field();
                return new Parsed(row.row(), new ImportedContact(phone, ContactProfile.named(Optional.empty())), null,
                        new ImportRowError(row.row(), columns.columnOf(field), e.errors().get(0).message()));
            }
        }
    }

    /** A row after normalisation: its contact, or why it cannot be one. */
    private record Parsed(long row, ImportedContact contact, ImportRowError error, ImportRowError profileError) {}

    /** Where each mapped column sits in the header. */
    private record Columns(ColumnMapping mapping, int width, int phone, int name, int language, int labels,
                           Map<String, Integer> custom) {

        static Columns of(ColumnMapping mapping, List<String> header) {
            List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<ImportRowError> missing = new ArrayList<>();
            int phone = index(names, mapping.phone());
            if (phone < 0) {
                missing.add(new ImportRowError(1, mapping.phone(), "the phone column is missing from the header"));
            }
            int name = optional(names, mapping.name(), "name", missing);
            int language = optional(names, mapping.language(), "language", missing);
            int labels = optional(names, mapping.labels(), "labels", missing);
            Map<String, Integer> custom = new LinkedHashMap<>();
            mapping.customFields().forEach((field, column) -> {
                int i = index(names, column);
                if (i < 0) {
                    missing.add(new ImportRowError(1, column, "the column mapped to custom." + field + " is missing from the header"));
                }
                custom.put(field, i);
            });
            if (!missing.isEmpty()) {
                throw ImportContacts.rejected(missing);
            }
            return new Columns(mapping, header.size(), phone, name, language, labels, custom);
        }

        /** A column left at its default name may be absent; one named in the mapping must be there. */
        private static int optional(List<String> names, Optional<String> column, String defaultName,
                                    List<ImportRowError> missing) {
            if (column.isEmpty()) {
                return -1;
            }
            int i = index(names, column.get());
            if (i < 0 && !column.get().equals(defaultName)) {
                missing.add(new ImportRowError(1, column.get(), "the column mapped to " + defaultName + " is missing from the header"));
            }
            return i;
        }

        private static int index(List<String> names, String column) {
            return names.indexOf(column.strip().toLowerCase(Locale.ROOT));
        }

        ContactProfile profile(List<String> cells) {
            Map<String, String> fields = new LinkedHashMap<>();
            custom.forEach((field, i) -> {
                String value = cells.get(i).strip();
                if (!value.isEmpty()) {
                    fields.put(field, value);
                }
            });
            LinkedHashSet<String> labelSet = new LinkedHashSet<>();
            if (labels >= 0) {
                Arrays.stream(cells.get(labels).split("[;|]")).map(String::strip).filter(l -> !l.isEmpty())
                        .forEach(labelSet::add);
            }
            return new ContactProfile(cell(cells, name), cell(cells, language), labelSet, fields, Optional.empty());
        }

        String columnOf(String field) {
            return switch (field) {
                case "name" -> mapping.name().orElse(field);
                case "language" -> mapping.language().orElse(field);
                case "labels" -> mapping.labels().orElse(field);
                default -> field;
            };
        }

        private static Optional<String> cell(List<String> cells, int i) {
            return i < 0 ? Optional.empty() : Optional.of(cells.get(i));
        }
    }
}
