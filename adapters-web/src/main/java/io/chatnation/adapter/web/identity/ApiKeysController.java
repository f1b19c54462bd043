package io.chatnation.adapter.web.identity;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.Uuids;
import io.chatnation.ports.identity.in.CreateApiKey;
import io.chatnation.ports.identity.in.ListApiKeys;
import io.chatnation.ports.identity.in.RevokeApiKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Controller("/api/v1/api-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "API keys")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class ApiKeysController {

    @Serdeable
    record CreateRequest(@Nullable String name, @Nullable List<String> scopes) {}

    @Serdeable
    public record ApiKeyResponse(String id, String name, String prefix, List<String> scopes, String createdBy,
                                 Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
        static ApiKeyResponse of(ApiKey k) {
            return new ApiKeyResponse(k.id().toString(), k.name().value(), k.prefix(),
                    k.scopes().stream().sorted().map(Permission::code).toList(), k.createdBy().toString(), k.createdAt(),
                    k.lastUsedAt().orElse(null), k.revokedAt().orElse(null));
        }
    }

    /** The only time the secret is ever shown. */
    @Serdeable
    public record CreatedResponse(ApiKeyResponse key, String secret) {}

    private final CreateApiKey create;
    private final ListApiKeys list;
    private final RevokeApiKey revoke;

    public ApiKeysController(CreateApiKey create, ListApiKeys list, RevokeApiKey revoke) {
        this.create = create;
        this.list = list;
        this.revoke = revoke;
    }

    @Operation(summary = "Create an API key limited to the given scopes; the secret is returned once")
    @Post
    @Status(HttpStatus.CREATED)
    @ProblemDoc.BadRequest
    public CreatedResponse create(@Parameter(hidden = true) Caller caller, @Body CreateRequest body) {
        Input input = new Input();
        var name = input.field("name", () -> new DisplayName(body.name()));
        Set<Permission> scopes = input.field("scopes", () -> {
            if (body.scopes() == null || body.scopes().isEmpty()) {
                throw InvalidInput.of("scopes", "must name at least one scope");
            }
            EnumSet<Permission> parsed = EnumSet.noneOf(Permission.class);
            body.scopes().forEach(s -> parsed.add(Permission.parse("scopes", s)));
            return parsed;
        });
        input.validate();
        CreateApiKey.Created created = create.create(new CreateApiKey.Command(caller, name, scopes));
        return new CreatedResponse(ApiKeyResponse.of(created.key()), created.secret());
    }

    @Operation(summary = "List the organisation's API keys, newest first (secrets are never shown)")
    @Get
    @ProblemDoc.BadRequest
    public ListResponse<ApiKeyResponse> list(@Parameter(hidden = true) Caller caller, @Nullable @QueryValue String cursor, @Nullable @QueryValue Integer limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return ListResponse.of(list.list(caller, page), page.limit(), ApiKeyResponse::of);
    }

    @Operation(summary = "Revoke an API key; it stops working at once")
    @Delete("/{keyId}")
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public void revoke(@Parameter(hidden = true) Caller caller, @PathVariable String keyId) {
        revoke.revoke(new RevokeApiKey.Command(caller, Uuids.parse("keyId", keyId)));
    }
}
