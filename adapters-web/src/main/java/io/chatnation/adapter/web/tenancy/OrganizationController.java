package io.chatnation.adapter.web.tenancy;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.tenancy.Organization;
import io.chatnation.ports.tenancy.in.RenameOrganization;
import io.chatnation.ports.tenancy.in.ShowOrganization;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;

/** The caller's own organisation; there is no path to address another one. */
@Controller("/api/v1/organization")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Organisation")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class OrganizationController {

    @Serdeable
    public record OrganizationResponse(String id, String name, Instant createdAt) {
        static OrganizationResponse of(Organization o) {
            return new OrganizationResponse(o.id().toString(), o.name().value(), o.createdAt());
        }
    }

    @Serdeable
    record UpdateRequest(@Nullable String name) {}

    private final ShowOrganization show;
    private final RenameOrganization rename;

    public OrganizationController(ShowOrganization show, RenameOrganization rename) {
        this.show = show;
        this.rename = rename;
    }

    @Operation(summary = "The caller's organisation")
    @Get
    public OrganizationResponse show(@Parameter(hidden = true) Caller caller) {
        return OrganizationResponse.of(show.show(caller));
    }

    @Operation(summary = "Rename the organisation")
    @Patch
    @ProblemDoc.BadRequest
    public OrganizationResponse update(@Parameter(hidden = true) Caller caller, @Body UpdateRequest body) {
        Input input = new Input();
        var name = input.field("name", () -> new DisplayName(body.name()));
        input.validate();
        return OrganizationResponse.of(rename.rename(new RenameOrganization.Command(caller, name)));
    }
}
