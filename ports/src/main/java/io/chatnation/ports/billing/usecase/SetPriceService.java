package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.Price;
import io.chatnation.domain.billing.PriceList;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.SetPrice;
import io.chatnation.ports.billing.out.PriceOverrides;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public final class SetPriceService implements SetPrice {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final PriceOverrides overrides;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public SetPriceService(UnitOfWork uow, CheckAccess access, PriceOverrides overrides, RecordAuditEntry audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.overrides = overrides;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Price set(Command c) {
        return uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.PLATFORM_OPERATE);
            Price before = PriceList.withOverrides(overrides.all()).priceOf(c.action());
            if (c.price().isPresent()) {
                overrides.put(c.action(), c.price().get(), Optional.of(c.caller().actorId()), clock.instant());
            } else {
                overrides.remove(c.action());
            }
            Price after = PriceList.withOverrides(overrides.all()).priceOf(c.action());
            audit.record(new RecordAuditEntry.Command(c.caller(), c.price().isPresent() ? "price.overridden" : "price.reset",
                    "price", Optional.empty(), Optional.of(snapshot(before)), Optional.of(snapshot(after)),
                    Map.of("action", c.action().code())));
            return after;
        });
    }

    private static Map<String, Object> snapshot(Price p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("action", p.action().code());
        s.put("tokens", p.perUnit().toString());
        s.put("per", p.action().unitSize() + " " + p.action().unit());
        s.put("overridden", p.overridden());
        return s;
    }
}
