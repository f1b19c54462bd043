package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ConfigureAutoRefill;
import io.chatnation.ports.billing.out.AutoRefills;
import io.chatnation.ports.billing.out.TokenBundles;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

public final class ConfigureAutoRefillService implements ConfigureAutoRefill {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final AutoRefills refills;
    private final TokenBundles bundles;
    private final PaymentGateways gateways;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public ConfigureAutoRefillService(UnitOfWork uow, CheckAccess access, AutoRefills refills, TokenBundles bundles,
                                      PaymentGateways gateways, RecordAuditEntry audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.refills = refills;
        this.bundles = bundles;
        this.gateways = gateways;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AutoRefill configure(Command c) {
        AutoRefill setting = new AutoRefill(c.enabled(), c.bundle(), c.provider(), c.phone(), clock.instant());
        if (gateways.of(c.provider()).isEmpty()) {
            throw InvalidInput.of("provider", c.provider().title() + " is not available on this platform");
        }
        return uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.BILLING_MANAGE);
            if (bundles.find(c.bundle()).isEmpty()) {
                throw InvalidInput.of("bundle", "unknown bundle '" + c.bundle() + "'; one of " + bundles.onSale().stream()
                        .map(b -> b.code().value()).collect(Collectors.joining(", ")));
            }
            Optional<AutoRefill> before = refills.find();
            refills.save(setting);
            audit.record(new RecordAuditEntry.Command(c.caller(), "billing.auto_refill_configured", "auto_refill",
                    Optional.empty(), before.map(AutoRefillSnapshot::of), Optional.of(AutoRefillSnapshot.of(setting)),
                    java.util.Map.of()));
            return setting;
        });
    }
}
