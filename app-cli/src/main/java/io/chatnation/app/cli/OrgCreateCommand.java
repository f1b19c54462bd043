package io.chatnation.app.cli;

import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.tenancy.Organization;
import io.chatnation.ports.identity.in.AddMember;
import io.chatnation.ports.tenancy.in.CreateOrganization;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatnation org create}: a new tenant and its owner, through CreateOrganization and AddMember. */
@Prototype
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Creates an organisation and its owner in one transaction, audited as the platform.",
                "Without --owner-password the owner is invited: the command prints a one-time link (valid 7 days)"
                        + " where they choose their password."})
final class OrgCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "<name>", description = "The organisation's name.")
    String name;

    @Option(names = "--owner-email", required = true, paramLabel = "<email>", description = "The owner's e-mail address (their sign-in).")
    String ownerEmail;

    @Option(names = "--owner-name", required = true, paramLabel = "<name>", description = "The owner's name.")
    String ownerName;

    @Option(names = "--owner-password", arity = "0..1", interactive = true, paramLabel = "<password>",
            prompt = "Password (at least 10 characters): ",
            description = "The owner's password (at least 10 characters); give the option without a value to be prompted.")
    String ownerPassword;

    @Mixin
    DashboardAddress dashboard;

    private final OrganisationScope scope;
    private final IdGenerator ids;
    private final BeanProvider<CreateOrganization> createOrganization;
    private final BeanProvider<AddMember> addMember;

    OrgCreateCommand(OrganisationScope scope, IdGenerator ids, BeanProvider<CreateOrganization> createOrganization,
                     BeanProvider<AddMember> addMember) {
        this.scope = scope;
        this.ids = ids;
        this.createOrganization = createOrganization;
        this.addMember = addMember;
    }

    private record Created(Organization organization, AddMember.Added owner) {}

    @Override
    public Integer call() {
        DisplayName organizationName = Options.name("--name", name);
        EmailAddress email = Options.email("--owner-email", ownerEmail);
        DisplayName owner = Options.name("--owner-name", ownerName);
        Optional<PlainPassword> password = Options.password("--owner-password", ownerPassword);

        // The organisation and its owner commit together: a refused owner (e-mail taken) leaves no empty tenant.
        Created created = scope.actInNew(new OrgId(ids.next()), platform -> new Created(
                createOrganization.get().create(new CreateOrganization.Command(platform, organizationName)),
                addMember.get().add(new AddMember.Command(platform, email, owner, Role.ORG_OWNER, password))));

        PrintWriter out = spec.commandLine().getOut();
        out.println("Created organisation \"" + created.organization().name() + "\" with id " + created.organization().id() + ".");
        MemberReport.print(out, "Owner", created.owner(), dashboard);
        return 0;
    }
}
