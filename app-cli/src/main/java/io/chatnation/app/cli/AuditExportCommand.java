package io.chatnation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.audit.AuditEntry;
import io.chatnation.domain.audit.AuditQuery;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.audit.in.ExportAuditLogs;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatnation audit export}: the trail through ExportAuditLogs, streamed as CSV or JSON Lines. */
@Prototype
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports an organisation's audit trail, oldest first, as CSV or JSON Lines.",
                "The fields are those of the API's /audit-logs; in CSV the snapshots (before, after, metadata)"
                        + " are JSON text. A file is written whole or not at all."})
final class AuditExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--org", required = true, paramLabel = "<org-id>", description = "The organisation's id.")
    String org;

    @Option(names = "--format", required = true, paramLabel = "<format>",
            description = "csv or jsonl.")
    ExportFormat format;

    @Option(names = "--output", paramLabel = "<file>", description = "Write to this file instead of stdout.")
    Path output;

    @Option(names = "--from", paramLabel = "<instant>", description = "Only entries at or after this instant, e.g. 2026-01-31T00:00:00Z.")
    String from;

    @Option(names = "--to", paramLabel = "<instant>", description = "Only entries before this instant.")
    String to;

    @Option(names = "--action", paramLabel = "<prefix>", description = "Only actions starting with this, e.g. member. or api_key.created.")
    String action;

    @Option(names = "--actor", paramLabel = "<id>", description = "Only entries by this user, API key or process id.")
    String actor;

    @Option(names = "--entity-type", paramLabel = "<type>", description = "Only entries about this kind of record, e.g. user.")
    String entityType;

    @Option(names = "--entity-id", paramLabel = "<id>", description = "Only entries about this record.")
    String entityId;

    private final OrganisationScope scope;
    private final BeanProvider<ExportAuditLogs> exportAuditLogs;
    private final ObjectMapper json = new ObjectMapper();

    AuditExportCommand(OrganisationScope scope, BeanProvider<ExportAuditLogs> exportAuditLogs) {
        this.scope = scope;
        this.exportAuditLogs = exportAuditLogs;
    }

    @Override
    public Integer call() {
        OrgId organisation = Options.organisation(org);
        AuditQuery filter = Options.named(Map.of("from", "--from", "to", "--to", "action", "--action", "entityType", "--entity-type"),
                () -> new AuditQuery(nonBlank(action), Options.id("--actor", actor), nonBlank(entityType),
                        Options.id("--entity-id", entityId), Options.instant("--from", from), Options.instant("--to", to)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportProgress progress = new ExportProgress(err, output != null && System.console() != null);

        long exported = scope.actIn(organisation, platform -> output == null
                ? export(platform, filter, out, progress)
                : exportToFile(platform, filter, output.toAbsolutePath(), progress));

        progress.finish();
        String summary = "Exported " + exported + " audit entr" + (exported == 1 ? "y" : "ies") + " of organisation "
                + organisation + " as " + format.name().toLowerCase(java.util.Locale.ROOT);
        if (output == null) {
            err.println(summary + ".");
        } else {
            out.println(summary + " to " + output.toAbsolutePath() + ".");
        }
        return 0;
    }

    private long export(Caller platform, AuditQuery filter, Writer destination, ExportProgress progress) {
        try {
            RecordWriter<AuditEntry> writer = format.writer(destination, json, AuditEntryFields.COLUMNS);
            exportAuditLogs.get().export(platform, filter, entry -> {
                try {
                    writer.write(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.advance();
            });
            writer.finish();
            return progress.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long exportToFile(Caller platform, AuditQuery filter, Path target, ExportProgress progress) {
        return ExportFile.write(target, file -> export(platform, filter, file, progress));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
