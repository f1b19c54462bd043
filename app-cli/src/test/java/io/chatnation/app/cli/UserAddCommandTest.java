package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.ports.identity.in.LogIn;
import io.chatnation.ports.identity.in.Session;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UserAddCommandTest {

    private static String org;

    @BeforeAll
    static void anOrganisation() {
        org = TestCli.newOrganisation("Members Org");
    }

    @Test
    void adds_a_platform_admin_who_can_sign_in_with_the_password_given() {
        String email = TestCli.uniqueEmail("ops");

        TestCli.Run run = TestCli.run("user", "add", "--org", org, "--email", email, "--name", "Ops", "--role", "PLATFORM_ADMIN",
                "--password", "correct horse battery");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Added to organisation " + org + ": Ops <" + email + ">, user id ")
                .contains("role PLATFORM_ADMIN").contains("Active: signs in at");
        assertThat(TestCli.rows("select r.role_key, u.status from users u join user_roles r on r.user_id = u.id where u.email = ?", email))
                .containsExactly(Map.of("role_key", "PLATFORM_ADMIN", "status", "ACTIVE"));
        Session session = TestCli.context().getBean(LogIn.class).logIn(new LogIn.Command(new EmailAddress(email),
                PlainPassword.candidate("password", "correct horse battery"), RequestOrigin.none()));
        assertThat(session.orgId().toString()).isEqualTo(org);
    }

    @Test
    void the_addition_is_audited_with_the_platform_as_the_actor() {
        String email = TestCli.uniqueEmail("audited");

        TestCli.run("user", "add", "--org", org, "--email", email, "--name", "Audited", "--role", "VIEWER", "--password", "a long passphrase");

        assertThat(TestCli.rows("select action, actor_type, entity_type from audit_logs "
                + "where org_id = ?::uuid and entity_id = (select id from users where email = ?)", org, email))
                .containsExactly(Map.of("action", "member.added", "actor_type", "system", "entity_type", "user"));
    }

    @Test
    void a_role_may_be_written_as_people_say_it() {
        String email = TestCli.uniqueEmail("events");

        TestCli.Run run = TestCli.run("user", "add", "--org", org, "--email", email, "--name", "Events", "--role", "event-manager");

        assertThat(run.exitCode()).isZero();
        assertThat(TestCli.rows("select r.role_key from users u join user_roles r on r.user_id = u.id where u.email = ?", email))
                .containsExactly(Map.of("role_key", "EVENT_MANAGER"));
    }

    @Test
    void without_a_password_the_member_is_invited() {
        String email = TestCli.uniqueEmail("guest");

        TestCli.Run run = TestCli.run("user", "add", "--org", org, "--email", email, "--name", "Guest", "--role", "VIEWER");

        assertThat(run.exitCode()).isZero();
        assertThat(run.find("(/accept-invitation\\?token=)\\S{43}")).isNotEmpty();
        assertThat(TestCli.rows("select status from users where email = ?", email)).containsExactly(Map.of("status", "INVITED"));
        assertThat(TestCli.rows("select action from audit_logs where entity_id = (select id from users where email = ?)", email))
                .containsExactly(Map.of("action", "member.invited"));
    }

    @Test
    void an_unknown_organisation_is_reported_as_such_and_nothing_is_written() {
        String unknown = "01a23000-0000-7000-8000-000000000000";
        Map<String, Long> before = TestCli.tableSizes();

        TestCli.Run run = TestCli.run("user", "add", "--org", unknown, "--email", TestCli.uniqueEmail("lost"), "--name", "Lost",
                "--role", "VIEWER", "--password", "a long passphrase");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: organisation " + unknown + " not found" + System.lineSeparator());
        assertThat(TestCli.tableSizes()).isEqualTo(before);
    }

    @Test
    void a_malformed_organisation_id_is_refused_under_its_option() {
        Map<String, Long> before = TestCli.tableSizes();

        TestCli.Run run = TestCli.run("user", "add", "--org", "not-a-uuid", "--email", TestCli.uniqueEmail("x"), "--name", "X",
                "--role", "VIEWER");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --org: is not a valid id" + System.lineSeparator());
        assertThat(TestCli.tableSizes()).isEqualTo(before);
    }

    @Test
    void an_unknown_role_is_refused_with_the_roles_there_are() {
        Map<String, Long> before = TestCli.tableSizes();

        TestCli.Run run = TestCli.run("user", "add", "--org", org, "--email", TestCli.uniqueEmail("captain"), "--name", "Captain",
                "--role", "CAPTAIN");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --role: unknown role 'CAPTAIN'; one of PLATFORM_ADMIN, ORG_OWNER,")
                .hasLineCount(1);
        assertThat(TestCli.tableSizes()).isEqualTo(before);
    }

    @Test
    void a_malformed_email_is_refused_under_its_option() {
        Map<String, Long> before = TestCli.tableSizes();

        TestCli.Run run = TestCli.run("user", "add", "--org", org, "--email", "ops at chatnation", "--name", "Ops", "--role", "VIEWER");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --email: is not a valid e-mail address" + System.lineSeparator());
        assertThat(TestCli.tableSizes()).isEqualTo(before);
    }
}
