package io.chatnation.adapter.web.identity;

import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;

/** The role catalogue: fixed by the platform, the same for every organisation. */
@Controller("/api/v1/roles")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Members")
@ProblemDoc.Unauthenticated
public class RolesController {

    @Serdeable
    public record RoleResponse(String key, String title, String description, List<String> permissions, boolean assignable) {}

    @Serdeable
    public record Roles(List<RoleResponse> data) {}

    @Operation(summary = "The roles and the permissions each holds")
    @Get
    public Roles list(@Parameter(hidden = true) Caller caller) {
        return new Roles(Arrays.stream(Role.values())
                .map(r -> new RoleResponse(r.name(), r.title(), r.description(),
                        r.permissions().stream().sorted().map(Permission::code).toList(), r.assignableWithinOrganisation()))
                .toList());
    }
}
