package io.chatnation.app.cli;

import picocli.CommandLine.Command;

@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "The sandbox number: try an organisation's flows from a simulated phone.",
        subcommands = {SandboxChatCommand.class})
final class SandboxCommand {}
