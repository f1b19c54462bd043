package io.chatnation.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessTest {

    private static final UUID BOOTH_7 = UUID.randomUUID();
    private static final UUID BOOTH_8 = UUID.randomUUID();

    @Test
    void a_scoped_grant_adds_permissions_for_its_own_entity_only() {
        UserId user = new UserId(UUID.randomUUID());
        PermissionGrant exhibitorAdminOfBooth7 = new PermissionGrant(UUID.randomUUID(), user, Role.EXHIBITOR_ADMIN,
                new GrantScope("exhibitors", BOOTH_7), user, Instant.EPOCH);
        Access surveyManager = Access.ofRoles(Set.of(Role.SURVEY_MANAGER), List.of(exhibitorAdminOfBooth7));

        assertThat(surveyManager.allows(Permission.EXHIBITORS_MANAGE, new GrantScope("exhibitors", BOOTH_7))).isTrue();
        assertThat(surveyManager.allows(Permission.EXHIBITORS_MANAGE, new GrantScope("exhibitors", BOOTH_8))).isFalse();
        assertThat(surveyManager.allows(Permission.EXHIBITORS_MANAGE)).isFalse();
        assertThat(surveyManager.allows(Permission.SURVEYS_MANAGE, new GrantScope("surveys", BOOTH_8))).isTrue();
        assertThatThrownBy(() -> surveyManager.require(Permission.EXHIBITORS_MANAGE, new GrantScope("exhibitors", BOOTH_8)))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("exhibitors:manage");
    }

    @Test
    void roles_are_the_permission_sets_of_the_specification() {
        assertThat(Role.values()).hasSize(9);
        assertThat(Role.PLATFORM_ADMIN.permissions()).containsExactlyInAnyOrder(Permission.values());
        assertThat(Role.ORG_OWNER.grants(Permission.PLATFORM_OPERATE)).isFalse();
        assertThat(Role.ORG_OWNER.grants(Permission.BILLING_MANAGE)).isTrue();
        assertThat(Role.ORG_ADMIN.grants(Permission.BILLING_MANAGE)).isFalse();
        assertThat(Role.ORG_ADMIN.grants(Permission.MEMBERS_MANAGE)).isTrue();
        assertThat(Role.VIEWER.permissions()).allMatch(p -> p.code().endsWith(":read"));
        assertThat(Role.EXHIBITOR_STAFF.permissions()).containsExactlyInAnyOrder(Permission.ORG_READ, Permission.EXHIBITORS_READ);
        assertThat(Role.PLATFORM_ADMIN.assignableWithinOrganisation()).isFalse();
    }

    @Test
    void api_key_scopes_allow_exactly_what_they_list() {
        Access key = Access.scopes(Set.of(Permission.ORG_READ));
        assertThat(key.allows(Permission.ORG_READ)).isTrue();
        assertThat(key.allows(Permission.MEMBERS_READ)).isFalse();
        assertThat(key.holds(Role.ORG_OWNER)).isFalse();
    }

    @Test
    void roles_and_scopes_parse_leniently_and_explain_what_is_allowed() {
        assertThat(Role.parse("role", " event-manager ")).isEqualTo(Role.EVENT_MANAGER);
        assertThat(Permission.parse("scopes", "Members:Read")).isEqualTo(Permission.MEMBERS_READ);
        assertThatThrownBy(() -> Role.parse("role", "SUPREME")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("ORG_OWNER");
        assertThatThrownBy(() -> Permission.parse("scopes", "root")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("members:manage");
        assertThatThrownBy(() -> new GrantScope("Not A Module!", BOOTH_7)).isInstanceOf(InvalidInput.class);
    }
}
