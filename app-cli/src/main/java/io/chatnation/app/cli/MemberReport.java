package io.chatnation.app.cli;

import io.chatnation.domain.identity.Member;
import io.chatnation.ports.identity.in.AddMember;
import io.chatnation.ports.identity.usecase.AddMemberService;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** What a new member needs next: sign in with the password given, or the one-time invitation link. */
final class MemberReport {

    private MemberReport() {}

    static void print(PrintWriter out, String heading, AddMember.Added added, DashboardAddress dashboard) {
        Member member = added.member();
        out.println(heading + ": " + member.name() + " <" + member.email() + ">, user id " + member.id().value()
                + ", role " + member.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        added.invitationToken().ifPresentOrElse(token -> {
            out.println("Invited: no password yet. This link lets them choose one; it is valid for "
                    + AddMemberService.INVITATION_LIFETIME.toDays() + " days and shown only now:");
            out.println("  " + dashboard.acceptInvitation(token));
        }, () -> out.println("Active: signs in at " + dashboard.signIn()));
    }
}
