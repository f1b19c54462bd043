package io.chatnation.app.server.wiring;

import io.chatnation.adapter.mail.SmtpMailer;
import io.chatnation.adapter.mail.SmtpSettings;
import io.chatnation.adapter.mail.UnconfiguredMailer;
import io.chatnation.adapter.persistence.billing.JdbcAutoRefills;
import io.chatnation.adapter.persistence.billing.JdbcLowBalanceAlerts;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.ports.billing.in.ConfigureAutoRefill;
import io.chatnation.ports.billing.in.DeliverLowBalanceAlerts;
import io.chatnation.ports.billing.in.ListNotifications;
import io.chatnation.ports.billing.in.MarkNotificationRead;
import io.chatnation.ports.billing.in.ShowAutoRefill;
import io.chatnation.ports.billing.in.StartPurchase;
import io.chatnation.ports.billing.out.AutoRefills;
import io.chatnation.ports.billing.out.LowBalanceAlerts;
import io.chatnation.ports.billing.out.TokenBundles;
import io.chatnation.ports.billing.usecase.ConfigureAutoRefillService;
import io.chatnation.ports.billing.usecase.DeliverLowBalanceAlertsService;
import io.chatnation.ports.billing.usecase.ListNotificationsService;
import io.chatnation.ports.billing.usecase.MarkNotificationReadService;
import io.chatnation.ports.billing.usecase.PaymentGateways;
import io.chatnation.ports.billing.usecase.ShowAutoRefillService;
import io.chatnation.ports.identity.in.ListMembers;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.Mailer;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Low-balance alerts (the dashboard's notifications), auto-refill, and the mail that tells owners: SMTP when
 * {@code chatnation.mail.host} is set, otherwise a mailer that sends nothing and says so.
 */
@Factory
public class BillingAlertsWiring {

    @Singleton
    LowBalanceAlerts lowBalanceAlerts(Jdbc jdbc) {
        return new JdbcLowBalanceAlerts(jdbc);
    }

    @Singleton
    AutoRefills autoRefills(Jdbc jdbc) {
        return new JdbcAutoRefills(jdbc);
    }

    @Singleton
    Mailer mailer(@Value("${chatnation.mail.host:}") String host,
                  @Value("${chatnation.mail.port:587}") int port,
                  @Value("${chatnation.mail.username:}") String username,
                  @Value("${chatnation.mail.password:}") String password,
                  @Value("${chatnation.mail.from:}") String from,
                  @Value("${chatnation.mail.starttls:true}") boolean starttls,
                  @Value("${chatnation.mail.timeout:10s}") Duration timeout) {
        if (host.isBlank()) {
            return new UnconfiguredMailer();
        }
        if (from.isBlank()) {
            throw new IllegalStateException("chatnation.mail.from is required when chatnation.mail.host is set");
        }
        return new SmtpMailer(new SmtpSettings(host, port, Optional.of(username), Optional.of(password).filter(p -> !p.isEmpty()),
                new EmailAddress(from), starttls, timeout));
    }

    @Singleton
    ListNotifications listNotifications(UnitOfWork uow, CheckAccess access, LowBalanceAlerts alerts) {
        return new ListNotificationsService(uow, access, alerts);
    }

    @Singleton
    MarkNotificationRead markNotificationRead(UnitOfWork uow, CheckAccess access, LowBalanceAlerts alerts,
                                              RecordAuditEntry audit, Clock clock) {
        return new MarkNotificationReadService(uow, access, alerts, audit, clock);
    }

    @Singleton
    ShowAutoRefill showAutoRefill(UnitOfWork uow, CheckAccess access, AutoRefills refills) {
        return new ShowAutoRefillService(uow, access, refills);
    }

    @Singleton
    ConfigureAutoRefill configureAutoRefill(UnitOfWork uow, CheckAccess access, AutoRefills refills, TokenBundles bundles,
                                            PaymentGateways gateways, RecordAuditEntry audit, Clock clock) {
        return new ConfigureAutoRefillService(uow, access, refills, bundles, gateways, audit, clock);
    }

    @Singleton
    DeliverLowBalanceAlerts deliverLowBalanceAlerts(UnitOfWork uow, LowBalanceAlerts alerts, AutoRefills refills,
                                                    StartPurchase startPurchase, ListMembers members, Mailer mailer,
                                                    RecordAuditEntry audit, Clock clock) {
        return new DeliverLowBalanceAlertsService(uow, alerts, refills, startPurchase, members, mailer, audit, clock);
    }
}
