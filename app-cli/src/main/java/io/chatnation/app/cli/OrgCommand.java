package io.chatnation.app.cli;

import picocli.CommandLine.Command;

@Command(name = "org", mixinStandardHelpOptions = true, description = "Organisations (tenants).",
        subcommands = OrgCreateCommand.class)
final class OrgCommand {}
