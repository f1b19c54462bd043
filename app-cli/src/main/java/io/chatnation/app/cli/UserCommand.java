package io.chatnation.app.cli;

import picocli.CommandLine.Command;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Members of an organisation.",
        subcommands = UserAddCommand.class)
final class UserCommand {}
