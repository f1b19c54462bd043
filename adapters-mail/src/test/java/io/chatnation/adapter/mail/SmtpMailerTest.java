package io.chatnation.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.ports.shared.out.Mailer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpMailerTest {

    private FakeSmtpServer server;
    private SmtpMailer mailer;

    @BeforeEach
    void start() throws Exception {
        server = new FakeSmtpServer();
        mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", server.port(), Optional.empty(), Optional.empty(),
                new EmailAddress("alerts@chatnation.test"), false, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void a_mail_reaches_the_smtp_server_with_every_recipient_its_subject_and_its_text() {
        Mailer.Outcome outcome = mailer.send(new Mailer.Mail(
                List.of(new EmailAddress("owner@acme.test"), new EmailAddress("second.owner@acme.test")),
                "[ChatNation] Token balance is running low", "40 tokens available, below 100.\nÜber alles: ok."));

        assertThat(outcome).isInstanceOf(Mailer.Sent.class);
        assertThat(server.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.from()).isEqualTo("alerts@chatnation.test");
            assertThat(d.to()).containsExactly("owner@acme.test", "second.owner@acme.test");
            assertThat(d.data()).contains("Subject: [ChatNation] Token balance is running low")
                    .contains("To: owner@acme.test, second.owner@acme.test")
                    .contains("charset=UTF-8");
        });
    }

    @Test
    void a_refused_recipient_is_a_failure_that_says_why_not_a_silent_success() {
        Mailer.Outcome outcome = mailer.send(new Mailer.Mail(List.of(new EmailAddress("refuse@acme.test")), "Hi", "text"));

        assertThat(outcome).isInstanceOfSatisfying(Mailer.Failed.class,
                failed -> assertThat(failed.reason()).isNotBlank());
        assertThat(server.deliveries()).isEmpty();
    }

    @Test
    void a_server_that_hangs_up_without_a_greeting_is_a_failure() throws Exception {
        // A listener that drops every connection: deterministic, unlike a closed port another process may reuse.
        try (ServerSocket rude = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread dropper = new Thread(() -> {
                while (!rude.isClosed()) {
                    try {
                        rude.accept().close();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            dropper.setDaemon(true);
            dropper.start();
            SmtpMailer hungUp = new SmtpMailer(new SmtpSettings("127.0.0.1", rude.getLocalPort(), Optional.empty(),
                    Optional.empty(), new EmailAddress("alerts@chatnation.test"), false, Duration.ofSeconds(2)));

            assertThat(hungUp.send(new Mailer.Mail(List.of(new EmailAddress("owner@acme.test")), "Hi", "text")))
                    .isInstanceOf(Mailer.Failed.class);
        }
    }

    @Test
    void without_configuration_nothing_is_sent_and_the_outcome_says_it_was_skipped() {
        Mailer.Outcome outcome = new UnconfiguredMailer().send(new Mailer.Mail(List.of(new EmailAddress("owner@acme.test")),
                "Hi", "text"));

        assertThat(outcome).isInstanceOfSatisfying(Mailer.Skipped.class,
                skipped -> assertThat(skipped.reason()).contains("chatnation.mail.host"));
    }
}
