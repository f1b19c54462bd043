package io.chatnation.app.cli;

import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Role;
import io.chatnation.ports.identity.in.AddMember;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatnation user add}: a member with any role, Platform Admin included, through AddMember. */
@Prototype
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds a member to an organisation with a role, audited as the platform.",
                "Roles: PLATFORM_ADMIN (only the CLI grants it), ORG_OWNER, ORG_ADMIN, EVENT_MANAGER, SURVEY_MANAGER,"
                        + " CONTENT_MANAGER, EXHIBITOR_ADMIN, EXHIBITOR_STAFF, VIEWER.",
                "Without --password the member is invited: the command prints a one-time link (valid 7 days)."})
final class UserAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--org", required = true, paramLabel = "<org-id>", description = "The organisation's id.")
    String org;

    @Option(names = "--email", required = true, paramLabel = "<email>", description = "The member's e-mail address (their sign-in).")
    String email;

    @Option(names = "--name", required = true, paramLabel = "<name>", description = "The member's name.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "<role>", description = "The member's role, e.g. ORG_ADMIN.")
    String role;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "<password>",
            prompt = "Password (at least 10 characters): ",
            description = "The member's password (at least 10 characters); give the option without a value to be prompted.")
    String password;

    @Mixin
    DashboardAddress dashboard;

    private final OrganisationScope scope;
    private final BeanProvider<AddMember> addMember;

    UserAddCommand(OrganisationScope scope, BeanProvider<AddMember> addMember) {
        this.scope = scope;
        this.addMember = addMember;
    }

    @Override
    public Integer call() {
        OrgId organisation = Options.organisation(org);
        EmailAddress address = Options.email("--email", email);
        DisplayName memberName = Options.name("--name", name);
        Role memberRole = Options.role(role);
        Optional<PlainPassword> memberPassword = Options.password("--password", password);

        AddMember.Added added = scope.actIn(organisation, platform ->
                addMember.get().add(new AddMember.Command(platform, address, memberName, memberRole, memberPassword)));

        MemberReport.print(spec.commandLine().getOut(), "Added to organisation " + organisation, added, dashboard);
        return 0;
    }
}
