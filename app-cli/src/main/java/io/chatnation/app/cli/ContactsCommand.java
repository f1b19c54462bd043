package io.chatnation.app.cli;

import picocli.CommandLine.Command;

@Command(name = "contacts", mixinStandardHelpOptions = true, description = "An organisation's contacts.",
        subcommands = {ContactsImportCommand.class, ContactsExportCommand.class})
final class ContactsCommand {}
