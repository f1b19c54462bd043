package io.chatnation.adapter.web.identity;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.GrantScope;
import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.UserId;
import io.chatnation.domain.shared.Uuids;
import io.chatnation.ports.identity.in.AddMember;
import io.chatnation.ports.identity.in.ChangeMemberRole;
import io.chatnation.ports.identity.in.GrantScopedRole;
import io.chatnation.ports.identity.in.ListMembers;
import io.chatnation.ports.identity.in.RemoveMember;
import io.chatnation.ports.identity.in.RevokeScopedRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

@Controller("/api/v1/members")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Members")
@ProblemDoc.BadRequest
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class MembersController {

    private final ListMembers list;
    private final AddMember add;
    private final ChangeMemberRole changeRole;
    private final RemoveMember remove;
    private final GrantScopedRole grant;
    private final RevokeScopedRole revoke;

    public MembersController(ListMembers list, AddMember add, ChangeMemberRole changeRole, RemoveMember remove,
                             GrantScopedRole grant, RevokeScopedRole revoke) {
        this.list = list;
        this.add = add;
        this.changeRole = changeRole;
        this.remove = remove;
        this.grant = grant;
        this.revoke = revoke;
    }

    @Operation(summary = "List the organisation's members, oldest first (cursor pagination)")
    @Get
    public ListResponse<MemberResponse> list(@Parameter(hidden = true) Caller caller, @Nullable @QueryValue String cursor, @Nullable @QueryValue Integer limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return ListResponse.of(list.list(caller, page), page.limit(), MemberResponse::of);
    }

    @Operation(summary = "Add a member with a role; without a password the member is invited")
    @Post
    @Status(HttpStatus.CREATED)
    @ProblemDoc.Conflict
    public MemberRequests.Added add(@Parameter(hidden = true) Caller caller, @Body MemberRequests.Add body) {
        Input input = new Input();
        var email = input.field("email", () -> new EmailAddress(body.email()));
        var name = input.field("name", () -> new DisplayName(body.name()));
        var role = input.field("role", () -> Role.parse("role", body.role()));
        var password = input.field("password", () -> Optional.ofNullable(body.password()).map(p -> PlainPassword.of("password", p)));
        input.validate();
        AddMember.Added added = add.add(new AddMember.Command(caller, email, name, role, password));
        return new MemberRequests.Added(MemberResponse.of(added.member()), added.invitationToken().orElse(null));
    }

    @Operation(summary = "Change a member's organisation-wide role")
    @Patch("/{memberId}")
    @ProblemDoc.NotFound
    @ProblemDoc.RuleViolated
    public MemberResponse changeRole(@Parameter(hidden = true) Caller caller, @PathVariable String memberId, @Body MemberRequests.ChangeRole body) {
        Input input = new Input();
        var id = input.field("memberId", () -> new UserId(Uuids.parse("memberId", memberId)));
        var role = input.field("role", () -> Role.parse("role", body.role()));
        input.validate();
        return MemberResponse.of(changeRole.change(new ChangeMemberRole.Command(caller, id, role)));
    }

    @Operation(summary = "Remove a member from the organisation; their sessions end")
    @Delete("/{memberId}")
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.NotFound
    @ProblemDoc.RuleViolated
    public void remove(@Parameter(hidden = true) Caller caller, @PathVariable String memberId) {
        remove.remove(new RemoveMember.Command(caller, new UserId(Uuids.parse("memberId", memberId))));
    }

    @Operation(summary = "Grant a member a role for one entity only (local override)")
    @Post("/{memberId}/grants")
    @Status(HttpStatus.CREATED)
    @ProblemDoc.NotFound
    @ProblemDoc.Conflict
    @ProblemDoc.RuleViolated
    public MemberResponse.GrantResponse grant(@Parameter(hidden = true) Caller caller, @PathVariable String memberId, @Body MemberRequests.Grant body) {
        Input input = new Input();
        var id = input.field("memberId", () -> new UserId(Uuids.parse("memberId", memberId)));
        var role = input.field("role", () -> Role.parse("role", body.role()));
        var entityId = input.field("entityId", () -> Uuids.parse("entityId", body.entityId()));
        var module = input.field("module", () -> GrantScope.module(body.module()));
        input.validate();
        return MemberResponse.GrantResponse.of(grant.grant(
                new GrantScopedRole.Command(caller, id, role, new GrantScope(module, entityId))));
    }

    @Operation(summary = "Withdraw a scoped grant")
    @Delete("/{memberId}/grants/{grantId}")
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.NotFound
    public void revoke(@Parameter(hidden = true) Caller caller, @PathVariable String memberId, @PathVariable String grantId) {
        Input input = new Input();
        var id = input.field("memberId", () -> new UserId(Uuids.parse("memberId", memberId)));
        var grant = input.field("grantId", () -> Uuids.parse("grantId", grantId));
        input.validate();
        revoke.revoke(new RevokeScopedRole.Command(caller, id, grant));
    }
}
