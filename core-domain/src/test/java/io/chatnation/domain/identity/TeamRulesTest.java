package io.chatnation.domain.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

    private static final Access OWNER = Access.ofRoles(Set.of(Role.ORG_OWNER), List.of());
    private static final Access ADMIN = Access.ofRoles(Set.of(Role.ORG_ADMIN), List.of());
    private static final Access PLATFORM = Access.ofRoles(Set.of(Role.PLATFORM_ADMIN), List.of());

    @Test
    void only_the_platform_hands_out_platform_admin() {
        assertThatThrownBy(() -> TeamRules.platformAdminIsNotAssignable(OWNER, Role.PLATFORM_ADMIN)).isInstanceOf(AccessDenied.class);
        assertThatCode(() -> TeamRules.platformAdminIsNotAssignable(PLATFORM, Role.PLATFORM_ADMIN)).doesNotThrowAnyException();
        assertThatCode(() -> TeamRules.platformAdminIsNotAssignable(ADMIN, Role.VIEWER)).doesNotThrowAnyException();
    }

    @Test
    void an_organisation_cannot_demote_or_remove_a_platform_admin() {
        Member operator = member(Role.PLATFORM_ADMIN);
        assertThatThrownBy(() -> TeamRules.platformAdminIsNotWithdrawable(OWNER, operator))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("Platform Admin");
        assertThatThrownBy(() -> TeamRules.platformAdminIsNotWithdrawable(ADMIN, operator)).isInstanceOf(AccessDenied.class);
        assertThatCode(() -> TeamRules.platformAdminIsNotWithdrawable(PLATFORM, operator)).doesNotThrowAnyException();
        assertThatCode(() -> TeamRules.platformAdminIsNotWithdrawable(ADMIN, member(Role.VIEWER))).doesNotThrowAnyException();
    }

    @Test
    void only_owners_make_or_unmake_owners() {
        assertThatThrownBy(() -> TeamRules.onlyOwnersHandOutOwnership(ADMIN, Role.VIEWER, Role.ORG_OWNER)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> TeamRules.onlyOwnersHandOutOwnership(ADMIN, Role.ORG_OWNER, Role.VIEWER)).isInstanceOf(AccessDenied.class);
        assertThatCode(() -> TeamRules.onlyOwnersHandOutOwnership(OWNER, Role.VIEWER, Role.ORG_OWNER)).doesNotThrowAnyException();
        assertThatCode(() -> TeamRules.onlyOwnersHandOutOwnership(ADMIN, Role.VIEWER, Role.EVENT_MANAGER)).doesNotThrowAnyException();
        assertThatCode(() -> TeamRules.onlyOwnersHandOutOwnership(PLATFORM, Role.ORG_OWNER, Role.VIEWER)).doesNotThrowAnyException();
    }

    @Test
    void the_last_owner_stays() {
        assertThatThrownBy(() -> TeamRules.organisationKeepsAnOwner(true, 1)).isInstanceOf(RuleViolated.class)
                .hasMessageContaining("at least one owner");
        assertThatCode(() -> TeamRules.organisationKeepsAnOwner(true, 2)).doesNotThrowAnyException();
        assertThatCode(() -> TeamRules.organisationKeepsAnOwner(false, 1)).doesNotThrowAnyException();
    }

    private static Member member(Role role) {
        return new Member(new UserId(UUID.randomUUID()), new EmailAddress("m@example.org"), new DisplayName("M"),
                UserStatus.ACTIVE, Set.of(role), List.of(), Instant.EPOCH);
    }
}
