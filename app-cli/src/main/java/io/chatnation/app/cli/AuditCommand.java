package io.chatnation.app.cli;

import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail of an organisation.",
        subcommands = AuditExportCommand.class)
final class AuditCommand {}
