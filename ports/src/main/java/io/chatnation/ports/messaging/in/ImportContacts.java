package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ColumnMapping;
import io.chatnation.domain.messaging.DuplicatePolicy;
import io.chatnation.domain.messaging.ImportRowError;
import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.Caller;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a CSV sheet of contacts. Rows with a bad phone number or repeating an earlier row are left out and
 * reported; the rest are written together. A fatal error (not UTF-8, broken quoting, a mapped column missing)
 * rejects the whole file and writes nothing.
 */
public interface ImportContacts {

    Report importSheet(Command command);

    /** Told how many rows have been read, now and then, so a terminal can draw progress. */
    interface Progress {
        Progress NONE = rows -> {};

        void rowsRead(long rows);
    }

    /** @param region overrides the organisation's default region for this file */
    record Command(Caller caller, InputStream sheet, ColumnMapping mapping, DuplicatePolicy onDuplicate,
                   Optional<PhoneRegion> region, Progress progress) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(mapping, "mapping");
            Objects.requireNonNull(onDuplicate, "onDuplicate");
            region = region == null ? Optional.empty() : region;
            progress = progress == null ? Progress.NONE : progress;
        }
    }

    record Report(long rows, long created, long updated, long skipped, List<ImportRowError> errors) {}

    /** The file rejected as a whole, each reason naming the file and the row (and column) where it lies. */
    static io.chatnation.domain.shared.InvalidInput rejected(List<ImportRowError> errors) {
        return new io.chatnation.domain.shared.InvalidInput(errors.stream()
                .map(e -> new io.chatnation.domain.shared.InvalidInput.FieldError("file", "row " + e.row()
                        + (e.column().isEmpty() ? "" : ", column " + e.column()) + ": " + e.message()))
                .toList());
    }
}
