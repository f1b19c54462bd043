package io.chatnation.app.cli;

import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.identity.in.CreateApiKey;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatnation apikey create}: a scoped API key through CreateApiKey; the secret is printed once. */
@Prototype
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Creates an API key limited to the scopes given, audited as the platform.",
                "Its secret is printed once, on the last line; only its digest is stored."})
final class ApiKeyCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--org", required = true, paramLabel = "<org-id>", description = "The organisation's id.")
    String org;

    @Option(names = "--name", required = true, paramLabel = "<name>", description = "What the key is for, e.g. reporting.")
    String name;

    @Option(names = "--scopes", required = true, split = ",", paramLabel = "<scope>",
            description = "Comma-separated permissions the key holds, e.g. org:read,members:read.")
    List<String> scopes;

    private final OrganisationScope scope;
    private final BeanProvider<CreateApiKey> createApiKey;

    ApiKeyCreateCommand(OrganisationScope scope, BeanProvider<CreateApiKey> createApiKey) {
        this.scope = scope;
        this.createApiKey = createApiKey;
    }

    @Override
    public Integer call() {
        OrgId organisation = Options.organisation(org);
        DisplayName keyName = Options.name("--name", name);
        Set<Permission> keyScopes = Options.scopes(scopes);

        CreateApiKey.Created created = scope.actIn(organisation, platform ->
                createApiKey.get().create(new CreateApiKey.Command(platform, keyName, keyScopes)));

        PrintWriter out = spec.commandLine().getOut();
        out.println("Created API key \"" + created.key().name() + "\" with id " + created.key().id() + " in organisation "
                + organisation + ", scopes " + created.key().scopes().stream().map(Permission::code).sorted()
                .collect(Collectors.joining(",")) + ".");
        out.println("Its secret is shown only now; send it as 'X-Api-Key: <secret>' or 'Authorization: Bearer <secret>':");
        out.println(created.secret());
        return 0;
    }
}
