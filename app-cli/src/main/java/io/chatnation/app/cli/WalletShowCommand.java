package io.chatnation.app.cli;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.billing.in.ListWallets;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatnation wallet show}: the main wallet and the sub-wallets, through ListWallets. */
@Prototype
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows an organisation's wallets: balance, reserved and available tokens, and the low-balance"
                + " threshold of the main wallet and of each sub-wallet."})
final class WalletShowCommand implements Callable<Integer> {

    private static final String ROW = "%-8s %-24s %14s %14s %14s %14s  %s%n";

    @Spec
    CommandSpec spec;

    @Option(names = "--org", required = true, paramLabel = "<org-id>", description = "The organisation's id.")
    String org;

    private final OrganisationScope scope;
    private final BeanProvider<ListWallets> listWallets;

    WalletShowCommand(OrganisationScope scope, BeanProvider<ListWallets> listWallets) {
        this.scope = scope;
        this.listWallets = listWallets;
    }

    @Override
    public Integer call() {
        OrgId organisation = Options.organisation(org);
        List<Wallet> wallets = scope.actIn(organisation, platform -> listWallets.get().list(platform));

        PrintWriter out = spec.commandLine().getOut();
        out.println("Wallets of organisation " + organisation + " (in tokens):");
        out.printf(ROW, "KIND", "NAME", "BALANCE", "RESERVED", "AVAILABLE", "THRESHOLD", "ID");
        for (Wallet w : wallets) {
            out.printf(ROW, w.kind().code(), w.name().value(), w.balance(), w.reserved(), w.available(),
                    w.lowBalanceThreshold(), w.id() + (w.isBelowThreshold() ? "  (below threshold)" : ""));
        }
        if (wallets.size() == 1) {
            out.println("No sub-wallets.");
        }
        return 0;
    }
}
