package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.DeliveryStatus;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.messaging.in.ReportSandboxDelivery;
import io.chatnation.ports.messaging.out.ChannelAccountLocator;
import io.chatnation.ports.messaging.out.SandboxDeliveries;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Delivers to a simulated phone. The delivery report goes through the report jobs like a provider's status webhook,
 * so the reply moves from sent to delivered the way a real one does (once its send has been recorded).
 */
public final class ReportSandboxDeliveryService implements ReportSandboxDelivery {

    private final UnitOfWork uow;
    private final ChannelAccountLocator locator;
    private final SandboxDeliveries deliveries;
    private final JobQueue jobs;
    private final IdGenerator ids;
    private final Clock clock;

    public ReportSandboxDeliveryService(UnitOfWork uow, ChannelAccountLocator locator, SandboxDeliveries deliveries,
                                        JobQueue jobs, IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.locator = locator;
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ProviderMessageId deliver(ChannelAccount account, OutboundMessage message) {
        if (account.provider() != ChannelProvider.SANDBOX) {
            throw new IllegalArgumentException("not a sandbox number: " + account.provider().code());
        }
        // A channel is opened from an account alone; its webhook key is what names the organisation outside one.
        var owner = uow.withoutOrganization(() -> locator.byWebhookKey(account.webhookKey()))
                .orElseThrow(() -> new NotFound("Sandbox number"));
        ProviderMessageId id = new ProviderMessageId("sandbox." + ids.next());
        Instant now = clock.instant();
        uow.runInOrganization(owner.org(), () -> {
            OutboundContent content = message.content();
            boolean interactive = content instanceof OutboundContent.ReplyButtons
                    || content instanceof OutboundContent.ListMenu;
            message.to().phone().filter(phone -> interactive)
                    .ifPresent(phone -> deliveries.keep(account.id(), id, phone, content, now));
            jobs.enqueue(InboundJobs.report(account, new DeliveryReport(id, account.phoneNumberId(),
                    Optional.of(message.to()), DeliveryStatus.DELIVERED, now, List.of(), Optional.empty(),
                    Optional.empty())));
        });
        return id;
    }
}
