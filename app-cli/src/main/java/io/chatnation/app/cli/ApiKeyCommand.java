package io.chatnation.app.cli;

import picocli.CommandLine.Command;

@Command(name = "apikey", mixinStandardHelpOptions = true, description = "API keys of an organisation.",
        subcommands = ApiKeyCreateCommand.class)
final class ApiKeyCommand {}
