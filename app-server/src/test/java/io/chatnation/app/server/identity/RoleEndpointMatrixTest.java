package io.chatnation.app.server.identity;

import static io.chatnation.domain.shared.Role.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.in.ChangeMemberRole;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every role against representative endpoints: allowed (2xx) or 403, and 401 without credentials. */
class RoleEndpointMatrixTest {

    record Endpoint(String name, BiFunction<String, Role, Api.Response> call, Set<Role> allowed) {}

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> MANAGERS_OF_THE_TEAM = EnumSet.of(PLATFORM_ADMIN, ORG_OWNER, ORG_ADMIN);
    static final Set<Role> CONTACT_KEEPERS = EnumSet.of(PLATFORM_ADMIN, ORG_OWNER, ORG_ADMIN, CONTENT_MANAGER);

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /auth/me", (auth, r) -> Api.get("/api/v1/auth/me", auth), EVERYONE),
            new Endpoint("GET /roles", (auth, r) -> Api.get("/api/v1/roles", auth), EVERYONE),
            new Endpoint("GET /organization", (auth, r) -> Api.get("/api/v1/organization", auth), EVERYONE),
            new Endpoint("PATCH /organization", (auth, r) -> Api.patch("/api/v1/organization", auth, Map.of("name", "Renamed by " + r)),
                    MANAGERS_OF_THE_TEAM),
            new Endpoint("GET /members", (auth, r) -> Api.get("/api/v1/members", auth),
                    EnumSet.complementOf(EnumSet.of(EXHIBITOR_ADMIN, EXHIBITOR_STAFF))),
            new Endpoint("POST /members", (auth, r) -> Api.post("/api/v1/members", auth,
                    Map.of("email", Api.uniqueEmail("added-by-" + r.name().toLowerCase()), "name", "New", "role", "VIEWER")),
                    MANAGERS_OF_THE_TEAM),
            new Endpoint("GET /api-keys", (auth, r) -> Api.get("/api/v1/api-keys", auth), MANAGERS_OF_THE_TEAM),
            new Endpoint("POST /api-keys", (auth, r) -> Api.post("/api/v1/api-keys", auth,
                    Map.of("name", "key of " + r, "scopes", List.of("org:read"))), MANAGERS_OF_THE_TEAM),
            new Endpoint("GET /audit-logs", (auth, r) -> Api.get("/api/v1/audit-logs", auth), EnumSet.of(PLATFORM_ADMIN, ORG_OWNER)),
            // Contacts are personal data: only the team's managers and the content managers who message them.
            new Endpoint("GET /contacts", (auth, r) -> Api.get("/api/v1/contacts", auth), CONTACT_KEEPERS),
            new Endpoint("GET /contacts/export", (auth, r) -> Api.get("/api/v1/contacts/export", auth), CONTACT_KEEPERS),
            new Endpoint("POST /contacts", (auth, r) -> Api.post("/api/v1/contacts", auth,
                    Map.of("phone", "+2547" + String.format("%08d", 10_000_000 + r.ordinal()).substring(0, 8))), CONTACT_KEEPERS),
            new Endpoint("POST /contacts/imports", (auth, r) -> Api.sendRaw("POST", "/api/v1/contacts/imports", auth, "text/csv",
                    "phone\n+2547" + String.format("%08d", 20_000_000 + r.ordinal()).substring(0, 8) + "\n"), CONTACT_KEEPERS),
            // The inbox shows what contacts wrote: the same people as the contacts themselves.
            new Endpoint("GET /inbox/conversations", (auth, r) -> Api.get("/api/v1/inbox/conversations", auth), CONTACT_KEEPERS),
            new Endpoint("GET /inbox/conversations?assigned=unassigned",
                    (auth, r) -> Api.get("/api/v1/inbox/conversations?assigned=unassigned", auth), CONTACT_KEEPERS),
            // A ticket opens nothing by itself: the stream checks the member's permission when it is opened.
            new Endpoint("POST /inbox/events/tickets", (auth, r) -> Api.post("/api/v1/inbox/events/tickets", auth, Map.of()),
                    EVERYONE));

    static final Map<Role, Api.Session> SESSIONS = new EnumMap<>(Role.class);

    @BeforeAll
    static void oneMemberPerRole() {
        Api.Session owner = Api.registerOrganisation("Matrix Org");
        SESSIONS.put(ORG_OWNER, owner);
        for (Role role : Role.values()) {
            if (role == ORG_OWNER) {
                continue;
            }
            String email = Api.uniqueEmail(role.name().toLowerCase().replace('_', '-'));
            Api.Response added = Api.post("/api/v1/members", owner.bearer(), Map.of("email", email, "name", role.title(),
                    "role", role == PLATFORM_ADMIN ? "VIEWER" : role.name(), "password", Api.PASSWORD));
            assertThat(added.status()).as("adding %s", role).isEqualTo(201);
            if (role == PLATFORM_ADMIN) {
                // Only the platform (admin CLI) hands out Platform Admin: do what the CLI does.
                UUID id = UUID.fromString(added.json().at("/member/id").asText());
                TestPlatform.context().getBean(ChangeMemberRole.class).change(new ChangeMemberRole.Command(
                        Caller.system(OrgId.of(owner.orgId()), UUID.randomUUID()), new UserId(id), PLATFORM_ADMIN));
            }
            SESSIONS.put(role, Api.logIn(email, Api.PASSWORD));
        }
    }

    static Stream<Arguments> roleByEndpoint() {
        return ENDPOINTS.stream().flatMap(e -> Stream.of(Role.values())
                .map(r -> Arguments.of(Named.of(r.name(), r), Named.of(e.name(), e))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("roleByEndpoint")
    void each_role_is_allowed_exactly_what_its_permissions_say(Role role, Endpoint endpoint) {
        Api.Response r = endpoint.call().apply(SESSIONS.get(role).bearer(), role);
        if (endpoint.allowed().contains(role)) {
            assertThat(r.status()).as("%s on %s: %s", role, endpoint.name(), r.raw()).isBetween(200, 299);
        } else {
            assertThat(r.status()).as("%s on %s: %s", role, endpoint.name(), r.raw()).isEqualTo(403);
            assertThat(r.contentType()).isEqualTo("application/problem+json");
        }
    }

    static Stream<Named<Endpoint>> endpoints() {
        return ENDPOINTS.stream().map(e -> Named.of(e.name(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void without_credentials_every_endpoint_answers_401(Endpoint endpoint) {
        Api.Response r = endpoint.call().apply(null, VIEWER);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
    }
}
