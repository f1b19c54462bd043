package io.chatnation.app.cli;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.shared.InsufficientTokens;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.AdjustWallet;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatnation wallet adjust}: a platform correction of the main wallet through AdjustWallet, audited. */
@Prototype
@Command(name = "adjust", mixinStandardHelpOptions = true,
        description = {"Adds tokens to an organisation's main wallet or removes them, with a reason; audited with the"
                + " platform as the actor.", "A removal never takes the available tokens below zero."})
final class WalletAdjustCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--org", required = true, paramLabel = "<org-id>", description = "The organisation's id.")
    String org;

    @Option(names = "--amount", required = true, paramLabel = "<tokens>",
            description = "Tokens to add (50, 2.5) or, negative, to remove (-20); never zero.")
    String amount;

    @Option(names = "--reason", required = true, paramLabel = "<text>",
            description = "Why, for the ledger and the audit trail, e.g. \"Goodwill for the outage of 3 May\".")
    String reason;

    private final OrganisationScope scope;
    private final BeanProvider<AdjustWallet> adjustWallet;

    WalletAdjustCommand(OrganisationScope scope, BeanProvider<AdjustWallet> adjustWallet) {
        this.scope = scope;
        this.adjustWallet = adjustWallet;
    }

    @Override
    public Integer call() {
        OrgId organisation = Options.organisation(org);
        TokenAmount change = TokenAmount.parse("--amount", amount);
        Memo why = Memo.required("--reason", reason);
        // Each run is one correction: a fresh key, so that running the command twice adjusts twice, as asked.
        IdempotencyKey key = IdempotencyKey.in("cli-adjust", UUID.randomUUID());

        AdjustWallet.Adjusted adjusted;
        try {
            adjusted = scope.actIn(organisation, platform -> Options.named(Map.of("tokens", "--amount", "reason", "--reason"),
                    () -> adjustWallet.get().adjust(new AdjustWallet.Command(platform, Optional.empty(), change, why, key))));
        } catch (RuntimeException e) {
            throw overdraft(e, change).orElseThrow(() -> e);
        }

        spec.commandLine().getOut().println((change.isNegative() ? "Removed " + change.tokens().negate().toPlainString()
                : "Added " + change) + " tokens " + (change.isNegative() ? "from" : "to") + " the main wallet of organisation "
                + organisation + ": balance now " + adjusted.balance() + ", available " + adjusted.available()
                + " (transaction " + adjusted.transactionId() + ").");
        return 0;
    }

    /**
     * The refusal of a removal larger than the wallet's available tokens (it may reach here wrapped by the
     * transaction), said in the command's terms. Without the cause: the failure report would find the domain's own
     * wording in it and print that instead.
     */
    private static Optional<CommandFailed> overdraft(RuntimeException e, TokenAmount change) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InsufficientTokens insufficient) {
                return Optional.of(new CommandFailed(FailureReport.REFUSED, "cannot remove " + change.tokens().negate().toPlainString()
                        + " tokens: only " + insufficient.available() + " are available in the main wallet (reserved tokens"
                        + " cannot be removed)", null));
            }
        }
        return Optional.empty();
    }
}
