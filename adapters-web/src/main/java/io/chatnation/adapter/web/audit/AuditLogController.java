package io.chatnation.adapter.web.audit;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ListResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.audit.AuditEntry;
import io.chatnation.domain.audit.AuditQuery;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.Uuids;
import io.chatnation.ports.audit.in.ListAuditLogs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Controller("/api/v1/audit-logs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Audit")
@ProblemDoc.BadRequest
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class AuditLogController {

    @Serdeable
    public record AuditEntryResponse(String id, String organizationId, String actorId, String actorType, String action,
                                     String entityType, @Nullable String entityId, @Nullable Map<String, Object> before,
                                     @Nullable Map<String, Object> after, @Nullable String ipAddress,
                                     @Nullable String userAgent, Instant occurredAt, Map<String, Object> metadata) {
        static AuditEntryResponse of(AuditEntry e) {
            return new AuditEntryResponse(e.id().toString(), e.orgId().toString(), e.actorId().toString(),
                    e.actorType().code(), e.action().value(), e.entityType(), e.entityId().map(UUID::toString).orElse(null),
                    e.before().orElse(null), e.after().orElse(null), e.origin().ipAddress().orElse(null),
                    e.origin().userAgent().orElse(null), e.occurredAt(), e.metadata());
        }
    }

    private final ListAuditLogs list;

    public AuditLogController(ListAuditLogs list) {
        this.list = list;
    }

    @Operation(summary = "The audit trail, newest first: owners see their organisation's; platform admins may name one")
    @Get
    public ListResponse<AuditEntryResponse> list(@Parameter(hidden = true) Caller caller,
                                                 @Nullable @QueryValue String action,
                                                 @Nullable @QueryValue String actorId,
                                                 @Nullable @QueryValue String entityType,
                                                 @Nullable @QueryValue String entityId,
                                                 @Nullable @QueryValue String from,
                                                 @Nullable @QueryValue String to,
                                                 @Nullable @QueryValue String organizationId,
                                                 @Nullable @QueryValue String cursor,
                                                 @Nullable @QueryValue Integer limit) {
        Input input = new Input();
        var actor = input.field("actorId", () -> Optional.ofNullable(actorId).map(a -> Uuids.parse("actorId", a)));
        var entity = input.field("entityId", () -> Optional.ofNullable(entityId).map(e -> Uuids.parse("entityId", e)));
        var since = input.field("from", () -> instant("from", from));
        var until = input.field("to", () -> instant("to", to));
        var org = input.field("organizationId", () -> Optional.ofNullable(organizationId).map(OrgId::of));
        var page = input.value(() -> PageRequest.of(cursor, limit));
        input.validate();
        AuditQuery filter = new AuditQuery(Optional.ofNullable(action).filter(a -> !a.isBlank()), actor,
                Optional.ofNullable(entityType).filter(t -> !t.isBlank()), entity, since, until);
        return ListResponse.of(list.list(new ListAuditLogs.Query(caller, org, filter, page)), page.limit(), AuditEntryResponse::of);
    }

    private static Optional<Instant> instant(String field, String raw) {
        try {
            return Optional.ofNullable(raw).filter(r -> !r.isBlank()).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be an ISO-8601 instant such as 2026-01-31T09:00:00Z");
        }
    }
}
