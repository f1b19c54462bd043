package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.identity.ApiKeyToken;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.ports.identity.in.AuthenticateApiKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiKeyCreateCommandTest {

    private static String org;

    @BeforeAll
    static void anOrganisation() {
        org = TestCli.newOrganisation("Keys Org");
    }

    @Test
    void prints_the_secret_once_on_the_last_line_and_stores_only_its_digest() {
        TestCli.Run run = TestCli.run("apikey", "create", "--org", org, "--name", "reporting", "--scopes", "org:read,members:read");

        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().strip().split("\\R");
        ApiKeyToken token = ApiKeyToken.parse(lines[lines.length - 1]).orElseThrow();
        assertThat(run.out()).contains("Created API key \"reporting\"").contains("scopes members:read,org:read.");
        Map<String, Object> stored = TestCli.rows("select prefix, secret_digest, scopes, org_id::text as org from api_keys where prefix = ?",
                token.prefix()).get(0);
        assertThat(stored).containsEntry("secret_digest", SecretDigest.of(token.secret()).hex()).containsEntry("org", org);
        assertThat(stored.get("scopes")).asList().containsExactlyInAnyOrder("org:read", "members:read");
        assertThat(TestCli.count("select count(*) from api_keys where secret_digest = ? or secret_digest = ?",
                token.secret(), token.presented())).as("the secret itself is nowhere").isZero();
    }

    @Test
    void the_printed_secret_authenticates_with_exactly_its_scopes() {
        TestCli.Run run = TestCli.run("apikey", "create", "--org", org, "--name", "read only", "--scopes", "members:read");
        String[] lines = run.out().strip().split("\\R");

        Caller caller = TestCli.context().getBean(AuthenticateApiKey.class)
                .authenticate(lines[lines.length - 1], RequestOrigin.none()).orElseThrow();

        assertThat(caller.type()).isEqualTo(ActorType.API);
        assertThat(caller.orgId().toString()).isEqualTo(org);
        assertThat(caller.apiScopes()).containsExactly(Permission.MEMBERS_READ);
    }

    @Test
    void the_creation_is_audited_with_the_platform_as_the_actor() {
        TestCli.Run run = TestCli.run("apikey", "create", "--org", org, "--name", "audited key", "--scopes", "org:read");
        String keyId = run.find("with id ([0-9a-f-]{36})");

        List<Map<String, Object>> entries = TestCli.rows("select action, actor_type from audit_logs where entity_id = ?::uuid", keyId);

        assertThat(entries).containsExactly(Map.of("action", "api_key.created", "actor_type", "system"));
    }

    @Test
    void an_unknown_scope_is_refused_with_the_scopes_there_are() {
        Map<String, Long> before = TestCli.tableSizes();

        TestCli.Run run = TestCli.run("apikey", "create", "--org", org, "--name", "too much", "--scopes", "org:read,org:write");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --scopes: unknown scope 'org:write'; one of org:read, org:manage,").hasLineCount(1);
        assertThat(TestCli.tableSizes()).isEqualTo(before);
    }

    @Test
    void an_unknown_organisation_gets_no_key() {
        String unknown = "01a23000-0000-7000-8000-00000000beef";
        Map<String, Long> before = TestCli.tableSizes();

        TestCli.Run run = TestCli.run("apikey", "create", "--org", unknown, "--name", "orphan", "--scopes", "org:read");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: organisation " + unknown + " not found" + System.lineSeparator());
        assertThat(run.out()).doesNotContain("cn_");
        assertThat(TestCli.tableSizes()).isEqualTo(before);
    }
}
