package io.chatnation.ports.billing.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.alert.AlertId;
import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.billing.alert.LowBalanceAlert.MailOutcome;
import io.chatnation.domain.billing.alert.LowBalanceAlert.RefillOutcome;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.identity.UserStatus;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.billing.in.DeliverLowBalanceAlerts;
import io.chatnation.ports.billing.out.AutoRefills;
import io.chatnation.ports.shared.out.Mailer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliverLowBalanceAlertsServiceTest {

    final PurchaseFixture purchases = new PurchaseFixture();
    final InMemoryLowBalanceAlerts alerts = new InMemoryLowBalanceAlerts(purchases.org, purchases.purchases, purchases.uow);
    final List<Member> members = new ArrayList<>(List.of(
            member("owner@acme.test", UserStatus.ACTIVE, Role.ORG_OWNER),
            member("co-owner@acme.test", UserStatus.ACTIVE, Role.ORG_OWNER, Role.ORG_ADMIN),
            member("invited-owner@acme.test", UserStatus.INVITED, Role.ORG_OWNER),
            member("admin@acme.test", UserStatus.ACTIVE, Role.ORG_ADMIN)));
    final List<Mailer.Mail> sent = new ArrayList<>();
    Mailer.Outcome mailerAnswers = new Mailer.Sent();
    Optional<AutoRefill> setting = Optional.empty();
    final AutoRefills refills = new AutoRefills() {
        @Override
        public Optional<AutoRefill> find() {
            return setting;
        }

        @Override
        public void save(AutoRefill s) {
            setting = Optional.of(s);
        }
    };
    final DeliverLowBalanceAlertsService deliver = new DeliverLowBalanceAlertsService(purchases.uow, alerts, refills,
            purchases.start, (caller, page) -> new Page<>(members, Optional.empty()), mail -> {
                sent.add(mail);
                return mailerAnswers;
            }, purchases.audit, purchases.clock);

    @Test
    void the_active_owners_are_mailed_once_with_the_figures_of_the_dip() {
        AlertId id = dip(new WalletId(UUID.randomUUID()));

        DeliverLowBalanceAlerts.Delivered delivered = deliver.deliver();
        deliver.deliver();

        assertThat(delivered).isEqualTo(new DeliverLowBalanceAlerts.Delivered(1, 1, 0, 0));
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).extracting(EmailAddress::value).containsExactly("owner@acme.test", "co-owner@acme.test");
            assertThat(mail.subject()).isEqualTo("[ChatNation] Token balance is running low");
            assertThat(mail.text()).contains("40 tokens available, below the warning level of 50 tokens")
                    .contains("Buy tokens from the billing page");
        });
        assertThat(alert(id).mail()).isEqualTo(MailOutcome.SENT);
        assertThat(alert(id).refill()).isEqualTo(RefillOutcome.skipped("auto-refill is off"));
    }

    @Test
    void unconfigured_or_failing_mail_is_recorded_as_such_and_no_owner_means_no_mail() {
        mailerAnswers = new Mailer.Skipped("mail is not configured");
        AlertId skipped = dip(new WalletId(UUID.randomUUID()));
        deliver.deliver();
        mailerAnswers = new Mailer.Failed("550 mailbox unavailable");
        AlertId failed = dip(new WalletId(UUID.randomUUID()));
        deliver.deliver();
        members.clear();
        AlertId nobody = dip(new WalletId(UUID.randomUUID()));
        deliver.deliver();

        assertThat(alert(skipped).mail()).isEqualTo(MailOutcome.SKIPPED);
        assertThat(alert(failed).mail()).isEqualTo(MailOutcome.FAILED);
        assertThat(alert(nobody).mail()).isEqualTo(MailOutcome.SKIPPED);
        assertThat(sent).hasSize(2);
    }

    @Test
    void auto_refill_starts_one_purchase_for_a_main_wallet_dip_and_the_mail_says_so() {
        setting = Optional.of(new AutoRefill(true, new BundleCode("starter"), PaymentProvider.SANDBOX, Optional.empty(), purchases.now));
        AlertId id = dip(new WalletId(UUID.randomUUID()));

        assertThat(deliver.deliver()).isEqualTo(new DeliverLowBalanceAlerts.Delivered(1, 1, 1, 0));

        RefillOutcome refill = alert(id).refill();
        assertThat(refill.state()).isEqualTo(RefillOutcome.State.STARTED);
        assertThat(purchases.sandbox.requests).hasSize(1);
        assertThat(purchases.stored(purchases.purchases.all().get(0)).startedBy()).isEqualTo(LowBalanceWatch.ACTOR);
        assertThat(sent.get(0).text()).contains("Auto-refill started a purchase (" + refill.purchase().orElseThrow() + ")");

        AlertId next = dip(new WalletId(UUID.randomUUID()));
        deliver.deliver();
        assertThat(alert(next).refill().reason()).contains("an earlier auto-refill purchase is still waiting for its payment");
        assertThat(purchases.sandbox.requests).as("never a second purchase while one is pending").hasSize(1);
    }

    @Test
    void a_refill_a_crashed_delivery_had_begun_is_never_started_again() {
        setting = Optional.of(new AutoRefill(true, new BundleCode("starter"), PaymentProvider.SANDBOX, Optional.empty(), purchases.now));
        AlertId id = dip(new WalletId(UUID.randomUUID()));
        purchases.uow.runInOrganization(purchases.org, () -> alerts.refillStarting(id));

        deliver.deliver();

        assertThat(purchases.sandbox.requests).isEmpty();
        assertThat(alert(id).mail()).as("the owners still hear about the dip").isEqualTo(MailOutcome.SENT);
    }

    @Test
    void a_provider_refusing_the_refill_is_recorded_on_the_alert_audited_and_mailed() {
        setting = Optional.of(new AutoRefill(true, new BundleCode("starter"), PaymentProvider.SANDBOX, Optional.empty(), purchases.now));
        purchases.sandbox.refuseWith = Optional.of("Sandbox is down for maintenance");
        AlertId id = dip(new WalletId(UUID.randomUUID()));

        assertThat(deliver.deliver()).isEqualTo(new DeliverLowBalanceAlerts.Delivered(1, 1, 0, 1));

        assertThat(alert(id).refill()).isEqualTo(RefillOutcome.failed("Sandbox is down for maintenance"));
        assertThat(purchases.audit.last("billing.auto_refill_failed").metadata()).containsEntry("bundle", "starter");
        assertThat(sent.get(0).text()).contains("Auto-refill could not start a purchase: Sandbox is down for maintenance");
    }

    @Test
    void a_sub_wallet_dip_is_announced_but_not_refilled() {
        setting = Optional.of(new AutoRefill(true, new BundleCode("starter"), PaymentProvider.SANDBOX, Optional.empty(), purchases.now));
        WalletId sub = new WalletId(UUID.randomUUID());
        alerts.subWallets.add(sub);
        AlertId id = dip(sub);

        deliver.deliver();

        assertThat(alert(id).refill().reason()).hasValueSatisfying(reason -> assertThat(reason).contains("main wallet only"));
        assertThat(purchases.sandbox.requests).isEmpty();
        assertThat(sent.get(0).subject()).isEqualTo("[ChatNation] Wallet 'Sub' is running low");
    }

    private AlertId dip(WalletId wallet) {
        AlertId id = new AlertId(UUID.randomUUID());
        purchases.uow.runInOrganization(purchases.org, () ->
                alerts.open(id, wallet, TokenAmount.ofTokens(50), TokenAmount.ofTokens(40), purchases.now));
        return id;
    }

    private LowBalanceAlert alert(AlertId id) {
        return alerts.find(id).orElseThrow();
    }

    private static Member member(String email, UserStatus status, Role... roles) {
        return new Member(new UserId(UUID.randomUUID()), new EmailAddress(email), DisplayName.of("name", "Someone"), status,
                Set.of(roles), List.of(), java.time.Instant.parse("2026-01-01T00:00:00Z"));
    }
}
