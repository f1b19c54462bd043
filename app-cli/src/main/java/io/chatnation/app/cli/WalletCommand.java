package io.chatnation.app.cli;

import picocli.CommandLine.Command;

@Command(name = "wallet", mixinStandardHelpOptions = true, description = "The token wallets of an organisation.",
        subcommands = {WalletShowCommand.class, WalletAdjustCommand.class, WalletTransactionsCommand.class})
final class WalletCommand {}
