package io.chatnation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.billing.EntryType;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.TransactionFilter;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.billing.in.ListTokenTransactions;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatnation wallet transactions}: the ledger through ListTokenTransactions, exported as CSV or JSON Lines. */
@Prototype
@Command(name = "transactions", mixinStandardHelpOptions = true,
        description = {"Exports an organisation's token ledger (every wallet), newest first, as CSV or JSON Lines.",
                "The fields are those of the API's /billing/transactions. A file is written whole or not at all."})
final class WalletTransactionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--org", required = true, paramLabel = "<org-id>", description = "The organisation's id.")
    String org;

    @Option(names = "--export", required = true, paramLabel = "<format>", description = "csv or jsonl.")
    ExportFormat format;

    @Option(names = "--output", paramLabel = "<file>", description = "Write to this file instead of stdout.")
    Path output;

    @Option(names = "--type", paramLabel = "<type>",
            description = "Only entries of this type: purchase, debit, reserve, release, refund, transfer or adjustment.")
    String type;

    @Option(names = "--from", paramLabel = "<instant>", description = "Only entries at or after this instant, e.g. 2026-01-31T00:00:00Z.")
    String from;

    @Option(names = "--to", paramLabel = "<instant>", description = "Only entries before this instant.")
    String to;

    private final OrganisationScope scope;
    private final BeanProvider<ListTokenTransactions> transactions;
    private final ObjectMapper json = new ObjectMapper();

    WalletTransactionsCommand(OrganisationScope scope, BeanProvider<ListTokenTransactions> transactions) {
        this.scope = scope;
        this.transactions = transactions;
    }

    @Override
    public Integer call() {
        OrgId organisation = Options.organisation(org);
        Optional<EntryType> entryType = Optional.ofNullable(type).map(t -> EntryType.parse("--type", t));
        TransactionFilter filter = Options.named(Map.of("from", "--from", "to", "--to"), () -> new TransactionFilter(
                Optional.empty(), entryType, Optional.empty(), Options.instant("--from", from), Options.instant("--to", to)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportProgress progress = new ExportProgress(err, output != null && System.console() != null);

        long exported = scope.actIn(organisation, platform -> output == null
                ? export(platform, filter, out, progress)
                : ExportFile.write(output.toAbsolutePath(), file -> export(platform, filter, file, progress)));

        progress.finish();
        String summary = "Exported " + exported + " transaction" + (exported == 1 ? "" : "s") + " of organisation "
                + organisation + " as " + format.name().toLowerCase(Locale.ROOT);
        if (output == null) {
            err.println(summary + ".");
        } else {
            out.println(summary + " to " + output.toAbsolutePath() + ".");
        }
        return 0;
    }

    /** Page after page of the ledger, each written as it comes, so the export never holds the ledger in memory. */
    private long export(Caller platform, TransactionFilter filter, Writer destination, ExportProgress progress) {
        try {
            RecordWriter<LedgerEntry> writer = format.writer(destination, json, LedgerEntryFields.COLUMNS);
            PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
            while (true) {
                Page<LedgerEntry> entries = transactions.get().list(new ListTokenTransactions.Query(platform, filter, page));
                for (LedgerEntry entry : entries.items()) {
                    writer.write(entry);
                    progress.advance();
                }
                if (entries.nextCursor().isEmpty()) {
                    break;
                }
                page = new PageRequest(entries.nextCursor(), PageRequest.MAX_LIMIT);
            }
            writer.finish();
            return progress.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
