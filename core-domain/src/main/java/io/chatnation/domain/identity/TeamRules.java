package io.chatnation.domain.identity;

import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.Access;

import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.RuleViolated;

/** The rules of changing who is on a team and with which role, each named so it can be listed and tested. */
public final class TeamRules {

    private TeamRules() {}

    /** Platform Admin is handed out by the platform (admin CLI), never by an organisation. */
    public static void platformAdminIsNotAssignable(Access actor, Role role) {
        if (role == Role.PLATFORM_ADMIN && !actor.allows(Permission.PLATFORM_OPERATE)) {
            throw new AccessDenied("Only the platform can grant the Platform Admin role");
        }
    }

    /**
     * Nor can an organisation take the role away: a Platform Admin listed as a member is demoted or removed
     * by the platform only, or an owner could lock the operators out of a tenant they support.
     */
    public static void platformAdminIsNotWithdrawable(Access actor, Member member) {
        if (member.roles().contains(Role.PLATFORM_ADMIN) && !actor.allows(Permission.PLATFORM_OPERATE)) {
            throw new AccessDenied("Only the platform can change or remove a Platform Admin");
        }
    }

    /** Making or unmaking an owner takes an owner: an admin cannot promote themselves past billing control. */
    public static void onlyOwnersHandOutOwnership(Access actor, Role from, Role to) {
        boolean touchesOwnership = from == Role.ORG_OWNER || to == Role.ORG_OWNER;
        if (touchesOwnership && !(actor.holds(Role.ORG_OWNER) || actor.allows(Permission.PLATFORM_OPERATE))) {
            throw new AccessDenied("Only an Organisation Owner can grant or withdraw ownership");
        }
    }

    /** An organisation always keeps at least one owner. */
    public static void organisationKeepsAnOwner(boolean memberIsOwner, long ownersNow) {
        if (memberIsOwner && ownersNow <= 1) {
            throw new RuleViolated("organisationKeepsAnOwner",
                    "An organisation must keep at least one owner: make someone else owner first");
        }
    }
}
