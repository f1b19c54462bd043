package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.ports.identity.in.AcceptInvitation;
import io.chatnation.ports.identity.in.Session;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrgCreateCommandTest {

    @Test
    void with_a_password_it_creates_the_organisation_and_an_active_owner() {
        String email = TestCli.uniqueEmail("amina");

        TestCli.Run run = TestCli.run("org", "create", "--name", "Nairobi Expo", "--owner-email", email,
                "--owner-name", "Amina Otieno", "--owner-password", "a long passphrase");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        UUID org = UUID.fromString(run.find("Created organisation \"Nairobi Expo\" with id ([0-9a-f-]{36})\\."));
        assertThat(run.out()).contains("Owner: Amina Otieno <" + email + ">").contains("role ORG_OWNER")
                .contains("Active: signs in at http://localhost:");
        assertThat(TestCli.rows("select name from organizations where id = ?", org)).containsExactly(Map.of("name", "Nairobi Expo"));
        Map<String, Object> owner = TestCli.rows("select u.status, u.password_hash, u.org_id, r.role_key from users u "
                + "join user_roles r on r.user_id = u.id where u.email = ?", email).get(0);
        assertThat(owner).containsEntry("status", "ACTIVE").containsEntry("org_id", org).containsEntry("role_key", "ORG_OWNER");
        assertThat((String) owner.get("password_hash")).startsWith("$argon2id$").doesNotContain("a long passphrase");
    }

    @Test
    void both_changes_are_audited_with_the_platform_as_the_actor() {
        String org = TestCli.newOrganisation("Audited Org");

        List<Map<String, Object>> entries = TestCli.rows("select action, actor_type, actor_id, entity_type from audit_logs "
                + "where org_id = ?::uuid order by occurred_at", org);

        assertThat(entries).extracting(e -> e.get("action")).containsExactly("organization.created", "member.added");
        assertThat(entries).allSatisfy(e -> assertThat(e).containsEntry("actor_type", "system"));
        assertThat(entries).extracting(e -> e.get("actor_id")).doesNotContainNull().containsOnly(entries.get(0).get("actor_id"));
        assertThat(TestCli.count("select count(*) from users where id = ?", entries.get(0).get("actor_id")))
                .as("the actor is the CLI's process, not a member").isZero();
    }

    @Test
    void without_a_password_the_owner_is_invited_and_the_link_is_printed_once() {
        String email = TestCli.uniqueEmail("invited");

        TestCli.Run run = TestCli.run("org", "create", "--name", "Invited Owner Org", "--owner-email", email,
                "--owner-name", "Invited Owner", "--dashboard-url", "https://chat.example.org/");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Invited: no password yet").contains("valid for 7 days and shown only now");
        String token = URLDecoder.decode(run.find("https://chat\\.example\\.org/accept-invitation\\?token=(\\S+)"), StandardCharsets.UTF_8);
        Map<String, Object> owner = TestCli.rows("select status, password_hash, invitation_digest from users where email = ?", email).get(0);
        assertThat(owner).containsEntry("status", "INVITED").containsEntry("password_hash", null)
                .containsEntry("invitation_digest", SecretDigest.of(token).hex());
        assertThat(TestCli.rows("select action from audit_logs where entity_id = (select id from users where email = ?)", email))
                .containsExactly(Map.of("action", "member.invited"));
    }

    @Test
    void the_printed_invitation_lets_the_owner_choose_a_password_and_sign_in() {
        String email = TestCli.uniqueEmail("accepts");
        TestCli.Run run = TestCli.run("org", "create", "--name", "Accepting Org", "--owner-email", email, "--owner-name", "Owner");
        String token = run.find("accept-invitation\\?token=(\\S+)");

        Session session = TestCli.context().getBean(AcceptInvitation.class).accept(new AcceptInvitation.Command(
                token, PlainPassword.of("password", "my own passphrase"), RequestOrigin.none()));

        assertThat(session.orgId().toString()).isEqualTo(run.find("with id ([0-9a-f-]{36})"));
        assertThat(TestCli.rows("select status from users where email = ?", email)).containsExactly(Map.of("status", "ACTIVE"));
    }

    @Test
    void an_owner_email_already_taken_refuses_the_owner_and_leaves_no_organisation_behind() {
        String email = TestCli.uniqueEmail("taken");
        TestCli.run("org", "create", "--name", "First", "--owner-email", email, "--owner-name", "First Owner");
        Map<String, Long> before = TestCli.tableSizes();

        TestCli.Run run = TestCli.run("org", "create", "--name", "Second", "--owner-email", email.toUpperCase(),
                "--owner-name", "Second Owner", "--owner-password", "a long passphrase");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: An account with this e-mail already exists" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(TestCli.tableSizes()).isEqualTo(before);
    }

    @Test
    void a_malformed_owner_email_is_refused_under_its_option_before_anything_is_written() {
        Map<String, Long> before = TestCli.tableSizes();

        TestCli.Run run = TestCli.run("org", "create", "--name", "Bad Mail Org", "--owner-email", "admin@health",
                "--owner-name", "Admin");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --owner-email: is not a valid e-mail address" + System.lineSeparator());
        assertThat(TestCli.tableSizes()).isEqualTo(before);
    }

    @Test
    void a_short_owner_password_is_refused_with_the_policy() {
        Map<String, Long> before = TestCli.tableSizes();

        TestCli.Run run = TestCli.run("org", "create", "--name", "Weak Org", "--owner-email", TestCli.uniqueEmail("weak"),
                "--owner-name", "Weak", "--owner-password", "secret");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--owner-password: must be at least 10 characters").doesNotContain("secret\n");
        assertThat(TestCli.tableSizes()).isEqualTo(before);
    }

    @Test
    void missing_required_options_are_all_named() {
        TestCli.Run run = TestCli.run("org", "create", "--name", "Half an Org");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Missing required options: '--owner-email=<email>', '--owner-name=<name>'"
                + " (see 'chatnation org create --help')" + System.lineSeparator());
    }
}
