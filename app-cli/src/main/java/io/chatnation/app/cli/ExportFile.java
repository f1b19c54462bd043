package io.chatnation.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.ToLongFunction;

/** An export's file: written into a temporary file beside the target and moved into place at the end, so no half-written export is left behind. */
final class ExportFile {

    private ExportFile() {}

    /** @return what {@code export} returns (the number of records written) */
    static long write(Path target, ToLongFunction<Writer> export) {
        Path partial;
        try {
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        try {
            long count;
            try (Writer file = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                count = export.applyAsLong(file);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort: the failure being reported matters more than the stray temporary file
            }
        }
    }
}
