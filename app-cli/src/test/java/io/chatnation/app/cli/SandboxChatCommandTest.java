package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SandboxChatCommandTest {

    private static final String DEFAULT_REPLY =
            "Hello! Thanks for your message. We will get back to you shortly. Reply STOP to stop receiving messages.";
    private static final String OPTED_OUT =
            "You have been unsubscribed and will receive no more messages from us. Reply START to subscribe again.";

    /** Connects a sandbox number the way the API does, straight in the database the CLI shares. */
    private static String connectSandbox(String org, String number) {
        String id = UUID.randomUUID().toString();
        TestCli.rows("insert into channel_accounts (id, org_id, provider, phone_number_id, display_number, webhook_key, "
                + "created_by, created_at) values (?::uuid, ?::uuid, 'sandbox', ?, ?, ?, ?::uuid, now()) returning id",
                id, org, number, number, "k" + UUID.randomUUID().toString().replace("-", ""), UUID.randomUUID().toString());
        return id;
    }

    private static TestCli.Run chat(String input, String... args) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return TestCli.run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void each_line_goes_through_the_pipeline_and_the_bots_replies_are_printed() {
        String org = TestCli.newOrganisation("Sandbox CLI Org");
        connectSandbox(org, "+254700000001");

        TestCli.Run run = chat("hi\nSTOP\n", "sandbox", "chat", "--org", org, "--phone", "+254711222333");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("bot> " + DEFAULT_REPLY).contains("bot> " + OPTED_OUT);
        assertThat(run.err()).contains("Sent 2 messages, received 2 replies.");
        assertThat(TestCli.count("select count(*) from messages where org_id = ?::uuid and direction = 'inbound' "
                + "and status = 'handled'", org)).isEqualTo(2);
        assertThat(TestCli.count("select count(*) from contacts where org_id = ?::uuid and phone = '+254711222333' "
                + "and opted_out", org)).isEqualTo(1);
    }

    @Test
    void without_a_sandbox_number_it_is_refused_and_bad_input_is_a_usage_error() {
        String org = TestCli.newOrganisation("No Sandbox CLI Org");

        TestCli.Run none = chat("hi\n", "sandbox", "chat", "--org", org, "--phone", "+254711222333");
        connectSandbox(org, "+254700000002");
        TestCli.Run badPhone = chat("hi\n", "sandbox", "chat", "--org", org, "--phone", "nonsense");
        TestCli.Run noPhone = chat("hi\n", "sandbox", "chat", "--org", org);

        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("sandbox number");
        assertThat(badPhone.exitCode()).isEqualTo(2);
        assertThat(badPhone.err()).contains("phone");
        assertThat(noPhone.exitCode()).isEqualTo(2);
        assertThat(TestCli.count("select count(*) from messages where org_id = ?::uuid", org)).isZero();
    }

    @Test
    void help_describes_the_command() {
        TestCli.Run help = TestCli.run("sandbox", "chat", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--org").contains("--phone").contains("--account").contains("/button");
    }
}
